package vn.thidua.award.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.award.clients.CampaignApi.Rule;

/** The workflow's moves, the council's reading and the prize money, as the plan and the decree say them. */
class WorkflowTest {

    final List<RouteStop> route = List.of(
            new RouteStop(0, "106", "DISTRICT", null, RouteStop.Kind.REVIEW, "district-officer", null, null),
            new RouteStop(1, "12-SNNMT", "AGENCY", null, RouteStop.Kind.REVIEW, "standing-agency-officer", null, null),
            new RouteStop(2, "12-SNV", "AGENCY", null, RouteStop.Kind.APPRAISAL, "appraiser", null, null));

    @Test
    void aDossierClimbsItsRouteToAppraisal() {
        assertThat(Workflow.move(DossierStatus.DRAFT, Workflow.Action.SUBMIT, route, null))
                .isEqualTo(new Workflow.Move(DossierStatus.IN_REVIEW, 0));
        assertThat(Workflow.move(DossierStatus.IN_REVIEW, Workflow.Action.FORWARD, route, 0))
                .isEqualTo(new Workflow.Move(DossierStatus.IN_REVIEW, 1));
        assertThat(Workflow.move(DossierStatus.IN_REVIEW, Workflow.Action.FORWARD, route, 1))
                .isEqualTo(new Workflow.Move(DossierStatus.IN_APPRAISAL, 2));
        assertThat(Workflow.move(DossierStatus.IN_APPRAISAL, Workflow.Action.APPRAISE, route, 2))
                .isEqualTo(new Workflow.Move(DossierStatus.AWAITING_COUNCIL, 2));
    }

    @Test
    void aLevelMayReturnRejectOrDecideButNotSkipAppraisal() {
        assertThat(Workflow.move(DossierStatus.IN_REVIEW, Workflow.Action.RETURN, route, 0).to())
                .isEqualTo(DossierStatus.RETURNED);
        assertThat(Workflow.move(DossierStatus.IN_REVIEW, Workflow.Action.REJECT, route, 1).to())
                .isEqualTo(DossierStatus.REJECTED);
        assertThat(Workflow.move(DossierStatus.IN_REVIEW, Workflow.Action.DECIDE, route, 0).to())
                .isEqualTo(DossierStatus.APPROVED);
        assertThat(Workflow.move(DossierStatus.IN_APPRAISAL, Workflow.Action.FORWARD, route, 2)).isNull();
        assertThat(Workflow.move(DossierStatus.PUBLISHED, Workflow.Action.RETURN, route, null)).isNull();
        assertThat(Workflow.move(DossierStatus.RETURNED, Workflow.Action.SUBMIT, route, null).to())
                .isEqualTo(DossierStatus.IN_REVIEW);
        assertThat(Workflow.needsReason(Workflow.Action.RETURN)).isTrue();
        assertThat(Workflow.needsReason(Workflow.Action.FORWARD)).isFalse();
    }

    @Test
    void aStateFormApprovedByTheProvinceIsProposedToTheNationalLevelWhichAppraisesItForTheDecidingAuthority() {
        // The province's council passed it: the province proposes (tờ trình), it does not decide.
        assertThat(Workflow.actor(DossierStatus.APPROVED)).isEqualTo(Workflow.Actor.PROVINCE);
        assertThat(Workflow.move(DossierStatus.APPROVED, Workflow.Action.PROPOSE, route, 2))
                .isEqualTo(new Workflow.Move(DossierStatus.PROPOSED_TO_STATE, 2));
        // At the Central Emulation and Commendation Board: accept → to the deciding authority.
        assertThat(Workflow.actor(DossierStatus.PROPOSED_TO_STATE)).isEqualTo(Workflow.Actor.NATIONAL_BOARD);
        assertThat(Workflow.move(DossierStatus.PROPOSED_TO_STATE, Workflow.Action.APPRAISE, route, 2))
                .isEqualTo(new Workflow.Move(DossierStatus.STATE_APPRAISED, 2));
        assertThat(Workflow.actor(DossierStatus.STATE_APPRAISED)).isEqualTo(Workflow.Actor.NATIONAL_BOARD);
        // The state decision is a decision (POST /decisions), not a transition; the national step cannot forward.
        assertThat(Workflow.move(DossierStatus.STATE_APPRAISED, Workflow.Action.DECIDE, route, 2)).isNull();
        assertThat(Workflow.move(DossierStatus.PROPOSED_TO_STATE, Workflow.Action.FORWARD, route, 2)).isNull();
        // Only an approved dossier can be proposed: not one still in appraisal, not a draft.
        assertThat(Workflow.move(DossierStatus.IN_APPRAISAL, Workflow.Action.PROPOSE, route, 2)).isNull();
        assertThat(Workflow.move(DossierStatus.DRAFT, Workflow.Action.PROPOSE, route, null)).isNull();
        assertThat(DossierStatus.PROPOSED_TO_STATE.holding()).isTrue();
        assertThat(DossierStatus.STATE_APPRAISED.holding()).isTrue();
    }

    @Test
    void theNationalBoardReturnsToTheProvinceWithReasonsOrRejectsAndTheProvinceProposesAgainOrSendsItBack() {
        assertThat(Workflow.move(DossierStatus.PROPOSED_TO_STATE, Workflow.Action.RETURN, route, 2))
                .isEqualTo(new Workflow.Move(DossierStatus.RETURNED_TO_PROVINCE, 2));
        assertThat(Workflow.actor(DossierStatus.RETURNED_TO_PROVINCE)).isEqualTo(Workflow.Actor.PROVINCE);
        assertThat(DossierStatus.RETURNED_TO_PROVINCE.holding()).isTrue();
        // The province completes it and proposes again (a new tờ trình) …
        assertThat(Workflow.move(DossierStatus.RETURNED_TO_PROVINCE, Workflow.Action.PROPOSE, route, 2).to())
                .isEqualTo(DossierStatus.PROPOSED_TO_STATE);
        // … or returns it to the proposing unit, which leaves the flow and gives its quota back.
        Workflow.Move back = Workflow.move(DossierStatus.RETURNED_TO_PROVINCE, Workflow.Action.RETURN, route, 2);
        assertThat(back).isEqualTo(new Workflow.Move(DossierStatus.RETURNED, null));
        assertThat(back.to().holding()).isFalse();
        // Rejection (reason required) at the national level, or by the deciding authority after appraisal.
        assertThat(Workflow.move(DossierStatus.PROPOSED_TO_STATE, Workflow.Action.REJECT, route, 2).to())
                .isEqualTo(DossierStatus.REJECTED);
        assertThat(Workflow.move(DossierStatus.STATE_APPRAISED, Workflow.Action.REJECT, route, 2).to())
                .isEqualTo(DossierStatus.REJECTED);
        assertThat(Workflow.move(DossierStatus.STATE_APPRAISED, Workflow.Action.RETURN, route, 2)).isNull();
        assertThat(Workflow.needsReason(Workflow.Action.PROPOSE)).isFalse();
    }

    @Test
    void theCouncilNeedsAQuorumAndMoreThanHalfOfAllMembers() {
        CouncilRule rule = new CouncilRule(2.0 / 3.0, 0.5);

        assertThat(rule.read(15, 12, 8, 3, 1, true, LocalDate.of(2025, 2, 1), null).passed()).isTrue();
        // 7 of 15 is not more than half of all members, even if it is a majority of those present.
        assertThat(rule.read(15, 10, 7, 2, 1, true, LocalDate.of(2025, 2, 1), null).passed()).isFalse();
        // 9 present of 15 is under two thirds: no valid meeting.
        CouncilResult noQuorum = rule.read(15, 9, 9, 0, 0, false, LocalDate.of(2025, 2, 1), null);
        assertThat(noQuorum.passed()).isFalse();
        assertThat(noQuorum.explanation().get("en")).contains("no quorum");
        assertThat(rule.read(15, 10, 8, 2, 0, true, LocalDate.of(2025, 2, 1), null).explanation().get("vi"))
                .contains("bỏ phiếu kín").contains("đạt");
    }

    @Test
    void prizeMoneyIsAMultipleOfTheBaseSalaryRoundedUpToTensOfThousands() {
        Rule commune = new Rule("PRIZE_MONEY", "Giấy khen Chủ tịch UBND cấp xã", null, null, null, null, null, null,
                null, null, null, 0.3, 1.5, "152/2025/NĐ-CP", LocalDate.of(2025, 7, 1), null);

        // 0.3 × 2 340 000 = 702 000 → 710 000; a household gets 1.5 × 702 000 = 1 053 000 → 1 060 000.
        assertThat(PrizeMoney.amount(commune, "INDIVIDUAL", 2_340_000, 10_000)).isEqualTo(710_000);
        assertThat(PrizeMoney.amount(commune, "HOUSEHOLD", 2_340_000, 10_000)).isEqualTo(1_060_000);
        assertThat(PrizeMoney.amount(commune, "INDIVIDUAL", 2_340_000, 1)).isEqualTo(702_000);
        assertThat(PrizeMoney.ruleOn(List.of(commune), LocalDate.of(2025, 6, 30))).isEmpty();
        assertThat(PrizeMoney.ruleOn(List.of(commune), LocalDate.of(2025, 7, 1))).contains(commune);
    }

    @Test
    void theBaseSalaryIsTheOneInForceOnTheDecisionDay() {
        AwardSettings settings = new AwardSettings();
        AwardSettings.BaseSalary old = new AwardSettings.BaseSalary();
        old.setAmountVnd(1_800_000);
        old.setValidFrom(LocalDate.of(2023, 7, 1));
        AwardSettings.BaseSalary current = new AwardSettings.BaseSalary();
        current.setAmountVnd(2_340_000);
        current.setValidFrom(LocalDate.of(2024, 7, 1));
        settings.setBaseSalary(List.of(current, old));

        assertThat(settings.baseSalaryOn(LocalDate.of(2024, 6, 30)).orElseThrow().getAmountVnd()).isEqualTo(1_800_000);
        assertThat(settings.baseSalaryOn(LocalDate.of(2026, 1, 1)).orElseThrow().getAmountVnd()).isEqualTo(2_340_000);
        assertThat(settings.baseSalaryOn(LocalDate.of(2020, 1, 1))).isEmpty();
    }
}
