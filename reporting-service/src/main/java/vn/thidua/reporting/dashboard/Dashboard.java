package vn.thidua.reporting.dashboard;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.thidua.reporting.export.Table;
import vn.thidua.reporting.feeds.Freshness;

/**
 * A dashboard (bảng tổng hợp) of one unit in the caller's scope — the whole country, a province, a district (before
 * 1 July 2025), a commune or an agency — for the filters, with the units one level below (drill-down).
 *
 * @param dataAsOf how fresh the read models are (số liệu tính đến)
 */
public record Dashboard(String title, UnitRef unit, Filters filters, OffsetDateTime generatedAt, Freshness dataAsOf,
        Map<String, Long> campaignsByStatus, Map<String, Long> registrationsByStatus, long registrationsLate,
        Map<String, Long> dossiersByStatus, List<AwardCount> awards, long late, long refused, long revoked,
        Map<String, Long> decisionsByStatus, List<ChildRow> children, List<Table> tables) {

    /** A unit as reports show it: code, name (as the registry has it), its province and level. */
    public record UnitRef(String code, String name, String tenant, String level) {
        public String label() {
            return name == null ? code : code + " – " + name;
        }
    }

    public record Filters(String campaignId, String campaignCode, String campaignName, Integer year) {
    }

    public record AwardCount(String awardFormCode, String awardLevel, long count) {
    }

    /** One unit below, with its totals: the row to drill into. */
    public record ChildRow(String unitCode, String name, String tenant, String level, long registrations,
            long dossiers, long awards, long late, long refused) {
    }
}
