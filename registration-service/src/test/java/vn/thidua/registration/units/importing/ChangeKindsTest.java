package vn.thidua.registration.units.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.registration.units.SuccessionKind.PART_MERGE;
import static vn.thidua.registration.units.SuccessionKind.RENAMED;
import static vn.thidua.registration.units.SuccessionKind.SPECIAL_ZONE;
import static vn.thidua.registration.units.SuccessionKind.UNCHANGED;
import static vn.thidua.registration.units.SuccessionKind.WHOLE_MERGE;

import org.junit.jupiter.api.Test;

/** The conversion table's notes ("Ghi chú"), as written in the real file, read as kinds of change. */
class ChangeKindsTest {

    @Test
    void nhapToanBoIsAWholeMerge() {
        assertThat(ChangeKinds.classify("Nhập toàn bộ")).contains(WHOLE_MERGE);
        assertThat(ChangeKinds.classify("Nhập toàn bộ diện tích")).contains(WHOLE_MERGE);
    }

    @Test
    void nhapMotPhanIsAPartMerge_whateverFollowsAndHoweverItIsSpelled() {
        assertThat(ChangeKinds.classify("Nhập một phần")).contains(PART_MERGE);
        assertThat(ChangeKinds.classify("Nhập một phần\n")).contains(PART_MERGE);
        assertThat(ChangeKinds.classify("Nhập một  phần")).contains(PART_MERGE);
        assertThat(ChangeKinds.classify("Nhập một phần diện tích  ")).contains(PART_MERGE);
        assertThat(ChangeKinds.classify("Nhập một phần dân số")).contains(PART_MERGE);
        assertThat(ChangeKinds.classify("Nhâp một phần diện tích")).contains(PART_MERGE); // typo: â for ậ
        // Part of the area, all of the population: the old commune still feeds more than one new one.
        assertThat(ChangeKinds.classify("Nhập một phần diện tích, toàn bộ dân số")).contains(PART_MERGE);
        assertThat(ChangeKinds.classify("Phần còn lại sau khi tách một phần vào xã Canh Vinh")).contains(PART_MERGE);
        assertThat(ChangeKinds.classify("Đổi tên từ một phần Phường 15")).contains(PART_MERGE);
        assertThat(ChangeKinds.classify("Đổi tên, đổi loại hình từ một phần thị trấn Lai Uyên")).contains(PART_MERGE);
    }

    @Test
    void giuNguyenIsUnchanged() {
        assertThat(ChangeKinds.classify("Giữ nguyên")).contains(UNCHANGED);
        assertThat(ChangeKinds.classify("Giữ nguyên ")).contains(UNCHANGED);
    }

    @Test
    void doiTenAndDoiLoaiHinhAreRenames() {
        assertThat(ChangeKinds.classify("Đổi tên")).contains(RENAMED);
        assertThat(ChangeKinds.classify("Đổi loại hình")).contains(RENAMED); // thị trấn → xã
    }

    @Test
    void aDistrictOrCommuneArrangedIntoADacKhuIsASpecialZone() {
        assertThat(ChangeKinds.classify("Sắp xếp toàn bộ huyện Côn Đảo thành đặc khu Côn Đảo"))
                .contains(SPECIAL_ZONE);
        assertThat(ChangeKinds.classify("Sắp xếp toàn bộ xã Thổ Châu thành đặc khu Thổ Châu")).contains(SPECIAL_ZONE);
    }

    @Test
    void anythingElseIsNotGuessed() {
        assertThat(ChangeKinds.classify("")).isEmpty();
        assertThat(ChangeKinds.classify(null)).isEmpty();
        assertThat(ChangeKinds.classify("Xem quyết định số 1234")).isEmpty();
    }
}
