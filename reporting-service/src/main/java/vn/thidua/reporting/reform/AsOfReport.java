package vn.thidua.reporting.reform;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.thidua.reporting.dashboard.Dashboard.Filters;
import vn.thidua.reporting.dashboard.Dashboard.UnitRef;
import vn.thidua.reporting.export.Table;
import vn.thidua.reporting.feeds.Freshness;

/**
 * Awards rolled up to the units in force on {@code asOf} (khen thưởng quy về đơn vị hiện hành): each row a unit of
 * that day with the awards of the units it carries, each award once.
 */
public record AsOfReport(String title, LocalDate asOf, UnitRef unit, Filters filters, OffsetDateTime generatedAt,
        Freshness dataAsOf, long total, List<Row> rows, List<Table> tables) {

    /**
     * @param fromUnits the units as recorded whose awards the row holds (itself included when it has its own)
     * @param partial   part of the figures come from a unit split between several successors, all counted here
     */
    public record Row(String unitCode, String name, String tenant, long awards, Map<String, Long> byLevel,
            List<String> fromUnits, boolean partial) {
    }
}
