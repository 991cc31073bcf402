package vn.thidua.registration.units.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.registration.units.Level;
import vn.thidua.registration.units.Succession;
import vn.thidua.registration.units.SuccessionKind;
import vn.thidua.registration.units.Unit;
import vn.thidua.registration.units.Validity;
import vn.thidua.registration.units.importing.ImportReport.RowIssue;

/** The real bundled files, read without a store: what the import will load and what it reports. */
class BundledDatasetTest {

    static AdminUnitDataset.Parsed parsed;

    @BeforeAll
    static void read() throws IOException {
        parsed = AdminUnitDataset.parse(resource(AdminUnitDataset.BEFORE_FILE), resource(AdminUnitDataset.AFTER_FILE),
                resource(AdminUnitDataset.CONVERSION_FILE));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = BundledDatasetTest.class.getResourceAsStream("/admin-units/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static long count(Level level, Predicate<Unit> when) {
        return parsed.units().stream().filter(u -> u.level() == level).filter(when).count();
    }

    @Test
    void before2025Has63Provinces696DistrictsAndTheirCommunes_after34ProvincesAnd3321Communes() {
        assertThat(count(Level.PROVINCE, u -> u.validOn("2025-01-01"))).isEqualTo(63);
        assertThat(count(Level.DISTRICT, u -> u.validOn("2025-01-01"))).isEqualTo(696);
        assertThat(count(Level.COMMUNE, u -> u.validOn("2025-01-01"))).isEqualTo(10_051);
        assertThat(count(Level.PROVINCE, u -> u.validOn("2025-07-01"))).isEqualTo(34);
        assertThat(count(Level.DISTRICT, u -> u.validOn("2025-07-01"))).isZero();
        assertThat(count(Level.COMMUNE, u -> u.validOn("2025-07-01"))).isEqualTo(3_321);
        assertThat(parsed.units()).allSatisfy(u -> assertThat(u.validOn("2025-06-30") ^ u.validOn("2025-07-01"))
                .as(u.id()).isTrue());
    }

    @Test
    void provinceSuccessionsComeFromCodesNotNames() {
        Map<String, List<String>> targets = parsed.successions().stream()
                .filter(s -> s.fromLevel() == Level.PROVINCE)
                .collect(Collectors.groupingBy(Succession::fromCode,
                        Collectors.mapping(Succession::toCode, Collectors.toList())));
        assertThat(targets).hasSize(63).allSatisfy((from, to) -> assertThat(to).as(from).hasSize(1));
        assertThat(targets.get("44")).containsExactly("44"); // Quảng Bình → Quảng Trị, the seat's code
        assertThat(targets.get("45")).containsExactly("44"); // old Quảng Trị, code closed
        assertThat(targets.get("83")).containsExactly("86"); // Bến Tre → Vĩnh Long
        assertThat(targets.get("84")).containsExactly("86"); // Trà Vinh → Vĩnh Long
        assertThat(targets.get("82")).containsExactly("82"); // Tiền Giang: a typo row never sends it to Tây Ninh
        assertThat(targets.get("04")).containsExactly("04");
        assertThat(kind("PROVINCE:04>PROVINCE:04")).isEqualTo(SuccessionKind.UNCHANGED);
        assertThat(kind("PROVINCE:44>PROVINCE:44")).isEqualTo(SuccessionKind.WHOLE_MERGE);
        assertThat(kind("PROVINCE:83>PROVINCE:86")).isEqualTo(SuccessionKind.WHOLE_MERGE);
        assertThat(parsed.successions().stream().map(Succession::toCode).filter(c -> c.length() == 2).distinct())
                .hasSize(34);
    }

    @Test
    void historicUnitsBelongToTheProvinceThatAbsorbedTheirs() {
        Unit oldQuangTriCommune = unit(Level.COMMUNE, "19597", Validity.OPEN_START);
        assertThat(oldQuangTriCommune.provinceCode()).isEqualTo("45");
        assertThat(oldQuangTriCommune.tenant()).isEqualTo("44");
        assertThat(oldQuangTriCommune.path()).containsExactly("45", "468", "19597");
        assertThat(unit(Level.PROVINCE, "83", Validity.OPEN_START).tenant()).isEqualTo("86");
        Unit quangBinh = unit(Level.PROVINCE, "44", Validity.OPEN_START);
        Unit quangTri = unit(Level.PROVINCE, "44", "2025-07-01");
        assertThat(quangBinh.name()).isEqualTo("Tỉnh Quảng Bình");
        assertThat(quangBinh.validTo()).isEqualTo("2025-06-30");
        assertThat(quangTri.name()).isEqualTo("Tỉnh Quảng Trị");
        assertThat(quangTri.type()).isEqualTo("Tỉnh");
        assertThat(unit(Level.PROVINCE, "01", "2025-07-01").type()).isEqualTo("Thành phố trung ương");
        assertThat(unit(Level.COMMUNE, "26732", "2025-07-01").type()).isEqualTo("Đặc khu");
    }

    @Test
    void communeRowsKeepTheirKindsAndSpecialZonesComeFromTheirDistrict() {
        assertThat(kind("COMMUNE:00016>COMMUNE:00004")).isEqualTo(SuccessionKind.PART_MERGE);
        assertThat(kind("COMMUNE:00016>COMMUNE:00008")).isEqualTo(SuccessionKind.PART_MERGE);
        assertThat(kind("DISTRICT:755>COMMUNE:26732")).isEqualTo(SuccessionKind.SPECIAL_ZONE); // Côn Đảo
        assertThat(kind("COMMUNE:14845>COMMUNE:14845")).isEqualTo(SuccessionKind.RENAMED); // đổi loại hình
        assertThat(parsed.totals().communeSuccessions()).containsKeys("WHOLE_MERGE", "PART_MERGE", "UNCHANGED",
                "RENAMED", "SPECIAL_ZONE");
    }

    @Test
    void theReportListsEverySkippedRowWithItsLineAndReason() {
        assertThat(parsed.files()).extracting(ImportReport.FileCount::file, ImportReport.FileCount::rowsRead,
                ImportReport.FileCount::rowsLoaded, ImportReport.FileCount::rowsSkipped).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AdminUnitDataset.BEFORE_FILE, 10_056, 10_056, 0),
                org.assertj.core.groups.Tuple.tuple(AdminUnitDataset.AFTER_FILE, 3_355, 3_355, 0),
                org.assertj.core.groups.Tuple.tuple(AdminUnitDataset.CONVERSION_FILE, 10_571, 10_559, 12));
        assertThat(parsed.skipped()).hasSize(12).allSatisfy(issue -> {
            assertThat(issue.file()).isEqualTo(AdminUnitDataset.CONVERSION_FILE);
            assertThat(issue.line()).isPositive();
            assertThat(issue.reason()).isNotBlank();
        });
        RowIssue noCode = parsed.skipped().stream().filter(i -> i.line() == 4749).findFirst().orElseThrow();
        assertThat(noCode.reason()).startsWith("old commune code missing").contains("bãi bồi");
        RowIssue unknown = parsed.skipped().stream().filter(i -> i.line() == 8861).findFirst().orElseThrow();
        assertThat(unknown.reason()).contains("26929").contains("is not in communes-before-2025-07.csv")
                .contains("26935");
        assertThat(parsed.warnings()).anySatisfy(w -> assertThat(w.line()).isEqualTo(9532))
                .anySatisfy(w -> assertThat(w.reason()).contains("district 471 belongs to province 45"));
    }

    static SuccessionKind kind(String fromTo) {
        return parsed.successions().stream().filter(s -> s.id().startsWith(fromTo + "@")).findFirst()
                .orElseThrow(() -> new AssertionError("no succession " + fromTo)).kind();
    }

    static Unit unit(Level level, String code, String validFrom) {
        String id = Unit.officialId(level, code, validFrom);
        return parsed.units().stream().filter(u -> u.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + id));
    }
}
