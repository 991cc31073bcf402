package vn.thidua.registration.registrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.registration.campaigns.CampaignApi.CampaignRecord;
import vn.thidua.registration.campaigns.CampaignApi.OfferRef;
import vn.thidua.registration.campaigns.CampaignApi.TargetRef;
import vn.thidua.registration.registrations.RegistrationRequest.CommitmentRequest;
import vn.thidua.shared.error.ProblemException.FieldViolation;

class CommitmentRulesTest {

    static final CampaignRecord LAI_CHAU = new CampaignRecord("c1", "LC-NTM-2021-2025", "NTM", "LAUNCHED", "12", 2021,
            2025, "12-SNNMT",
            List.of(new TargetRef("COMMUNES_NTM", "COMMUNES_MEETING_NTM_STANDARD", "PERCENT"),
                    new TargetRef("NO_COMMUNE_BELOW_15", "COMMUNES_BELOW_15_CRITERIA", "COMMUNES")),
            List.of(new OfferRef("CO_THI_DUA_CAP_BO_TINH"), new OfferRef("BANG_KHEN_CAP_BO_TINH")));

    static RegistrationRequest request(int year, List<CommitmentRequest> commitments, List<String> forms) {
        return new RegistrationRequest("c1", year, "03390", commitments, forms, null);
    }

    @Test
    void aCommuneCommitsToMeetAllNineteenCriteria() {
        var request = request(2024, List.of(new CommitmentRequest("COMMUNES_NTM", "NTM_CRITERIA_MET",
                new BigDecimal("19"), "CRITERIA", null)), List.of("CO_THI_DUA_CAP_BO_TINH"));
        assertThat(CommitmentRules.check(request, LAI_CHAU)).isEmpty();
        assertThat(CommitmentRules.resolve(request, LAI_CHAU)).containsExactly(
                new Commitment("COMMUNES_NTM", "NTM_CRITERIA_MET", new BigDecimal("19"), "CRITERIA", null));
    }

    @Test
    void indicatorAndUnitDefaultToTheTargets() {
        var request = request(2024, List.of(new CommitmentRequest("NO_COMMUNE_BELOW_15", null, BigDecimal.ZERO, null,
                null)), List.of());
        assertThat(CommitmentRules.resolve(request, LAI_CHAU).getFirst().indicator())
                .isEqualTo("COMMUNES_BELOW_15_CRITERIA");
        assertThat(CommitmentRules.resolve(request, LAI_CHAU).getFirst().unitOfMeasure()).isEqualTo("COMMUNES");
    }

    @Test
    void eachWrongFieldIsNamedByItsPath() {
        var request = request(2026, List.of(
                new CommitmentRequest("COMMUNES_NTM", null, BigDecimal.ONE, null, null),
                new CommitmentRequest("NOT_A_TARGET", null, BigDecimal.ONE, null, null),
                new CommitmentRequest("COMMUNES_NTM", null, BigDecimal.TEN, null, null)),
                List.of("BANG_KHEN_CAP_BO_TINH", "HUAN_CHUONG_LAO_DONG"));
        assertThat(CommitmentRules.check(request, LAI_CHAU)).extracting(FieldViolation::field).containsExactly(
                "year", "commitments[1].targetCode", "commitments[2].targetCode", "awardForms[1]");
    }
}
