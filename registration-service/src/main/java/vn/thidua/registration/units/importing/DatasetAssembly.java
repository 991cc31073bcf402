package vn.thidua.registration.units.importing;

import static vn.thidua.registration.units.importing.AdminUnitDataset.BEFORE_FILE;
import static vn.thidua.registration.units.importing.AdminUnitDataset.CONVERSION_FILE;
import static vn.thidua.registration.units.importing.AdminUnitDataset.EFFECTIVE;
import static vn.thidua.registration.units.importing.AdminUnitDataset.LAST_DAY_BEFORE;
import static vn.thidua.registration.units.importing.DatasetText.typeFromName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.thidua.registration.units.Level;
import vn.thidua.registration.units.SearchKeys;
import vn.thidua.registration.units.Succession;
import vn.thidua.registration.units.SuccessionKind;
import vn.thidua.registration.units.Unit;
import vn.thidua.registration.units.Validity;
import vn.thidua.registration.units.importing.AdminUnitDataset.Parsed;
import vn.thidua.registration.units.importing.DatasetRows.Link;
import vn.thidua.registration.units.importing.DatasetRows.NewCommune;
import vn.thidua.registration.units.importing.DatasetRows.NewProvince;
import vn.thidua.registration.units.importing.DatasetRows.OldCommune;
import vn.thidua.registration.units.importing.DatasetRows.OldDistrict;
import vn.thidua.registration.units.importing.DatasetRows.OldProvince;
import vn.thidua.registration.units.importing.ImportReport.RowIssue;
import vn.thidua.registration.units.importing.ImportReport.Totals;

/**
 * Turns what the three files held into units and successions once all are read: the commune successions as
 * written, the province and district successions derived from them through codes only, and warnings for units
 * no row of the conversion table mentions. Kept apart from the readers because it judges the files together,
 * while each reader only judges its own rows.
 */
final class DatasetAssembly {

    private final DatasetRows rows;

    private DatasetAssembly(DatasetRows rows) {
        this.rows = rows;
    }

    static Parsed assemble(DatasetRows rows) {
        return new DatasetAssembly(rows).assemble();
    }

    private Parsed assemble() {
        // Province successions: old province (of the old unit, by code) → new province (of the new commune).
        Map<String, Map<String, Integer>> provinceTargets = new TreeMap<>();
        // District successions: old district (of the old commune, or the district itself) → new communes.
        Map<String, Set<String>> districtTargets = new TreeMap<>();
        Map<String, String> specialZoneDistricts = new HashMap<>();
        for (Link link : rows.links) {
            String province;
            String district;
            if (link.fromLevel() == Level.DISTRICT) {
                district = link.fromCode();
                province = rows.oldDistricts.get(district).provinceCode();
                specialZoneDistricts.put(district, link.toCode());
            } else {
                OldCommune old = rows.oldCommunes.get(link.fromCode());
                district = old.districtCode();
                province = old.provinceCode();
            }
            provinceTargets.computeIfAbsent(province, p -> new TreeMap<>())
                    .merge(rows.newCommunes.get(link.toCode()).provinceCode(), 1, Integer::sum);
            districtTargets.computeIfAbsent(district, d -> new TreeSet<>()).add(link.toCode());
        }

        List<Succession> successions = new ArrayList<>();
        Map<String, Integer> communeKinds = new TreeMap<>();
        for (Link link : rows.links) {
            successions.add(Succession.of(link.fromLevel(), link.fromCode(), Level.COMMUNE, link.toCode(),
                    link.kind(), EFFECTIVE, link.note(), link.line(), false));
            communeKinds.merge(link.kind().name(), 1, Integer::sum);
        }
        warnWholeMergesIntoSeveral();

        Map<String, Set<String>> predecessorsOfNewProvince = new TreeMap<>();
        provinceTargets.forEach((old, targets) -> targets.keySet().forEach(
                target -> predecessorsOfNewProvince.computeIfAbsent(target, t -> new TreeSet<>()).add(old)));
        Map<String, String> tenantOfOldProvince = new HashMap<>();
        Map<String, Integer> provinceKinds = new TreeMap<>();
        for (Map.Entry<String, Map<String, Integer>> entry : provinceTargets.entrySet()) {
            String old = entry.getKey();
            Map<String, Integer> targets = entry.getValue();
            // The province that took most of its communes owns its history (no province was split in 2025).
            String main = targets.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            tenantOfOldProvince.put(old, main);
            if (targets.size() > 1) {
                rows.warnings.add(new RowIssue(CONVERSION_FILE, null, "old province " + old + " feeds several new "
                        + "provinces " + targets + " (rows per province); its history goes to " + main, null));
            }
            for (Map.Entry<String, Integer> target : targets.entrySet()) {
                Set<String> predecessors = predecessorsOfNewProvince.get(target.getKey());
                SuccessionKind kind;
                if (targets.size() > 1) {
                    kind = SuccessionKind.PART_MERGE;
                } else if (predecessors.size() > 1) {
                    kind = SuccessionKind.WHOLE_MERGE;
                } else if (old.equals(target.getKey())) {
                    boolean sameName = SearchKeys.fold(rows.oldProvinces.get(old).name())
                            .equals(SearchKeys.fold(rows.newProvinces.get(old).name()));
                    kind = sameName ? SuccessionKind.UNCHANGED : SuccessionKind.RENAMED;
                } else {
                    kind = SuccessionKind.RENAMED;
                }
                successions.add(Succession.of(Level.PROVINCE, old, Level.PROVINCE, target.getKey(), kind, EFFECTIVE,
                        "derived from " + target.getValue() + " rows of the conversion table", null, true));
                provinceKinds.merge(kind.name(), 1, Integer::sum);
            }
        }
        for (OldProvince province : rows.oldProvinces.values()) {
            if (!tenantOfOldProvince.containsKey(province.code())) {
                rows.warnings.add(new RowIssue(BEFORE_FILE, province.line(), "province " + province.code() + " ("
                        + province.name() + ") has no row in the conversion table: no successor", null));
            }
        }

        Map<String, Integer> districtKinds = new TreeMap<>();
        districtTargets.forEach((district, targets) -> {
            for (String target : targets) {
                if (target.equals(specialZoneDistricts.get(district))) {
                    // Read from its own row already ("Sắp xếp toàn bộ huyện … thành đặc khu …").
                    districtKinds.merge(SuccessionKind.SPECIAL_ZONE.name(), 1, Integer::sum);
                    continue;
                }
                SuccessionKind kind = targets.size() == 1 ? SuccessionKind.WHOLE_MERGE : SuccessionKind.PART_MERGE;
                successions.add(Succession.of(Level.DISTRICT, district, Level.COMMUNE, target, kind, EFFECTIVE,
                        "derived: the district's communes went into " + targets.size() + " new communes", null,
                        true));
                districtKinds.merge(kind.name(), 1, Integer::sum);
            }
        });
        for (OldDistrict district : rows.oldDistricts.values()) {
            if (!districtTargets.containsKey(district.code())) {
                rows.warnings.add(new RowIssue(BEFORE_FILE, district.line(), "district " + district.code() + " ("
                        + district.name() + ") has no row in the conversion table: no successor", null));
            }
        }
        Set<String> referenced = new LinkedHashSet<>();
        rows.links.forEach(link -> referenced.add(link.fromCode()));
        for (OldCommune commune : rows.oldCommunes.values()) {
            if (!referenced.contains(commune.code())) {
                rows.warnings.add(new RowIssue(BEFORE_FILE, commune.line(), "commune " + commune.code() + " ("
                        + commune.name() + ", district " + commune.districtCode() + ") has no row in the conversion "
                        + "table: no successor", null));
            }
        }

        List<Unit> units = new ArrayList<>();
        for (OldProvince p : rows.oldProvinces.values()) {
            units.add(Unit.official(p.code(), Level.PROVINCE, typeFromName(p.name(), "Tỉnh", "Thành phố"), p.name(),
                    null, p.code(), tenantOfOldProvince.getOrDefault(p.code(), p.code()), List.of(p.code()),
                    Validity.OPEN_START, LAST_DAY_BEFORE));
        }
        for (OldDistrict d : rows.oldDistricts.values()) {
            units.add(Unit.official(d.code(), Level.DISTRICT,
                    typeFromName(d.name(), "Quận", "Huyện", "Thị xã", "Thành phố"), d.name(), d.provinceCode(),
                    d.provinceCode(), tenantOfOldProvince.getOrDefault(d.provinceCode(), d.provinceCode()),
                    List.of(d.provinceCode(), d.code()), Validity.OPEN_START, LAST_DAY_BEFORE));
        }
        for (OldCommune c : rows.oldCommunes.values()) {
            units.add(Unit.official(c.code(), Level.COMMUNE, c.type(), c.name(), c.districtCode(), c.provinceCode(),
                    tenantOfOldProvince.getOrDefault(c.provinceCode(), c.provinceCode()),
                    List.of(c.provinceCode(), c.districtCode(), c.code()), Validity.OPEN_START, LAST_DAY_BEFORE));
        }
        for (NewProvince p : rows.newProvinces.values()) {
            units.add(Unit.official(p.code(), Level.PROVINCE, p.type(), p.name(), null, p.code(), p.code(),
                    List.of(p.code()), EFFECTIVE, Validity.OPEN_END));
        }
        for (NewCommune c : rows.newCommunes.values()) {
            units.add(Unit.official(c.code(), Level.COMMUNE, c.type(), c.name(), c.provinceCode(), c.provinceCode(),
                    c.provinceCode(), List.of(c.provinceCode(), c.code()), EFFECTIVE, Validity.OPEN_END));
        }
        Totals totals = new Totals(rows.oldProvinces.size(), rows.oldDistricts.size(), rows.oldCommunes.size(),
                rows.newProvinces.size(), rows.newCommunes.size(), communeKinds, districtKinds, provinceKinds,
                rows.namesCleaned());
        return new Parsed(List.copyOf(units), List.copyOf(successions), List.copyOf(rows.files), totals,
                List.copyOf(rows.skipped), List.copyOf(rows.warnings));
    }

    /** "Nhập toàn bộ" into two new communes contradicts itself: kept as written, and said. */
    private void warnWholeMergesIntoSeveral() {
        Map<String, List<Link>> byOld = new LinkedHashMap<>();
        rows.links.stream().filter(l -> l.fromLevel() == Level.COMMUNE)
                .forEach(l -> byOld.computeIfAbsent(l.fromCode(), c -> new ArrayList<>()).add(l));
        byOld.forEach((old, out) -> {
            if (out.size() < 2) {
                return;
            }
            for (Link link : out) {
                if (link.kind() == SuccessionKind.WHOLE_MERGE || link.kind() == SuccessionKind.UNCHANGED
                        || link.kind() == SuccessionKind.RENAMED) {
                    rows.warnings.add(new RowIssue(CONVERSION_FILE, link.line(), "old commune " + old + " is marked '"
                            + link.note() + "' into " + link.toCode() + " but feeds " + out.size() + " new communes ("
                            + String.join(", ", out.stream().map(Link::toCode).toList()) + "); kept as written",
                            null));
                }
            }
        });
    }
}
