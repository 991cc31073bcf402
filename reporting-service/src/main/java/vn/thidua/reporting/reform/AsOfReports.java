package vn.thidua.reporting.reform;

import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;
import vn.thidua.reporting.dashboard.Dashboard;
import vn.thidua.reporting.dashboard.Dashboard.UnitRef;
import vn.thidua.reporting.dashboard.KnownUnits;
import vn.thidua.reporting.dashboard.ReportScope;
import vn.thidua.reporting.dashboard.Slice;
import vn.thidua.reporting.dashboard.CampaignFilter;
import vn.thidua.reporting.dashboard.CounterRow;
import vn.thidua.reporting.export.Table;
import vn.thidua.reporting.feeds.Followers;
import vn.thidua.reporting.feeds.Freshness;
import vn.thidua.reporting.readmodel.CounterKey;
import vn.thidua.reporting.readmodel.Projections;
import vn.thidua.reporting.readmodel.ReadModelStore;
import vn.thidua.shared.security.PlatformPrincipal;

/**
 * The awards report "as of" a day: the awards' own units (leaf counters, never an ancestor's, so nothing is counted
 * twice) rolled up by {@link SuccessorRollup} over the succession links and unit periods of the read model. A
 * merged province's report also reads its predecessor provinces' history.
 */
@Service
public class AsOfReports {

    private final ReadModelStore store;
    private final KnownUnits units;
    private final Followers followers;
    private final CampaignFilter campaigns;

    public AsOfReports(ReadModelStore store, KnownUnits units, Followers followers,
            CampaignFilter campaigns) {
        this.store = store;
        this.units = units;
        this.followers = followers;
        this.campaigns = campaigns;
    }

    public AsOfReport build(PlatformPrincipal caller, String unitCode, LocalDate asOf, String campaignId,
            Integer year) {
        String code = unitCode == null ? ReportScope.root(caller) : unitCode;
        KnownUnits.Known root = units.visible(caller, code, asOf);
        Dashboard.Filters filters = campaigns.filters(caller, campaignId, year);
        Slice slice = new Slice(campaignId, year);

        List<SuccessionLink> links = links();
        List<Bson> query = new ArrayList<>(List.of(Filters.eq("metric", Projections.M_AWARDS),
                Filters.eq("leaf", true), Filters.eq("campaignId", slice.storedCampaignId())));
        if (root.ref().tenant() != null) {
            query.add(Filters.in("tenant", predecessors(root.ref().tenant(), links)));
        }
        Map<String, Map<String, Long>> byUnitAndLevel = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        for (Document counter : store.counters(Filters.and(query))) {
            CounterRow row = new CounterRow(counter.getString("metric"), counter.getString("value"),
                    counter.getString("unit"), counter.getString("campaignId"),
                    ((Number) counter.get("year")).intValue(), ((Number) counter.get("n")).longValue());
            if (!slice.includes(row)) {
                continue;
            }
            String level = row.value().substring(row.value().lastIndexOf(':') + 1);
            byUnitAndLevel.computeIfAbsent(row.unit(), u -> new TreeMap<>()).merge(level, row.n(), Long::sum);
            @SuppressWarnings("unchecked")
            List<String> path = (List<String>) counter.get("path");
            for (int i = 2; i < path.size(); i++) {
                parents.putIfAbsent(path.get(i), path.get(i - 1));
            }
        }
        SuccessorRollup rollup = new SuccessorRollup(links, periods(byUnitAndLevel.keySet(), parents, links));
        Map<String, Long> totals = new HashMap<>();
        byUnitAndLevel.forEach((unit, levels) -> totals.put(unit,
                levels.values().stream().mapToLong(Long::longValue).sum()));
        Map<String, SuccessorRollup.Row> rolled = rollup.rollUp(totals, asOf, parents::get);
        Map<String, KnownUnits.Known> targets = units.find(rolled.keySet(), asOf);

        List<AsOfReport.Row> rows = new ArrayList<>();
        long total = 0;
        for (SuccessorRollup.Row r : rolled.values()) {
            KnownUnits.Known target = targets.get(r.code());
            String tenant = target == null ? null : target.ref().tenant();
            List<String> path = target == null ? List.of(r.code()) : target.path();
            boolean inside = CounterKey.NATIONAL.equals(code) || path.contains(code) || code.equals(tenant);
            if (!inside || !ReportScope.sees(caller, r.code(), tenant, path)) {
                continue;
            }
            Map<String, Long> byLevel = new TreeMap<>();
            r.from().forEach(unit -> byUnitAndLevel.get(unit).forEach((level, n) -> byLevel.merge(level, n,
                    Long::sum)));
            rows.add(new AsOfReport.Row(r.code(), target == null ? null : target.ref().name(), tenant, r.count(),
                    byLevel, r.from().stream().sorted().toList(), r.partial()));
            total += r.count();
        }
        UnitRef unit = root.ref();
        String title = "Khen thưởng quy về đơn vị hiện hành đến ngày " + asOf + " – "
                + (unit.tenant() == null ? "Toàn quốc" : unit.label());
        Freshness freshness = Freshness.of(followers.positions(), followers.settleLag(), Instant.now());
        return new AsOfReport(title, asOf, unit, filters, OffsetDateTime.now(), freshness, total, rows,
                List.of(table(rows, total)));
    }

    private static Table table(List<AsOfReport.Row> rows, long total) {
        List<List<Object>> lines = new ArrayList<>();
        for (AsOfReport.Row r : rows) {
            lines.add(List.of(r.name() == null ? r.unitCode() : r.unitCode() + " – " + r.name(), r.awards(),
                    String.join(", ", r.fromUnits()) + (r.partial() ? " (một phần)" : "")));
        }
        lines.add(List.of("Tổng số", total, ""));
        return new Table("asOf", "Khen thưởng theo đơn vị hiện hành", List.of("Đơn vị", "Số khen thưởng",
                "Từ các đơn vị (khi khen thưởng)"), lines);
    }

    private List<SuccessionLink> links() {
        List<SuccessionLink> links = new ArrayList<>();
        for (Map<String, Object> d : store.documents(Projections.SUCCESSIONS, null)) {
            if (d.get("fromCode") != null && d.get("toCode") != null && d.get("effectiveDate") != null) {
                links.add(new SuccessionLink((String) d.get("fromCode"), (String) d.get("toCode"),
                        (String) d.get("kind"), LocalDate.parse((String) d.get("effectiveDate"))));
            }
        }
        return links;
    }

    /** A province and the provinces merged into it (their history is its history). */
    static Set<String> predecessors(String tenant, List<SuccessionLink> links) {
        Set<String> found = new HashSet<>(Set.of(tenant));
        Deque<String> queue = new ArrayDeque<>(List.of(tenant));
        while (!queue.isEmpty()) {
            String code = queue.poll();
            for (SuccessionLink link : links) {
                if (link.toCode().equals(code) && link.fromCode().length() == tenant.length()
                        && found.add(link.fromCode())) {
                    queue.add(link.fromCode());
                }
            }
        }
        return found;
    }

    /** Validity periods of every unit a roll-up may pass through: the units, their parents, their successors. */
    private List<UnitPeriod> periods(Set<String> leaves, Map<String, String> parents, List<SuccessionLink> links) {
        Map<String, List<SuccessionLink>> from = new HashMap<>();
        links.forEach(l -> from.computeIfAbsent(l.fromCode(), c -> new ArrayList<>()).add(l));
        Set<String> codes = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(leaves);
        while (!queue.isEmpty()) {
            String code = queue.poll();
            if (!codes.add(code)) {
                continue;
            }
            if (parents.containsKey(code)) {
                queue.add(parents.get(code));
            }
            from.getOrDefault(code, List.of()).forEach(l -> queue.add(l.toCode()));
        }
        List<UnitPeriod> periods = new ArrayList<>();
        for (Map<String, Object> u : store.documents(Projections.UNITS, Filters.in("doc.code", codes))) {
            periods.add(new UnitPeriod((String) u.get("code"), date(u.get("validFrom")), date(u.get("validTo"))));
        }
        return periods;
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }

}
