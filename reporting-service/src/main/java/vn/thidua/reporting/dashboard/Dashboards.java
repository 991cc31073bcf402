package vn.thidua.reporting.dashboard;

import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;
import vn.thidua.reporting.dashboard.Dashboard.UnitRef;
import vn.thidua.reporting.feeds.Followers;
import vn.thidua.reporting.feeds.Freshness;
import vn.thidua.reporting.readmodel.ReadModelStore;
import vn.thidua.shared.security.PlatformPrincipal;

/**
 * National, province and lower units' dashboards from the counters: the unit's own counters and its children's,
 * for the slice of the filters — a bounded read whatever the number of dossiers behind them.
 */
@Service
public class Dashboards {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ReadModelStore store;
    private final KnownUnits units;
    private final Followers followers;
    private final CampaignFilter campaigns;

    public Dashboards(ReadModelStore store, KnownUnits units, Followers followers,
            CampaignFilter campaigns) {
        this.store = store;
        this.units = units;
        this.followers = followers;
        this.campaigns = campaigns;
    }

    public Dashboard build(PlatformPrincipal caller, String unitCode, String campaignId, Integer year) {
        LocalDate day = year == null ? LocalDate.now(VIETNAM) : LocalDate.of(year, 12, 31);
        String code = unitCode == null ? ReportScope.root(caller) : unitCode;
        KnownUnits.Known unit = units.visible(caller, code, day);
        Dashboard.Filters filters = campaigns.filters(caller, campaignId, year);
        Slice slice = new Slice(campaignId, year);
        List<CounterRow> own = rows(Filters.and(Filters.eq("unit", code),
                Filters.eq("campaignId", slice.storedCampaignId())));
        List<CounterRow> below = rows(Filters.and(Filters.eq("parent", code),
                Filters.eq("campaignId", slice.storedCampaignId())));
        Set<String> childCodes = new HashSet<>();
        below.forEach(row -> childCodes.add(row.unit()));
        Map<String, KnownUnits.Known> names = units.find(childCodes, day);
        String tenant = unit.ref().tenant();
        Freshness freshness = Freshness.of(followers.positions(), followers.settleLag(), Instant.now());
        return DashboardModel.of(unit.ref(), filters, slice, own, below,
                child -> names.containsKey(child) ? names.get(child).ref()
                        : new UnitRef(child, null, tenant == null ? child : tenant, null),
                freshness, OffsetDateTime.now(VIETNAM));
    }

    private List<CounterRow> rows(Bson filter) {
        return store.counters(filter).stream().map(Dashboards::row).toList();
    }

    private static CounterRow row(Document d) {
        return new CounterRow(d.getString("metric"), d.getString("value"), d.getString("unit"),
                d.getString("campaignId"), ((Number) d.get("year")).intValue(), ((Number) d.get("n")).longValue());
    }
}
