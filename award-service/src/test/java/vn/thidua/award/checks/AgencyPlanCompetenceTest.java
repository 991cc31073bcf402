package vn.thidua.award.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.award.checks.Finding.Outcome;
import vn.thidua.award.clients.CampaignApi.CatalogueEntry;

/**
 * The Giấy khen of the head of an agency is decided only inside that agency's own plan: in Ban Dân tộc Cao Bằng's
 * plan (AGENCY_INTERNAL, owner 04-BDT) the agency and its divisions propose it; another agency (Sở Y tế) is refused
 * naming the owning agency; other forms and province plans are not judged by this rule.
 */
class AgencyPlanCompetenceTest {

    static final CatalogueEntry GIAY_KHEN_THU_TRUONG = new CatalogueEntry("GIAY_KHEN_THU_TRUONG_CO_QUAN",
            "Giấy khen của thủ trưởng cơ quan, đơn vị", "FORM", "AGENCY", List.of("Thủ trưởng cơ quan, đơn vị"), null);
    static final CatalogueEntry BANG_KHEN_TINH = new CatalogueEntry("BANG_KHEN_CAP_BO_TINH",
            "Bằng khen của Chủ tịch UBND tỉnh", "FORM", "MINISTRY_OR_PROVINCE", List.of(), null);

    @Test
    void theOwningAgencyProposesTheGiayKhenOfItsHead() {
        Finding finding = Competence.agencyPlan(GIAY_KHEN_THU_TRUONG, "AGENCY_INTERNAL", "04-BDT",
                "Ban Dân tộc tỉnh Cao Bằng", "04-BDT", List.of("04", "04-BDT"));

        assertThat(finding.outcome()).isEqualTo(Outcome.PASS);
        assertThat(finding.code()).isEqualTo("competence.agency-plan-inside");
    }

    @Test
    void aDivisionOfTheOwningAgencyProposesItToo() {
        Finding finding = Competence.agencyPlan(GIAY_KHEN_THU_TRUONG, "AGENCY_INTERNAL", "04-BDT",
                "Ban Dân tộc tỉnh Cao Bằng", "04-PB-0001", List.of("04", "04-BDT", "04-PB-0001"));

        assertThat(finding.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void anotherAgencyIsRefusedNamingTheOwningAgency() {
        Finding finding = Competence.agencyPlan(GIAY_KHEN_THU_TRUONG, "AGENCY_INTERNAL", "04-BDT",
                "Ban Dân tộc tỉnh Cao Bằng", "04-SYT", List.of("04", "04-SYT"));

        assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding.code()).isEqualTo("competence.agency-plan-outside");
        assertThat(finding.message().get("vi")).contains("Ban Dân tộc tỉnh Cao Bằng").contains("04-BDT")
                .contains("04-SYT");
        assertThat(finding.message().get("en")).contains("04-BDT").contains("04-SYT");
    }

    @Test
    void otherFormsAndPlansWithoutAnOwningAgencyAreNotJudgedHere() {
        assertThat(Competence.agencyPlan(BANG_KHEN_TINH, "AGENCY_INTERNAL", "04-BDT", null, "04-SYT",
                List.of("04", "04-SYT"))).isNull();
        assertThat(Competence.agencyPlan(GIAY_KHEN_THU_TRUONG, "PROVINCE", null, null, "12-SYT",
                List.of("12", "12-SYT"))).isNull();
    }
}
