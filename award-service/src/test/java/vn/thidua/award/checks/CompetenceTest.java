package vn.thidua.award.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.award.checks.Finding.Outcome;
import vn.thidua.award.clients.CampaignApi.CatalogueEntry;

/** Thẩm quyền for state awards (06/2022/QH15): the province proposes, the national level decides. */
class CompetenceTest {

    final CatalogueEntry primeMinister = new CatalogueEntry("BANG_KHEN_THU_TUONG", "Bằng khen của Thủ tướng Chính phủ",
            "FORM", "STATE", List.of("Thủ tướng Chính phủ"), null);
    final CatalogueEntry labourOrder = new CatalogueEntry("HUAN_CHUONG_LAO_DONG", "Huân chương Lao động", "FORM",
            "STATE", List.of("Chủ tịch nước"), null);
    final CatalogueEntry province = new CatalogueEntry("BANG_KHEN_CAP_BO_TINH", "Bằng khen của Chủ tịch UBND tỉnh",
            "FORM", "MINISTRY_OR_PROVINCE", List.of("Chủ tịch Ủy ban nhân dân cấp tỉnh"), null);
    final LocalDate day = LocalDate.of(2026, 2, 1);

    @Test
    void theProvinceMayProposeAStateAwardButNotDecideItAndSaysWhoDecides() {
        Finding decide = Competence.check(primeMinister, "PROVINCE", day);
        assertThat(decide.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(decide.message().get("vi")).contains("Cấp tỉnh không có thẩm quyền quyết định")
                .contains("Thủ tướng Chính phủ quyết định").contains("Tỉnh chỉ trình đề nghị")
                .contains("Ban Thi đua – Khen thưởng Trung ương");
        assertThat(decide.message().get("en")).contains("The province may not decide")
                .contains("only proposes").contains("Central Emulation and Commendation Board");

        Finding propose = Competence.proposal(primeMinister, "PROVINCE");
        assertThat(propose.outcome()).isEqualTo(Outcome.PASS);
        assertThat(propose.message().get("vi")).contains("có thẩm quyền trình đề nghị").contains("không quyết định")
                .contains("Thủ tướng Chính phủ quyết định");
    }

    @Test
    void theNationalLevelDecidesAStateAwardByTheAuthorityTheCatalogueNames() {
        assertThat(Competence.deciderLevel("STATE")).isEqualTo("NATIONAL");
        Finding national = Competence.check(labourOrder, "NATIONAL", day);
        assertThat(national.outcome()).isEqualTo(Outcome.PASS);
        assertThat(national.message().get("vi")).contains("Chủ tịch nước quyết định");

        assertThat(Competence.issuingBody(primeMinister, "Thủ tướng Chính phủ").outcome()).isEqualTo(Outcome.PASS);
        Finding wrongBody = Competence.issuingBody(primeMinister, "Chủ tịch nước");
        assertThat(wrongBody.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(wrongBody.message().get("vi")).contains("do Thủ tướng Chính phủ quyết định")
                .contains("không phải \"Chủ tịch nước\"");
        // The national level does not decide the province's own Bằng khen either.
        assertThat(Competence.check(province, "NATIONAL", day).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void onlyTheProvinceProposesAndOnlyStateForms() {
        Finding provinceForm = Competence.proposal(province, "PROVINCE");
        assertThat(provinceForm.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(provinceForm.message().get("vi")).contains("không trình cấp Nhà nước");
        Finding district = Competence.proposal(labourOrder, "DISTRICT");
        assertThat(district.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(district.message().get("vi")).contains("Chỉ cấp tỉnh");
    }
}
