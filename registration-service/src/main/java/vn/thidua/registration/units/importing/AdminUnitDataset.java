package vn.thidua.registration.units.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.registration.units.Level;
import vn.thidua.registration.units.SearchKeys;
import vn.thidua.registration.units.Succession;
import vn.thidua.registration.units.SuccessionKind;
import vn.thidua.registration.units.Unit;
import vn.thidua.registration.units.Validity;
import vn.thidua.registration.units.importing.ImportReport.FileCount;
import vn.thidua.registration.units.importing.ImportReport.RowIssue;
import vn.thidua.registration.units.importing.ImportReport.Totals;

/**
 * The three official files of the 2025 reform (see {@code admin-units/SOURCE.md}) read into units and
 * successions. Plain Java: no store, no framework.
 *
 * <ul>
 *   <li>{@value #BEFORE_FILE}: provinces, districts and communes valid until {@value #LAST_DAY_BEFORE}
 *       (their first day is unknown: open start);</li>
 *   <li>{@value #AFTER_FILE}: 34 provinces and their communes valid from {@value #EFFECTIVE};</li>
 *   <li>{@value #CONVERSION_FILE}: one row per (new commune, old commune) with the kind of change. Province
 *       and district successions are derived from those rows through codes only: the old unit's province and
 *       district are taken from the pre-reform list by the old commune's code, the new province from the
 *       post-reform list by the new commune's code. The table's own province and district columns are only
 *       cross-checked (they hold typos, e.g. "Tỉnh Tiền Giang (82)" for a commune of Long An); a code is never
 *       inferred from a name.</li>
 * </ul>
 * Every row that cannot be read is reported with its line and the reason, and the rest is loaded.
 */
public final class AdminUnitDataset {

    public static final String BEFORE_FILE = "communes-before-2025-07.csv";
    public static final String AFTER_FILE = "units-2025-07.json";
    public static final String CONVERSION_FILE = "commune-conversion-2025-07.csv";
    /** The day the 2025 arrangement took effect (no districts; 34 provinces; new commune codes). */
    public static final String EFFECTIVE = "2025-07-01";
    public static final String LAST_DAY_BEFORE = "2025-06-30";

    private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}");
    private static final Pattern DISTRICT_CODE = Pattern.compile("\\d{3}");
    private static final Pattern COMMUNE_CODE = Pattern.compile("\\d{5}");
    /** "Tỉnh Lai Châu (12)", "Huyện Cồn Cỏ (471)": a name with its code in brackets. */
    private static final Pattern NAME_WITH_CODE = Pattern.compile("^(.*?)\\s*\\((\\d{1,5})\\)\\s*$");

    /** What the files hold. */
    public record Parsed(List<Unit> units, List<Succession> successions, List<FileCount> files, Totals totals,
            List<RowIssue> skipped, List<RowIssue> warnings) {
    }

    record OldProvince(String code, String name, int line) {
    }

    record OldDistrict(String code, String name, String provinceCode, int line) {
    }

    record OldCommune(String code, String name, String type, String districtCode, String provinceCode, int line) {
    }

    record NewProvince(String code, String name, String type) {
    }

    record NewCommune(String code, String name, String type, String provinceCode) {
    }

    /** A commune-level row of the conversion table, read. */
    record Link(int line, Level fromLevel, String fromCode, String toCode, SuccessionKind kind, String note) {
    }

    private final List<RowIssue> skipped = new ArrayList<>();
    private final List<RowIssue> warnings = new ArrayList<>();
    private final List<FileCount> files = new ArrayList<>();
    private int namesCleaned;

    private final Map<String, OldProvince> oldProvinces = new TreeMap<>();
    private final Map<String, OldDistrict> oldDistricts = new TreeMap<>();
    private final Map<String, OldCommune> oldCommunes = new TreeMap<>();
    private final Map<String, NewProvince> newProvinces = new TreeMap<>();
    private final Map<String, NewCommune> newCommunes = new TreeMap<>();
    private final List<Link> links = new ArrayList<>();

    private AdminUnitDataset() {
    }

    public static Parsed parse(String beforeCsv, String afterJson, String conversionCsv) {
        AdminUnitDataset dataset = new AdminUnitDataset();
        dataset.readBefore(beforeCsv);
        dataset.readAfter(afterJson);
        dataset.readConversion(conversionCsv);
        return dataset.assemble();
    }

    // ---------------------------------------------------------------------------------------------------------
    // communes-before-2025-07.csv: Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp, Tên Tiếng Anh

    private void readBefore(String text) {
        List<Csv.Record> records = Csv.parse(text);
        if (records.isEmpty() || !SearchKeys.fold(String.join(",", records.getFirst().cells())).contains("ma px")) {
            throw new IllegalArgumentException(BEFORE_FILE + ": unexpected header, expected "
                    + "'Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,...'");
        }
        int read = 0;
        int loaded = 0;
        int ignored = 1;
        for (Csv.Record record : records.subList(1, records.size())) {
            if (record.blankFrom(0)) {
                ignored++;
                continue;
            }
            read++;
            String reason = readBeforeRow(record);
            if (reason == null) {
                loaded++;
            } else {
                skip(BEFORE_FILE, record, reason);
            }
        }
        files.add(new FileCount(BEFORE_FILE, read, loaded, read - loaded, ignored));
    }

    private String readBeforeRow(Csv.Record record) {
        if (record.broken()) {
            return "a quoted cell is never closed";
        }
        if (record.cells().size() < 7) {
            return "expected at least 7 cells, found " + record.cells().size();
        }
        String provinceName = clean(record.cell(0));
        String provinceCode = record.cell(1).trim();
        String districtName = clean(record.cell(2));
        String districtCode = record.cell(3).trim();
        String communeName = clean(record.cell(4));
        String communeCode = record.cell(5).trim();
        String kind = clean(record.cell(6));
        if (!PROVINCE_CODE.matcher(provinceCode).matches()) {
            return "province code '" + provinceCode + "' is not a 2-digit code";
        }
        if (!DISTRICT_CODE.matcher(districtCode).matches()) {
            return "district code '" + districtCode + "' is not a 3-digit code";
        }
        if (provinceName.isEmpty() || districtName.isEmpty()) {
            return "province or district name missing";
        }
        boolean districtOnly = communeCode.isEmpty() && communeName.isEmpty();
        if (!districtOnly) {
            // Checked before anything is kept, so a skipped row leaves nothing behind.
            if (!COMMUNE_CODE.matcher(communeCode).matches()) {
                return "commune code '" + communeCode + "' is not a 5-digit code";
            }
            if (communeName.isEmpty()) {
                return "commune name missing";
            }
            OldCommune seen = oldCommunes.get(communeCode);
            if (seen != null) {
                return "commune " + communeCode + " already read on line " + seen.line();
            }
        }
        OldProvince province = oldProvinces.computeIfAbsent(provinceCode,
                code -> new OldProvince(code, provinceName, record.line()));
        if (!province.name().equals(provinceName)) {
            warn(BEFORE_FILE, record, "province " + provinceCode + " is named '" + province.name() + "' on line "
                    + province.line() + "; kept that name");
        }
        OldDistrict district = oldDistricts.computeIfAbsent(districtCode,
                code -> new OldDistrict(code, districtName, provinceCode, record.line()));
        if (!district.provinceCode().equals(provinceCode)) {
            return "district " + districtCode + " belongs to province " + district.provinceCode() + " on line "
                    + district.line();
        }
        if (districtOnly) {
            // An island district without communes (Côn Đảo, Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn).
            return null;
        }
        oldCommunes.put(communeCode, new OldCommune(communeCode, communeName,
                kind.isEmpty() ? typeFromName(communeName, "Xã", "Phường", "Thị trấn") : kind, districtCode,
                provinceCode, record.line()));
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------
    // units-2025-07.json: [{name, code, division_type, wards: [{name, code, division_type}]}]

    private void readAfter(String text) {
        JsonNode root = JsonMapper.builder().build().readTree(text);
        if (!root.isArray()) {
            throw new IllegalArgumentException(AFTER_FILE + ": expected an array of provinces");
        }
        int read = 0;
        int loaded = 0;
        int index = 0;
        for (JsonNode province : root) {
            read++;
            String where = "provinces[" + index++ + "]";
            String code = code(province.path("code"), 2);
            String name = clean(province.path("name").asString(""));
            if (code == null || name.isEmpty()) {
                skip(AFTER_FILE, null, where + ": province without a 2-digit code or a name", province.toString());
                continue;
            }
            if (newProvinces.containsKey(code)) {
                skip(AFTER_FILE, null, where + ": province " + code + " appears twice", name);
                continue;
            }
            newProvinces.put(code, new NewProvince(code, name, capitalise(province.path("division_type")
                    .asString(""), typeFromName(name, "Tỉnh", "Thành phố"))));
            loaded++;
            int wardIndex = 0;
            for (JsonNode ward : province.path("wards")) {
                read++;
                String wardWhere = where + ".wards[" + wardIndex++ + "]";
                String wardCode = code(ward.path("code"), 5);
                String wardName = clean(ward.path("name").asString(""));
                if (wardCode == null || wardName.isEmpty()) {
                    skip(AFTER_FILE, null, wardWhere + ": commune without a 5-digit code or a name", ward.toString());
                    continue;
                }
                NewCommune seen = newCommunes.get(wardCode);
                if (seen != null) {
                    skip(AFTER_FILE, null, wardWhere + ": commune " + wardCode + " already listed under province "
                            + seen.provinceCode(), wardName);
                    continue;
                }
                newCommunes.put(wardCode, new NewCommune(wardCode, wardName, capitalise(ward.path("division_type")
                        .asString(""), typeFromName(wardName, "Xã", "Phường", "Đặc khu")), code));
                loaded++;
            }
        }
        files.add(new FileCount(AFTER_FILE, read, loaded, read - loaded, 0));
    }

    /** JSON codes are numbers (4 for "00004"): written back with the level's number of digits. */
    private static String code(JsonNode node, int digits) {
        if (node.isIntegralNumber() && node.asLong() >= 0) {
            String text = Long.toString(node.asLong());
            return text.length() <= digits ? "0".repeat(digits - text.length()) + text : null;
        }
        if (node.isString() && node.asString().trim().matches("\\d{" + digits + "}")) {
            return node.asString().trim();
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------
    // commune-conversion-2025-07.csv: two title/header lines, province banners, then rows:
    // Tỉnh (mới), Tên Xã mới, Mã Xã mới, Tên Xã cũ, Mã Xã cũ, Ghi chú, Quận/huyện (cũ), Tỉnh cũ

    private void readConversion(String text) {
        List<Csv.Record> records = Csv.parse(text);
        int header = -1;
        for (int i = 0; i < Math.min(5, records.size()); i++) {
            String folded = SearchKeys.fold(String.join(",", records.get(i).cells()));
            if (folded.contains("ma xa moi") && folded.contains("ma xa cu")) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            throw new IllegalArgumentException(CONVERSION_FILE + ": no header line with 'Mã Xã mới' and 'Mã Xã cũ'");
        }
        int read = 0;
        int loaded = 0;
        int ignored = header + 1;
        Map<String, Integer> seenPairs = new HashMap<>();
        for (Csv.Record record : records.subList(header + 1, records.size())) {
            if (record.blankFrom(0) || (!record.broken() && record.blankFrom(1))) {
                // Blank lines and province banners ("THÀNH PHỐ HÀ NỘI", all other cells empty).
                ignored++;
                continue;
            }
            read++;
            String reason = readConversionRow(record, seenPairs);
            if (reason == null) {
                loaded++;
            } else {
                skip(CONVERSION_FILE, record, reason);
            }
        }
        files.add(new FileCount(CONVERSION_FILE, read, loaded, read - loaded, ignored));
    }

    private String readConversionRow(Csv.Record record, Map<String, Integer> seenPairs) {
        if (record.broken()) {
            return "a quoted cell is never closed";
        }
        if (record.cells().size() < 8) {
            return "expected at least 8 cells, found " + record.cells().size();
        }
        String newCode = record.cell(2).trim();
        String oldName = clean(record.cell(3));
        String oldCode = record.cell(4).trim();
        String note = clean(record.cell(5));
        if (!COMMUNE_CODE.matcher(newCode).matches()) {
            return "new commune code '" + newCode + "' is not a 5-digit code";
        }
        NewCommune newCommune = newCommunes.get(newCode);
        if (newCommune == null) {
            return "new commune " + newCode + " is not in " + AFTER_FILE;
        }
        Optional<SuccessionKind> kind = ChangeKinds.classify(note);
        if (kind.isEmpty()) {
            return note.isEmpty() ? "no kind of change in 'Ghi chú'" : "kind of change not understood: '" + note + "'";
        }
        Level fromLevel;
        String fromCode;
        String fromProvince;
        Optional<String> districtColumn = bracketCode(record.cell(6));
        if (oldCode.isEmpty()) {
            // "Sắp xếp toàn bộ huyện Côn Đảo thành đặc khu Côn Đảo": the old unit is the district in column 7.
            if (kind.get() != SuccessionKind.SPECIAL_ZONE || districtColumn.isEmpty()) {
                return "old commune code missing" + (oldName.isEmpty() ? "" : " (old unit: '" + oldName + "')");
            }
            OldDistrict district = oldDistricts.get(districtColumn.get());
            if (district == null) {
                return "old district " + districtColumn.get() + " is not in " + BEFORE_FILE;
            }
            fromLevel = Level.DISTRICT;
            fromCode = district.code();
            fromProvince = district.provinceCode();
        } else {
            if (!COMMUNE_CODE.matcher(oldCode).matches()) {
                return "old commune code '" + oldCode + "' is not a 5-digit code";
            }
            OldCommune old = oldCommunes.get(oldCode);
            if (old == null) {
                return "old commune " + oldCode + " ('" + oldName + "') is not in " + BEFORE_FILE
                        + sameNameHint(oldName, districtColumn.orElse(null));
            }
            if (districtColumn.isPresent() && !districtColumn.get().equals(old.districtCode())) {
                warn(CONVERSION_FILE, record, "district column says " + districtColumn.get() + ", but commune "
                        + oldCode + " belongs to district " + old.districtCode() + " in " + BEFORE_FILE
                        + "; used " + old.districtCode());
            }
            fromLevel = Level.COMMUNE;
            fromCode = oldCode;
            fromProvince = old.provinceCode();
        }
        Optional<String> oldProvinceColumn = bracketCode(record.cell(7));
        if (oldProvinceColumn.isPresent() && !oldProvinceColumn.get().equals(fromProvince)) {
            warn(CONVERSION_FILE, record, "old province column says " + oldProvinceColumn.get() + ", but "
                    + fromLevel.name().toLowerCase(Locale.ROOT) + " " + fromCode + " belongs to province "
                    + fromProvince + " in " + BEFORE_FILE + "; used " + fromProvince);
        }
        Optional<String> newProvinceColumn = bracketCode(record.cell(0));
        if (newProvinceColumn.isPresent() && !newProvinceColumn.get().equals(newCommune.provinceCode())) {
            warn(CONVERSION_FILE, record, "province column says " + newProvinceColumn.get() + ", but commune "
                    + newCode + " belongs to province " + newCommune.provinceCode() + " in " + AFTER_FILE
                    + "; used " + newCommune.provinceCode());
        }
        Integer firstLine = seenPairs.putIfAbsent(fromLevel + ":" + fromCode + ">" + newCode, record.line());
        if (firstLine != null) {
            return "same old and new commune as line " + firstLine;
        }
        if (kind.get() == SuccessionKind.UNCHANGED && !fromCode.equals(newCode)) {
            warn(CONVERSION_FILE, record, "'" + note + "' but the codes differ (" + fromCode + " → " + newCode
                    + "); kept as written");
        }
        links.add(new Link(record.line(), fromLevel, fromCode, newCode, kind.get(), note));
        return null;
    }

    /** A hint for the person reading the report; never used to pick a code. */
    private String sameNameHint(String oldName, String districtCode) {
        String folded = SearchKeys.fold(oldName);
        List<String> candidates = oldCommunes.values().stream()
                .filter(c -> SearchKeys.fold(c.name()).equals(folded)
                        && (districtCode == null || districtCode.equals(c.districtCode())))
                .map(OldCommune::code).toList();
        return candidates.isEmpty() ? "" : "; the pre-reform list names " + String.join(", ", candidates) + " '"
                + oldName + "' in that district (codes are never taken from names)";
    }

    private static Optional<String> bracketCode(String cell) {
        Matcher matcher = NAME_WITH_CODE.matcher(cleanStatic(cell));
        return matcher.matches() ? Optional.of(matcher.group(2)) : Optional.empty();
    }

    // ---------------------------------------------------------------------------------------------------------

    private Parsed assemble() {
        // Province successions: old province (of the old unit, by code) → new province (of the new commune).
        Map<String, Map<String, Integer>> provinceTargets = new TreeMap<>();
        // District successions: old district (of the old commune, or the district itself) → new communes.
        Map<String, Set<String>> districtTargets = new TreeMap<>();
        Map<String, String> specialZoneDistricts = new HashMap<>();
        for (Link link : links) {
            String province;
            String district;
            if (link.fromLevel() == Level.DISTRICT) {
                district = link.fromCode();
                province = oldDistricts.get(district).provinceCode();
                specialZoneDistricts.put(district, link.toCode());
            } else {
                OldCommune old = oldCommunes.get(link.fromCode());
                district = old.districtCode();
                province = old.provinceCode();
            }
            provinceTargets.computeIfAbsent(province, p -> new TreeMap<>())
                    .merge(newCommunes.get(link.toCode()).provinceCode(), 1, Integer::sum);
            districtTargets.computeIfAbsent(district, d -> new TreeSet<>()).add(link.toCode());
        }

        List<Succession> successions = new ArrayList<>();
        Map<String, Integer> communeKinds = new TreeMap<>();
        for (Link link : links) {
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
                warnings.add(new RowIssue(CONVERSION_FILE, null, "old province " + old + " feeds several new "
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
                    boolean sameName = SearchKeys.fold(oldProvinces.get(old).name())
                            .equals(SearchKeys.fold(newProvinces.get(old).name()));
                    kind = sameName ? SuccessionKind.UNCHANGED : SuccessionKind.RENAMED;
                } else {
                    kind = SuccessionKind.RENAMED;
                }
                successions.add(Succession.of(Level.PROVINCE, old, Level.PROVINCE, target.getKey(), kind, EFFECTIVE,
                        "derived from " + target.getValue() + " rows of the conversion table", null, true));
                provinceKinds.merge(kind.name(), 1, Integer::sum);
            }
        }
        for (OldProvince province : oldProvinces.values()) {
            if (!tenantOfOldProvince.containsKey(province.code())) {
                warnings.add(new RowIssue(BEFORE_FILE, province.line(), "province " + province.code() + " ("
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
        for (OldDistrict district : oldDistricts.values()) {
            if (!districtTargets.containsKey(district.code())) {
                warnings.add(new RowIssue(BEFORE_FILE, district.line(), "district " + district.code() + " ("
                        + district.name() + ") has no row in the conversion table: no successor", null));
            }
        }
        Set<String> referenced = new LinkedHashSet<>();
        links.forEach(link -> referenced.add(link.fromCode()));
        for (OldCommune commune : oldCommunes.values()) {
            if (!referenced.contains(commune.code())) {
                warnings.add(new RowIssue(BEFORE_FILE, commune.line(), "commune " + commune.code() + " ("
                        + commune.name() + ", district " + commune.districtCode() + ") has no row in the conversion "
                        + "table: no successor", null));
            }
        }

        List<Unit> units = new ArrayList<>();
        for (OldProvince p : oldProvinces.values()) {
            units.add(Unit.official(p.code(), Level.PROVINCE, typeFromName(p.name(), "Tỉnh", "Thành phố"), p.name(),
                    null, p.code(), tenantOfOldProvince.getOrDefault(p.code(), p.code()), List.of(p.code()),
                    Validity.OPEN_START, LAST_DAY_BEFORE));
        }
        for (OldDistrict d : oldDistricts.values()) {
            units.add(Unit.official(d.code(), Level.DISTRICT,
                    typeFromName(d.name(), "Quận", "Huyện", "Thị xã", "Thành phố"), d.name(), d.provinceCode(),
                    d.provinceCode(), tenantOfOldProvince.getOrDefault(d.provinceCode(), d.provinceCode()),
                    List.of(d.provinceCode(), d.code()), Validity.OPEN_START, LAST_DAY_BEFORE));
        }
        for (OldCommune c : oldCommunes.values()) {
            units.add(Unit.official(c.code(), Level.COMMUNE, c.type(), c.name(), c.districtCode(), c.provinceCode(),
                    tenantOfOldProvince.getOrDefault(c.provinceCode(), c.provinceCode()),
                    List.of(c.provinceCode(), c.districtCode(), c.code()), Validity.OPEN_START, LAST_DAY_BEFORE));
        }
        for (NewProvince p : newProvinces.values()) {
            units.add(Unit.official(p.code(), Level.PROVINCE, p.type(), p.name(), null, p.code(), p.code(),
                    List.of(p.code()), EFFECTIVE, Validity.OPEN_END));
        }
        for (NewCommune c : newCommunes.values()) {
            units.add(Unit.official(c.code(), Level.COMMUNE, c.type(), c.name(), c.provinceCode(), c.provinceCode(),
                    c.provinceCode(), List.of(c.provinceCode(), c.code()), EFFECTIVE, Validity.OPEN_END));
        }
        Totals totals = new Totals(oldProvinces.size(), oldDistricts.size(), oldCommunes.size(), newProvinces.size(),
                newCommunes.size(), communeKinds, districtKinds, provinceKinds, namesCleaned);
        return new Parsed(List.copyOf(units), List.copyOf(successions), List.copyOf(files), totals,
                List.copyOf(skipped), List.copyOf(warnings));
    }

    /** "Nhập toàn bộ" into two new communes contradicts itself: kept as written, and said. */
    private void warnWholeMergesIntoSeveral() {
        Map<String, List<Link>> byOld = new LinkedHashMap<>();
        links.stream().filter(l -> l.fromLevel() == Level.COMMUNE)
                .forEach(l -> byOld.computeIfAbsent(l.fromCode(), c -> new ArrayList<>()).add(l));
        byOld.forEach((old, out) -> {
            if (out.size() < 2) {
                return;
            }
            for (Link link : out) {
                if (link.kind() == SuccessionKind.WHOLE_MERGE || link.kind() == SuccessionKind.UNCHANGED
                        || link.kind() == SuccessionKind.RENAMED) {
                    warnings.add(new RowIssue(CONVERSION_FILE, link.line(), "old commune " + old + " is marked '"
                            + link.note() + "' into " + link.toCode() + " but feeds " + out.size() + " new communes ("
                            + String.join(", ", out.stream().map(Link::toCode).toList()) + "); kept as written",
                            null));
                }
            }
        });
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Names as printed: stray spaces and line breaks inside cells are common; counted, not reported per row. */
    private String clean(String text) {
        String raw = text == null ? "" : text;
        String cleaned = SearchKeys.clean(raw);
        if (!cleaned.equals(raw)) {
            namesCleaned++;
        }
        return cleaned;
    }

    private static String cleanStatic(String text) {
        return SearchKeys.clean(text == null ? "" : text);
    }

    /** The kind printed at the start of a name ("Thị xã Hương Thủy" → "Thị xã"), or null. */
    static String typeFromName(String name, String... types) {
        String folded = SearchKeys.fold(name);
        for (String type : types) {
            if (folded.startsWith(SearchKeys.fold(type) + " ")) {
                return "Thành phố".equals(type) && Set.of(types).contains("Tỉnh") ? "Thành phố trung ương" : type;
            }
        }
        return null;
    }

    private static String capitalise(String divisionType, String fallback) {
        String trimmed = cleanStatic(divisionType);
        if (trimmed.isEmpty()) {
            return fallback;
        }
        return trimmed.substring(0, 1).toUpperCase(Locale.ROOT) + trimmed.substring(1);
    }

    private void skip(String file, Csv.Record record, String reason) {
        skip(file, record == null ? null : record.line(), reason,
                record == null ? null : String.join(",", record.cells()));
    }

    private void skip(String file, Integer line, String reason, String row) {
        skipped.add(new RowIssue(file, line, reason, abbreviate(row)));
    }

    private void warn(String file, Csv.Record record, String message) {
        warnings.add(new RowIssue(file, record.line(), message, abbreviate(String.join(",", record.cells()))));
    }

    private static String abbreviate(String row) {
        if (row == null) {
            return null;
        }
        String oneLine = row.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 297) + "...";
    }
}
