package vn.thidua.award.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.checks.Finding.Outcome;

/** Once-only awards in their scope, and one achievement one award, settled with the real claims store. */
class OnceOnlyTest {

    final InMemoryStore store = new InMemoryStore();
    final AwardClaims claims = new AwardClaims(store.mongo);
    final RuleChecks.Facts none = (unit, indicator) -> Optional.empty();
    static final Map<String, String> LEVELS = Map.of("44", "PROVINCE", "44112", "COMMUNE", "19999", "COMMUNE");

    @AfterEach
    void close() {
        store.close();
    }

    static RuleSnapshot plan(String campaignId, String onceScope, String legalBasis) {
        return Plans.snapshot(campaignId, "COLLECTIVE", "COMMUNE", "MINISTRY_OR_PROVINCE",
                Plans.once("Cờ thi đua tặng 01 lần cho xã đạt chuẩn nông thôn mới", onceScope, legalBasis));
    }

    static RuleChecks.Subject commune(String campaignId, int year, String occasion, List<String> keys,
            String achievementKey) {
        return new RuleChecks.Subject(campaignId, "44", "CO_THI_DUA", "COLLECTIVE", keys, "44112", occasion, Map.of(),
                achievementKey, "44112", "COMMUNE", List.of("44", "44112"), LEVELS, year);
    }

    /** The finding of one claim kind after trying to take every claim of the dossier. */
    Finding settle(RuleSnapshot plan, RuleChecks.Subject subject, String dossierId, String rule) {
        Finding found = null;
        for (ClaimDemand demand : RuleChecks.evaluate(plan, subject, none).claims()) {
            Finding finding = RuleChecks.claimFinding(demand, claims.claim(demand, "44", dossierId));
            if (finding.rule().equals(rule)) {
                found = finding;
            }
        }
        return found;
    }

    @Test
    void aCommuneIsGivenTheFlagOnceInTheCampaignAndMayBeGivenItAgainInTheNextOne() {
        RuleSnapshot first = plan("qt-ntm-2021", null, "KH 123/KH-UBND, mục IV");
        RuleSnapshot next = plan("qt-ntm-2026", "CAMPAIGN", "KH 45/KH-UBND, mục IV");

        Finding granted = settle(first, commune("qt-ntm-2021", 2023, "ANNUAL", List.of("U:44112"), null), "d1",
                OnceOnly.ONCE);
        Finding again = settle(first, commune("qt-ntm-2021", 2025, "FINAL_REVIEW", List.of("U:44112"), null), "d2",
                OnceOnly.ONCE);
        Finding nextCampaign = settle(next, commune("qt-ntm-2026", 2026, "ANNUAL", List.of("U:44112"), null), "d3",
                OnceOnly.ONCE);

        assertThat(granted.outcome()).isEqualTo(Outcome.PASS);
        assertThat(granted.message().get("vi")).contains("trong phong trào này").contains("KH 123/KH-UBND");
        assertThat(again.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(again.numbers()).containsEntry("heldBy", "d1").containsEntry("onceScope", "CAMPAIGN");
        assertThat(again.message().get("en")).contains("in this campaign").contains("KH 123/KH-UBND").contains("d1");
        assertThat(nextCampaign.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aLifetimeAwardIsRefusedWhenTheNomineeWasGivenTheFormInAnyCampaign() {
        settle(plan("qt-ntm-2021", "CAMPAIGN", "KH 123/KH-UBND"),
                commune("qt-ntm-2021", 2023, "ANNUAL", List.of("U:44112"), null), "d1", OnceOnly.ONCE);

        Finding lifetime = settle(plan("qt-other", "LIFETIME", "Luật 06/2022/QH15, Điều 71"),
                commune("qt-other", 2026, "ANNUAL", List.of("U:44112"), null), "d2", OnceOnly.ONCE);
        Finding otherCommune = settle(plan("qt-other", "LIFETIME", "Luật 06/2022/QH15, Điều 71"),
                commune("qt-other", 2026, "ANNUAL", List.of("U:19999"), null), "d3", OnceOnly.ONCE);

        assertThat(lifetime.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(lifetime.message().get("vi")).contains("từ trước đến nay").contains("Điều 71").contains("d1");
        assertThat(lifetime.numbers()).containsEntry("onceScope", "LIFETIME");
        assertThat(otherCommune.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aMergedCommuneKeepsTheOnceOnlyClaimOfTheCommuneItWasFormedFrom() {
        RuleSnapshot plan = plan("lc-ntm", null, "KH 04/KH-UBND");
        settle(plan, commune("lc-ntm", 2024, "ANNUAL", List.of("U:03391"), null), "d-old", OnceOnly.ONCE);

        // The commune formed on 1/7/2025 from 03391, proposed under its new code with the old one equivalent.
        Finding merged = settle(plan, commune("lc-ntm", 2025, "FINAL_REVIEW", List.of("U:03390", "U:03391"), null),
                "d-new", OnceOnly.ONCE);

        assertThat(merged.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(merged.numbers()).containsEntry("heldBy", "d-old");
    }

    @Test
    void oneAchievementIsAwardedOnceWhateverTheFormAndWithoutAClientKey() {
        RuleSnapshot plan = Plans.snapshot("bt-ntm", "COLLECTIVE", "COMMUNE", "MINISTRY_OR_PROVINCE");

        Finding first = settle(plan, commune("bt-ntm", 2024, "ANNUAL", List.of("U:44112"), null), "d1",
                OnceOnly.ACHIEVEMENT);
        Finding secondForm = settle(plan, commune("bt-ntm", 2024, "ANNUAL", List.of("U:44112"), "my-own-key"),
                "d2", OnceOnly.ACHIEVEMENT);
        Finding nextYear = settle(plan, commune("bt-ntm", 2025, "ANNUAL", List.of("U:44112"), null), "d3",
                OnceOnly.ACHIEVEMENT);
        Finding review = settle(plan, commune("bt-ntm", 2024, "MID_TERM_REVIEW", List.of("U:44112"), null), "d4",
                OnceOnly.ACHIEVEMENT);

        assertThat(first.outcome()).isEqualTo(Outcome.PASS);
        assertThat(secondForm.outcome()).as("a client key does not make a new achievement of the annual round")
                .isEqualTo(Outcome.FAIL);
        assertThat(secondForm.message().get("vi")).contains("d1").contains("2024 ANNUAL");
        assertThat(nextYear.outcome()).isEqualTo(Outcome.PASS);
        assertThat(review.outcome()).isEqualTo(Outcome.PASS);
        assertThat(RuleChecks.evaluate(plan, commune("bt-ntm", 2024, "ANNUAL", List.of("U:44112"), null), none)
                .claims()).extracting(ClaimDemand::key).containsExactly("ACH|bt-ntm|2024|ANNUAL|U:44112");
    }

    @Test
    void awardsOnAchievementAreToldApartByTheAchievementTheClientNames() {
        RuleSnapshot plan = Plans.snapshot("bt-ntm", "COLLECTIVE", "COMMUNE", "MINISTRY_OR_PROVINCE");

        Finding flood = settle(plan, commune("bt-ntm", 2024, "ON_ACHIEVEMENT", List.of("U:44112"), "LU-2024-09"),
                "d1", OnceOnly.ACHIEVEMENT);
        Finding storm = settle(plan, commune("bt-ntm", 2024, "ON_ACHIEVEMENT", List.of("U:44112"), "BAO-YAGI"),
                "d2", OnceOnly.ACHIEVEMENT);
        Finding floodAgain = settle(plan, commune("bt-ntm", 2024, "ON_ACHIEVEMENT", List.of("U:44112"),
                "LU-2024-09"), "d3", OnceOnly.ACHIEVEMENT);

        assertThat(flood.outcome()).isEqualTo(Outcome.PASS);
        assertThat(storm.outcome()).isEqualTo(Outcome.PASS);
        assertThat(floodAgain.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(floodAgain.numbers()).containsEntry("heldBy", "d1");
    }

    @Test
    void claimsTakenBeforeRulesHadAScopeCountInTheirDossiersCampaignOnceReKeyed() {
        claims.claim(new ClaimDemand("ONCE|CO_THI_DUA|U:44112", OnceOnly.ONCE, "Tặng 01 lần", "KH 04", List.of()),
                "44", "d-2024");

        assertThat(claims.rekeyOnceClaimsToCampaignScope(dossier -> dossier.equals("d-2024") ? "lc-ntm" : null))
                .isEqualTo(1);
        assertThat(claims.rekeyOnceClaimsToCampaignScope(dossier -> "lc-ntm")).as("idempotent").isZero();

        Finding again = settle(plan("lc-ntm", null, "KH 04"), commune("lc-ntm", 2025, "FINAL_REVIEW",
                List.of("U:44112"), null), "d-2025", OnceOnly.ONCE);
        assertThat(again.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(again.numbers()).containsEntry("heldBy", "d-2024");
    }
}
