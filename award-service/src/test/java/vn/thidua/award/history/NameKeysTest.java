package vn.thidua.award.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void vietnameseNamesFoldWithoutAccentsCaseOrPunctuation() {
        assertThat(NameKeys.fold("Nguyễn Thị Đào")).isEqualTo("nguyen thi dao");
        assertThat(NameKeys.fold("  HTX  Nông nghiệp—Bình Lư ")).isEqualTo("htx nong nghiep binh lu");
        assertThat(NameKeys.fold("nguyen thi dao")).isEqualTo(NameKeys.fold("NGUYỄN THỊ ĐÀO"));
    }

    @Test
    void aPersonalIdIsMaskedButForItsLastDigits() {
        assertThat(AwardHistory.mask("012345678901")).isEqualTo("*********901");
        assertThat(AwardHistory.mask(null)).isNull();
    }
}
