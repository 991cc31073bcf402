package vn.thidua.award.duties;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.award.duties.SeparationOfDuties.Rule.APPRAISER_REQUIRED;
import static vn.thidua.award.duties.SeparationOfDuties.Rule.PREPARER_CANNOT_APPRAISE;
import static vn.thidua.award.duties.SeparationOfDuties.Rule.PREPARER_CANNOT_DECIDE;
import static vn.thidua.award.duties.SeparationOfDuties.Rule.PREPARER_CANNOT_PUBLISH;
import static vn.thidua.award.duties.SeparationOfDuties.Rule.PREPARER_CANNOT_SIGN;
import static vn.thidua.award.duties.SeparationOfDuties.Rule.PREPARER_CANNOT_VOTE;
import static vn.thidua.award.duties.SeparationOfDuties.Rule.PROPOSING_OFFICE_CANNOT_DECIDE;
import static vn.thidua.award.duties.SeparationOfDuties.Rule.SIGNER_OF_ANOTHER_BODY;
import static vn.thidua.award.duties.SeparationOfDuties.Rule.SIGNER_REQUIRED;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.award.duties.SeparationOfDuties.Preparation;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;

/** Người lập hồ sơ không tự quyết định, ký hay công bố khen thưởng cho hồ sơ của mình. */
class SeparationOfDutiesTest {

    // A commune of a province nobody seeded (tenant 77), before and after the reform alike: the rule has no dates.
    static final PlatformPrincipal COMMUNE_OFFICER = user("xa.canbo", PlatformRole.COMMUNE_OFFICER, "77001",
            UnitLevel.COMMUNE);
    static final PlatformPrincipal OTHER_COMMUNE_OFFICER = user("xa.canbo2", PlatformRole.COMMUNE_OFFICER, "77001",
            UnitLevel.COMMUNE);
    static final PlatformPrincipal COMMUNE_CHAIRMAN = user("xa.chutich", PlatformRole.DECISION_SIGNER, "77001",
            UnitLevel.COMMUNE);
    static final PlatformPrincipal PROVINCE_SIGNER = user("tinh.ky", PlatformRole.DECISION_SIGNER, "77",
            UnitLevel.PROVINCE);
    static final PlatformPrincipal PROVINCE_ADMIN = user("snv.admin", PlatformRole.PROVINCE_ADMIN, "77",
            UnitLevel.PROVINCE);
    static final PlatformPrincipal APPRAISER = user("snv.thamdinh", PlatformRole.APPRAISER, "77", UnitLevel.PROVINCE);
    static final PlatformPrincipal NATIONAL_BOARD = new PlatformPrincipal("n", "ban.tw", "ban.tw",
            Set.of(PlatformRole.NATIONAL_ADMIN), null, "VN", UnitLevel.NATIONAL);

    static final Preparation COMMUNE_PROPOSAL = new Preparation(Set.of("xa.canbo"), "77001");
    static final Preparation PROPOSED_BY_PROVINCE_ADMIN_FOR_COMMUNE = new Preparation(Set.of("snv.admin"), "77001");

    @Test
    void whoPreparedADossierCannotDecideIt() {
        assertThat(SeparationOfDuties.mayDecide(COMMUNE_OFFICER, COMMUNE_PROPOSAL)).contains(PREPARER_CANNOT_DECIDE);
    }

    @Test
    void anotherOfficerOfTheProposingUnitCannotDecideItEither() {
        assertThat(SeparationOfDuties.mayDecide(OTHER_COMMUNE_OFFICER, COMMUNE_PROPOSAL))
                .contains(PROPOSING_OFFICE_CANNOT_DECIDE);
    }

    @Test
    void theHeadOfTheProposingUnitDecidesWhatHisOfficePrepared() {
        assertThat(SeparationOfDuties.mayDecide(COMMUNE_CHAIRMAN, COMMUNE_PROPOSAL)).isEmpty();
    }

    @Test
    void theHeadWhoPreparedTheDossierHimselfCannotDecideIt() {
        Preparation hisOwn = new Preparation(Set.of("xa.chutich"), "77001");
        assertThat(SeparationOfDuties.mayDecide(COMMUNE_CHAIRMAN, hisOwn)).contains(PREPARER_CANNOT_DECIDE);
    }

    @Test
    void aLevelAboveDecidesWhatABelowUnitPrepared() {
        PlatformPrincipal district = user("huyen.canbo", PlatformRole.DISTRICT_OFFICER, "770", UnitLevel.DISTRICT);
        assertThat(SeparationOfDuties.mayDecide(district, COMMUNE_PROPOSAL)).isEmpty();
    }

    @Test
    void whoSubmittedAfterAnotherCreatedIsAPreparerToo() {
        Preparation twoHands = new Preparation(Set.of("xa.canbo", "xa.canbo2"), "77001");
        assertThat(SeparationOfDuties.mayDecide(OTHER_COMMUNE_OFFICER, twoHands)).contains(PREPARER_CANNOT_DECIDE);
    }

    @Test
    void aDecisionIsSignedOnlyByADecisionSigner() {
        assertThat(SeparationOfDuties.maySign(COMMUNE_OFFICER, "77001", false, List.of(COMMUNE_PROPOSAL)))
                .contains(SIGNER_REQUIRED);
        assertThat(SeparationOfDuties.maySign(PROVINCE_ADMIN, "77", false, List.of(COMMUNE_PROPOSAL)))
                .contains(SIGNER_REQUIRED);
    }

    @Test
    void theSignerBelongsToTheIssuingBody() {
        assertThat(SeparationOfDuties.maySign(COMMUNE_CHAIRMAN, "77", false, List.of(COMMUNE_PROPOSAL)))
                .contains(SIGNER_OF_ANOTHER_BODY);
        assertThat(SeparationOfDuties.maySign(PROVINCE_SIGNER, "77", false, List.of(COMMUNE_PROPOSAL))).isEmpty();
    }

    @Test
    void aSignerWhoPreparedAnyOfTheDossiersCannotSignTheDecision() {
        Preparation signersOwn = new Preparation(Set.of("tinh.ky"), "77");
        assertThat(SeparationOfDuties.maySign(PROVINCE_SIGNER, "77", false, List.of(COMMUNE_PROPOSAL, signersOwn)))
                .contains(PREPARER_CANNOT_SIGN);
    }

    @Test
    void theNationalBoardRecordsAStateDecisionSignedOutsideThePlatformButNotForADossierItPrepared() {
        assertThat(SeparationOfDuties.maySign(NATIONAL_BOARD, "VN", true, List.of(COMMUNE_PROPOSAL))).isEmpty();
        assertThat(SeparationOfDuties.maySign(NATIONAL_BOARD, "VN", true,
                List.of(new Preparation(Set.of("ban.tw"), "77001")))).contains(PREPARER_CANNOT_SIGN);
    }

    @Test
    void whoPreparedADossierCannotPublishItsDecision() {
        assertThat(SeparationOfDuties.mayPublish(PROVINCE_ADMIN, List.of(PROPOSED_BY_PROVINCE_ADMIN_FOR_COMMUNE)))
                .contains(PREPARER_CANNOT_PUBLISH);
        assertThat(SeparationOfDuties.mayPublish(OTHER_COMMUNE_OFFICER, List.of(COMMUNE_PROPOSAL)))
                .as("the proposing unit's office").contains(PREPARER_CANNOT_PUBLISH);
    }

    @Test
    void theIssuingBodyPublishesWhatOthersPrepared() {
        assertThat(SeparationOfDuties.mayPublish(PROVINCE_SIGNER, List.of(COMMUNE_PROPOSAL))).isEmpty();
        assertThat(SeparationOfDuties.mayPublish(PROVINCE_ADMIN, List.of(COMMUNE_PROPOSAL))).isEmpty();
        assertThat(SeparationOfDuties.mayPublish(COMMUNE_CHAIRMAN, List.of(COMMUNE_PROPOSAL))).isEmpty();
    }

    @Test
    void theCouncilVoteIsRecordedByAnAppraiserWhoIsNotTheProposer() {
        assertThat(SeparationOfDuties.mayRecordCouncilVote(APPRAISER, COMMUNE_PROPOSAL)).isEmpty();
        assertThat(SeparationOfDuties.mayRecordCouncilVote(PROVINCE_ADMIN, COMMUNE_PROPOSAL))
                .contains(APPRAISER_REQUIRED);
        PlatformPrincipal appraiserWhoProposed = new PlatformPrincipal("s", "snv.admin", "snv.admin",
                Set.of(PlatformRole.APPRAISER, PlatformRole.PROVINCE_ADMIN), "77", "77", UnitLevel.PROVINCE);
        assertThat(SeparationOfDuties.mayRecordCouncilVote(appraiserWhoProposed,
                PROPOSED_BY_PROVINCE_ADMIN_FOR_COMMUNE)).contains(PREPARER_CANNOT_VOTE);
    }

    @Test
    void whoPreparedADossierCannotAppraiseIt() {
        PlatformPrincipal appraiserWhoProposed = new PlatformPrincipal("s", "snv.admin", "snv.admin",
                Set.of(PlatformRole.APPRAISER, PlatformRole.PROVINCE_ADMIN), "77", "77", UnitLevel.PROVINCE);
        assertThat(SeparationOfDuties.mayAppraise(appraiserWhoProposed, PROPOSED_BY_PROVINCE_ADMIN_FOR_COMMUNE))
                .contains(PREPARER_CANNOT_APPRAISE);
        assertThat(SeparationOfDuties.mayAppraise(APPRAISER, PROPOSED_BY_PROVINCE_ADMIN_FOR_COMMUNE)).isEmpty();
    }

    private static PlatformPrincipal user(String name, PlatformRole role, String unit, UnitLevel level) {
        return new PlatformPrincipal("sub-" + name, name, name, Set.of(role), "77", unit, level);
    }
}
