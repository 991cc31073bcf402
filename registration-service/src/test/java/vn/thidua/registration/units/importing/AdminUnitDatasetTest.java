package vn.thidua.registration.units.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.thidua.registration.units.Level;
import vn.thidua.registration.units.Succession;
import vn.thidua.registration.units.SuccessionKind;
import vn.thidua.registration.units.Unit;
import vn.thidua.registration.units.Validity;
import vn.thidua.registration.units.importing.ImportReport.RowIssue;

/**
 * The reading rules on a small dataset shaped like the real one, messy rows included: what is loaded, what is
 * skipped and why, what is corrected and said, and how province and district successions are derived.
 */
class AdminUnitDatasetTest {

    static final String BEFORE = """
            Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh
            Tỉnh Quảng Bình,44,Huyện Minh Hóa,452,Thị trấn Quy Đạt,19000,Thị trấn,
            Tỉnh Quảng Bình,44,Huyện Minh Hóa,452,Xã  Dân Hóa ,19003,Xã,
            Tỉnh Quảng Trị,45,Huyện Cam Lộ,468,Thị trấn Cam Lộ,19597,Thị trấn,
            Tỉnh Quảng Trị,45,Huyện Cồn Cỏ,471,,,Huyện,
            Tỉnh Quảng Trị,45,Huyện Cam Lộ,468,Xã Cam Thành,1960,Xã,
            Tỉnh Quảng Trị,45,Huyện Cam Lộ,468,Xã Cam Chính,19597,Xã,
            Tỉnh Bến Tre,83,Huyện Châu Thành,831,Xã Tân Thạch,28756,Xã,
            Tỉnh Trà Vinh,84,Huyện Càng Long,843,Xã Tân An,29296,Xã,
            Tỉnh Vĩnh Long,86,Huyện Long Hồ,855,Xã Long Phước,29551,Xã,
            Tỉnh Vĩnh Long,86,Huyện Long Hồ,855,Xã Hòa Phú,29557,Xã,
            """;

    static final String AFTER = """
            [{"name": "Tỉnh Quảng Trị", "code": 44, "division_type": "tỉnh", "wards": [
                {"name": "Xã Dân Hóa", "code": 19003, "division_type": "xã"},
                {"name": "Xã Cam Lộ", "code": 19597, "division_type": "xã"},
                {"name": "Đặc khu Cồn Cỏ", "code": 19742, "division_type": "đặc khu"}]},
             {"name": "Tỉnh Vĩnh Long", "code": 86, "division_type": "tỉnh", "wards": [
                {"name": "Xã Tân Thạch", "code": 28756, "division_type": "xã"},
                {"name": "Xã Long Phước", "code": 29551, "division_type": "xã"},
                {"name": "Xã Tân An", "code": 29296, "division_type": "xã"},
                {"name": "Xã không mã", "division_type": "xã"}]}]
            """;

    static final String CONVERSION = """
            Đơn vị hành chính từ ngày 01/7/2025,,,Đơn vị hành chính trước ngày 01/7/2025,,,,,
            "Tỉnh, thành phố",Tên Xã mới,Mã Xã mới,Tên Xã cũ,Mã Xã cũ,Ghi chú,Quận/huyện,Tỉnh cũ,
            QUẢNG TRỊ  ,,,,,,,,
            Tỉnh Quảng Trị (44),Xã Dân Hóa,19003,Thị trấn Quy Đạt,19000,Nhập toàn bộ,Huyện Minh Hóa (452),Tỉnh Quảng Bình (44),
            Tỉnh Quảng Trị (44),Xã Dân Hóa,19003,Xã Dân Hóa,19003,Nhập một phần,Huyện Minh Hóa (452),Tỉnh Quảng Bình (44),
            Tỉnh Quảng Trị (44),"Xã Cam Lộ
            ",19597,Thị trấn Cam Lộ,19597,Nhập toàn bộ,Huyện Cam Lộ (468),Tỉnh Quảng Trị (45),
            Tỉnh Quảng Trị (44),Xã Cam Lộ,19597,Xã Dân Hóa,19003,Nhập một  phần,Huyện Minh Hóa (452),Tỉnh Quảng Bình (44),
            Tỉnh Quảng Trị (44),Đặc khu Cồn Cỏ,19742,,,Sắp xếp toàn bộ huyện Cồn Cỏ thành đặc khu Cồn Cỏ,Huyện Cồn Cỏ (471),Quảng Trị (44),
            Tỉnh Quảng Trị (44),Xã Cam Lộ,19597,Khu vực bãi bồi ven biển,,Nhập toàn bộ,Huyện Cam Lộ (468),Tỉnh Quảng Trị (45),
            Tỉnh Quảng Trị (44),Xã Cam Lộ,19597,Thị trấn Cam Lộ,19599,Nhập toàn bộ,Huyện Cam Lộ (468),Tỉnh Quảng Trị (45),
            Tỉnh Quảng Trị (44),Xã Cam Lộ,19597,Thị trấn Cam Lộ,19597,Xem quyết định,Huyện Cam Lộ (468),Tỉnh Quảng Trị (45),
            Tỉnh Quảng Trị (44),Xã Không Có,19999,Thị trấn Cam Lộ,19597,Nhập toàn bộ,Huyện Cam Lộ (468),Tỉnh Quảng Trị (45),
            VĨNH LONG,,,,,,,,
            Tỉnh Vĩnh Long (86),Xã Tân Thạch,28756,Xã Tân Thạch,28756,Giữ nguyên ,Huyện Châu Thành (831),Tỉnh Bến Tre (83),
            Tỉnh Vĩnh Long (86),Xã Tân An,29296,Xã Tân An,29296,Đổi tên,Huyện Càng Long (843),Tỉnh Trà Vinh (84),
            Tỉnh Vĩnh Long (86),Xã Long Phước,29551,Xã Long Phước,29551,Nhập toàn bộ,Huyện Long Hồ (855),Tỉnh Tiền Giang (82),
            Tỉnh Vĩnh Long (86),Xã Long Phước,29551,Xã Long Phước,29551,Nhập toàn bộ,Huyện Long Hồ (855),Tỉnh Vĩnh Long (86),
            """;

    final AdminUnitDataset.Parsed parsed = AdminUnitDataset.parse(BEFORE, AFTER, CONVERSION);

    Map<Integer, String> skipped(String file) {
        return parsed.skipped().stream().filter(i -> i.file().equals(file))
                .collect(Collectors.toMap(RowIssue::line, RowIssue::reason));
    }

    Map<String, SuccessionKind> links(Level from) {
        return parsed.successions().stream().filter(s -> s.fromLevel() == from)
                .collect(Collectors.toMap(s -> s.fromCode() + ">" + s.toCode(), Succession::kind));
    }

    Unit unit(Level level, String code, String validFrom) {
        return parsed.units().stream().filter(u -> u.id().equals(Unit.officialId(level, code, validFrom)))
                .findFirst().orElseThrow();
    }

    @Test
    void everyFileCountsRowsReadLoadedSkippedAndIgnored() {
        assertThat(parsed.files()).extracting(ImportReport.FileCount::file, ImportReport.FileCount::rowsRead,
                ImportReport.FileCount::rowsLoaded, ImportReport.FileCount::rowsSkipped,
                ImportReport.FileCount::rowsIgnored).containsExactly(
                tuple(AdminUnitDataset.BEFORE_FILE, 10, 8, 2, 1),
                tuple(AdminUnitDataset.AFTER_FILE, 9, 8, 1, 0),
                tuple(AdminUnitDataset.CONVERSION_FILE, 13, 8, 5, 4));
    }

    @Test
    void unreadableRowsAreSkippedWithTheirLineAndTheReason() {
        assertThat(skipped(AdminUnitDataset.BEFORE_FILE)).containsOnly(
                Map.entry(6, "commune code '1960' is not a 5-digit code"),
                Map.entry(7, "commune 19597 already read on line 4"));
        assertThat(skipped(AdminUnitDataset.CONVERSION_FILE)).containsOnly(
                Map.entry(10, "old commune code missing (old unit: 'Khu vực bãi bồi ven biển')"),
                Map.entry(11, "old commune 19599 ('Thị trấn Cam Lộ') is not in communes-before-2025-07.csv; the "
                        + "pre-reform list names 19597 'Thị trấn Cam Lộ' in that district (codes are never taken "
                        + "from names)"),
                Map.entry(12, "kind of change not understood: 'Xem quyết định'"),
                Map.entry(13, "new commune 19999 is not in units-2025-07.json"),
                Map.entry(18, "same old and new commune as line 17"));
        assertThat(parsed.skipped()).filteredOn(i -> i.file().equals(AdminUnitDataset.AFTER_FILE))
                .singleElement().satisfies(i -> assertThat(i.reason())
                        .isEqualTo("provinces[1].wards[3]: commune without a 5-digit code or a name"));
    }

    @Test
    void columnsThatContradictTheCodesAreCorrectedFromTheCodesAndSaid() {
        assertThat(parsed.warnings()).extracting(RowIssue::line, RowIssue::reason).contains(
                tuple(9, "old province column says 44, but district 471 belongs to province 45 in "
                        + "communes-before-2025-07.csv; used 45"),
                tuple(17, "old province column says 82, but commune 29551 belongs to province 86 in "
                        + "communes-before-2025-07.csv; used 86"),
                tuple(11, "commune 29557 (Xã Hòa Phú, district 855) has no row in the conversion table: no "
                        + "successor"));
        assertThat(links(Level.PROVINCE)).doesNotContainKey("82>86");
    }

    @Test
    void communeRowsBecomeSuccessionsOfTheirKind_andADistrictWithoutCommunesBecomesASpecialZone() {
        assertThat(links(Level.COMMUNE)).containsOnly(
                Map.entry("19000>19003", SuccessionKind.WHOLE_MERGE),
                Map.entry("19003>19003", SuccessionKind.PART_MERGE),
                Map.entry("19597>19597", SuccessionKind.WHOLE_MERGE),
                Map.entry("19003>19597", SuccessionKind.PART_MERGE),
                Map.entry("28756>28756", SuccessionKind.UNCHANGED),
                Map.entry("29296>29296", SuccessionKind.RENAMED),
                Map.entry("29551>29551", SuccessionKind.WHOLE_MERGE));
        assertThat(parsed.successions()).filteredOn(s -> s.fromLevel() == Level.COMMUNE)
                .allSatisfy(s -> assertThat(s.effectiveDate()).isEqualTo("2025-07-01"))
                .anySatisfy(s -> assertThat(s.sourceLine()).isEqualTo(6));
        assertThat(links(Level.DISTRICT)).containsOnly(
                Map.entry("452>19003", SuccessionKind.PART_MERGE),
                Map.entry("452>19597", SuccessionKind.PART_MERGE),
                Map.entry("468>19597", SuccessionKind.WHOLE_MERGE),
                Map.entry("471>19742", SuccessionKind.SPECIAL_ZONE),
                Map.entry("831>28756", SuccessionKind.WHOLE_MERGE),
                Map.entry("843>29296", SuccessionKind.WHOLE_MERGE),
                Map.entry("855>29551", SuccessionKind.WHOLE_MERGE));
    }

    @Test
    void provinceSuccessionsAreDerivedFromTheOldCommunesProvinceAndTheNewCommunesProvince() {
        assertThat(links(Level.PROVINCE)).containsOnly(
                Map.entry("44>44", SuccessionKind.WHOLE_MERGE), // Quảng Bình: the seat's code lives on
                Map.entry("45>44", SuccessionKind.WHOLE_MERGE),
                Map.entry("83>86", SuccessionKind.WHOLE_MERGE),
                Map.entry("84>86", SuccessionKind.WHOLE_MERGE),
                Map.entry("86>86", SuccessionKind.WHOLE_MERGE));
        assertThat(parsed.successions()).filteredOn(s -> s.fromLevel() == Level.PROVINCE)
                .allSatisfy(s -> assertThat(s.derived()).isTrue());
        // District links are derived too, except a special zone's, which is read from its own row.
        assertThat(parsed.successions()).filteredOn(s -> s.fromLevel() == Level.DISTRICT)
                .allSatisfy(s -> assertThat(s.derived()).isEqualTo(s.sourceLine() == null))
                .filteredOn(s -> !s.derived()).singleElement()
                .satisfies(s -> assertThat(s.sourceLine()).isEqualTo(9));
    }

    @Test
    void oneCodeTwoPeriods_andHistoricUnitsBelongToTheProvinceThatTookTheirs() {
        Unit quangBinh = unit(Level.PROVINCE, "44", Validity.OPEN_START);
        Unit quangTri = unit(Level.PROVINCE, "44", "2025-07-01");
        assertThat(quangBinh.name()).isEqualTo("Tỉnh Quảng Bình");
        assertThat(quangBinh.validTo()).isEqualTo("2025-06-30");
        assertThat(quangTri.name()).isEqualTo("Tỉnh Quảng Trị");
        assertThat(quangTri.validTo()).isEqualTo(Validity.OPEN_END);
        assertThat(unit(Level.PROVINCE, "45", Validity.OPEN_START).tenant()).isEqualTo("44");
        assertThat(unit(Level.DISTRICT, "471", Validity.OPEN_START).type()).isEqualTo("Huyện");
        Unit camLo = unit(Level.COMMUNE, "19597", Validity.OPEN_START);
        assertThat(camLo.path()).containsExactly("45", "468", "19597");
        assertThat(camLo.tenant()).isEqualTo("44");
        assertThat(camLo.type()).isEqualTo("Thị trấn");
        assertThat(unit(Level.COMMUNE, "19003", Validity.OPEN_START).name()).isEqualTo("Xã Dân Hóa");
        assertThat(unit(Level.COMMUNE, "19742", "2025-07-01").type()).isEqualTo("Đặc khu");
        assertThat(unit(Level.COMMUNE, "28756", Validity.OPEN_START).tenant()).isEqualTo("86");
    }

    @Test
    void aFileThatIsNotTheExpectedOneStopsTheImportInsteadOfLoadingGarbage() {
        assertThatThrownBy(() -> AdminUnitDataset.parse("code,name\n01,Hà Nội\n", AFTER, CONVERSION))
                .hasMessageContaining("unexpected header");
        assertThatThrownBy(() -> AdminUnitDataset.parse(BEFORE, AFTER, "a,b,c\n1,2,3\n"))
                .hasMessageContaining("Mã Xã mới");
    }
}
