package vn.thidua.reporting.dashboard;

import static vn.thidua.reporting.readmodel.Projections.M_AWARDS;
import static vn.thidua.reporting.readmodel.Projections.M_CAMPAIGNS;
import static vn.thidua.reporting.readmodel.Projections.M_DECISIONS;
import static vn.thidua.reporting.readmodel.Projections.M_DOSSIERS;
import static vn.thidua.reporting.readmodel.Projections.M_LATE;
import static vn.thidua.reporting.readmodel.Projections.M_REFUSED;
import static vn.thidua.reporting.readmodel.Projections.M_REGISTRATIONS;
import static vn.thidua.reporting.readmodel.Projections.M_REGISTRATIONS_LATE;
import static vn.thidua.reporting.readmodel.Projections.M_REVOKED;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import vn.thidua.reporting.dashboard.Dashboard.AwardCount;
import vn.thidua.reporting.dashboard.Dashboard.ChildRow;
import vn.thidua.reporting.dashboard.Dashboard.Filters;
import vn.thidua.reporting.dashboard.Dashboard.UnitRef;
import vn.thidua.reporting.export.Table;
import vn.thidua.reporting.feeds.Freshness;

/** Plain: a unit's counters and its children's counters (already read for the slice) into a {@link Dashboard}. */
public final class DashboardModel {

    private DashboardModel() {
    }

    public static String title(UnitRef unit) {
        return "Báo cáo tổng hợp thi đua, khen thưởng – " + (unit.tenant() == null ? "Toàn quốc" : unit.label());
    }

    public static Dashboard of(UnitRef unit, Filters filters, Slice slice, List<CounterRow> own,
            List<CounterRow> below, Function<String, UnitRef> unitOf, Freshness freshness, OffsetDateTime now) {
        Map<String, Map<String, Long>> totals = sums(own, slice);
        Map<String, Long> campaigns = ordered(totals.get(M_CAMPAIGNS), Labels.CAMPAIGN);
        Map<String, Long> registrations = ordered(totals.get(M_REGISTRATIONS), Labels.REGISTRATION);
        Map<String, Long> dossiers = ordered(totals.get(M_DOSSIERS), Labels.DOSSIER);
        Map<String, Long> decisions = ordered(totals.get(M_DECISIONS), Labels.DECISION);
        List<AwardCount> awards = new ArrayList<>();
        totals.getOrDefault(M_AWARDS, Map.of()).forEach((value, n) -> {
            int colon = value.lastIndexOf(':');
            awards.add(new AwardCount(value.substring(0, colon), value.substring(colon + 1), n));
        });
        List<String> levels = new ArrayList<>(Labels.LEVEL.keySet());
        awards.sort(Comparator.comparingInt((AwardCount a) -> levels.contains(a.awardLevel())
                ? levels.indexOf(a.awardLevel()) : levels.size()).thenComparing(AwardCount::awardFormCode));

        Map<String, List<CounterRow>> byChild = new TreeMap<>();
        // Only units with figures in the slice: a commune made in 2025 is no row of a 2024 report.
        below.stream().filter(slice::includes)
                .forEach(row -> byChild.computeIfAbsent(row.unit(), u -> new ArrayList<>()).add(row));
        List<ChildRow> children = new ArrayList<>();
        byChild.forEach((code, rows) -> {
            Map<String, Map<String, Long>> sums = sums(rows, slice);
            UnitRef ref = unitOf.apply(code);
            children.add(new ChildRow(code, ref.name(), ref.tenant(), ref.level(), total(sums, M_REGISTRATIONS),
                    total(sums, M_DOSSIERS), total(sums, M_AWARDS), total(sums, M_LATE), total(sums, M_REFUSED)));
        });
        long registrationsLate = total(totals, M_REGISTRATIONS_LATE);
        long late = total(totals, M_LATE);
        long refused = total(totals, M_REFUSED);
        long revoked = total(totals, M_REVOKED);
        List<Table> tables = tables(campaigns, registrations, registrationsLate, dossiers, awards, late, refused,
                revoked, children);
        return new Dashboard(title(unit), unit, filters, now, freshness, campaigns, registrations, registrationsLate,
                dossiers, awards, late, refused, revoked, decisions, children, tables);
    }

    private static List<Table> tables(Map<String, Long> campaigns, Map<String, Long> registrations,
            long registrationsLate, Map<String, Long> dossiers, List<AwardCount> awards, long late, long refused,
            long revoked, List<ChildRow> children) {
        List<Table> tables = new ArrayList<>();
        tables.add(statusTable("campaigns", "Phong trào theo trạng thái", campaigns, Labels.CAMPAIGN));
        tables.add(statusTable("registrations", "Đăng ký thi đua theo trạng thái", registrations,
                Labels.REGISTRATION));
        tables.add(statusTable("dossiers", "Hồ sơ đề nghị khen thưởng theo trạng thái", dossiers, Labels.DOSSIER));
        List<List<Object>> awardRows = new ArrayList<>();
        awards.forEach(a -> awardRows.add(List.of(a.awardFormCode(), Labels.of(Labels.LEVEL, a.awardLevel()),
                a.count())));
        tables.add(new Table("awards", "Khen thưởng theo hình thức và cấp", List.of("Hình thức", "Cấp", "Số lượng"),
                awardRows));
        tables.add(new Table("flags", "Trễ hạn, không đề nghị, thu hồi", List.of("Nội dung", "Số lượng"), List.of(
                List.of("Đăng ký gửi trễ hạn", registrationsLate), List.of("Hồ sơ trễ hạn", late),
                List.of("Hồ sơ không được đề nghị hoặc không thông qua", refused),
                List.of("Khen thưởng bị thu hồi", revoked))));
        List<List<Object>> childRows = new ArrayList<>();
        children.forEach(c -> childRows.add(List.of(c.name() == null ? c.unitCode() : c.unitCode() + " – " + c.name(),
                c.registrations(), c.dossiers(), c.awards(), c.late(), c.refused())));
        tables.add(new Table("children", "Theo đơn vị trực thuộc", List.of("Đơn vị", "Đăng ký", "Hồ sơ",
                "Khen thưởng", "Trễ hạn", "Không đề nghị"), childRows));
        return tables;
    }

    private static Table statusTable(String key, String title, Map<String, Long> byStatus,
            Map<String, String> labels) {
        List<List<Object>> rows = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, Long> entry : byStatus.entrySet()) {
            rows.add(List.of(Labels.of(labels, entry.getKey()), entry.getValue()));
            total += entry.getValue();
        }
        rows.add(List.of("Tổng số", total));
        return new Table(key, title, List.of("Trạng thái", "Số lượng"), rows);
    }

    /** metric → value → n over the rows in the slice. */
    static Map<String, Map<String, Long>> sums(List<CounterRow> rows, Slice slice) {
        Map<String, Map<String, Long>> sums = new LinkedHashMap<>();
        for (CounterRow row : rows) {
            if (slice.includes(row)) {
                sums.computeIfAbsent(row.metric(), m -> new TreeMap<>()).merge(row.value(), row.n(), Long::sum);
            }
        }
        return sums;
    }

    private static long total(Map<String, Map<String, Long>> sums, String metric) {
        return sums.getOrDefault(metric, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Known statuses first in their reading order, then any new ones; zero counts left out. */
    private static Map<String, Long> ordered(Map<String, Long> counts, Map<String, String> labels) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        if (counts == null) {
            return ordered;
        }
        labels.keySet().forEach(status -> {
            Long n = counts.get(status);
            if (n != null && n != 0) {
                ordered.put(status, n);
            }
        });
        counts.forEach((status, n) -> {
            if (n != 0) {
                ordered.putIfAbsent(status, n);
            }
        });
        return ordered;
    }
}
