package vn.thidua.registration.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Folding Vietnamese names for search. */
class SearchKeysTest {

    @Test
    void accentsAndToneMarksAreDroppedAndCaseIsLowered() {
        assertThat(SearchKeys.fold("Tỉnh Quảng Trị")).isEqualTo("tinh quang tri");
        assertThat(SearchKeys.fold("QUẢNG TRỊ")).isEqualTo("quang tri");
        assertThat(SearchKeys.fold("Thành phố Hồ Chí Minh")).isEqualTo("thanh pho ho chi minh");
        assertThat(SearchKeys.fold("Xã Ư Ơ Â Ê Ô Ă")).isEqualTo("xa u o a e o a");
    }

    @Test
    void dStrokeFoldsToD() {
        assertThat(SearchKeys.fold("Thành phố Đà Nẵng")).isEqualTo("thanh pho da nang");
        assertThat(SearchKeys.fold("đặc khu Côn Đảo")).isEqualTo("dac khu con dao");
    }

    @Test
    void composedAndDecomposedSpellingsAndBothToneConventionsFoldAlike() {
        String composed = "Hòa";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(SearchKeys.fold(decomposed)).isEqualTo(SearchKeys.fold(composed)).isEqualTo("hoa");
        assertThat(SearchKeys.fold("Xã Thuận Hoà")).isEqualTo(SearchKeys.fold("Xã Thuận Hòa"));
    }

    @Test
    void apostrophesHyphensLineBreaksAndStraySpacesBecomeOneSpace() {
        assertThat(SearchKeys.fold("Xã Ea H’Leo")).isEqualTo(SearchKeys.fold("Xa Ea H'Leo")).isEqualTo("xa ea h leo");
        assertThat(SearchKeys.fold("Tỉnh Bà Rịa - Vũng Tàu")).isEqualTo("tinh ba ria vung tau");
        assertThat(SearchKeys.fold("  Phường Phú Xuân\n")).isEqualTo("phuong phu xuan");
        assertThat(SearchKeys.fold("Xã Tạ An Khương  Đông")).isEqualTo("xa ta an khuong dong");
        assertThat(SearchKeys.fold(null)).isEmpty();
    }

    @Test
    void keysAreTheWordSuffixesOfEveryName_soAPrefixQueryFindsAnyWord() {
        assertThat(SearchKeys.keys(List.of("Tỉnh Quảng Trị"))).containsExactly("tinh quang tri", "quang tri", "tri");
        assertThat(SearchKeys.keys(List.of("Sở Y tế", "Sở Y tế và Dân số"))).containsExactly("so y te", "y te", "te",
                "so y te va dan so", "y te va dan so", "te va dan so", "va dan so", "dan so", "so");
    }

    @Test
    void namesAreCleanedForPrintingButKeepTheirAccents() {
        assertThat(SearchKeys.clean(" Xã Cò  Nòi ")).isEqualTo("Xã Cò Nòi");
        assertThat(SearchKeys.clean("Phường Phú Xuân\n")).isEqualTo("Phường Phú Xuân");
    }
}
