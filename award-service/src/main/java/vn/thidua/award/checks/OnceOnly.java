package vn.thidua.award.checks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.award.checks.Finding.Outcome;
import vn.thidua.award.checks.RuleChecks.Subject;
import vn.thidua.award.clients.CampaignApi.Rule;

/**
 * Tặng 01 lần (once-only award of a form to a nominee) and "một thành tích chỉ khen thưởng một lần" (one
 * achievement, one award), as claims: a key only one dossier may hold, under every equivalent code of the nominee
 * (a merged commune keeps the claims of the communes it was formed from).
 */
final class OnceOnly {

    static final String ONCE = "ONCE_PER_NOMINEE";
    static final String ACHIEVEMENT = "ONE_ACHIEVEMENT_ONE_AWARD";
    static final String ACHIEVEMENT_LAW = "06/2022/QH15, Điều 6";

    private OnceOnly() {
    }

    static void claim(Rule rule, Subject subject, List<Finding> findings, List<ClaimDemand> claims) {
        if (subject.nomineeKeys().isEmpty()) {
            findings.add(CheckMessages.finding(ONCE, Outcome.FAIL, "once.no-key", rule.legalBasis(), Map.of(),
                    rule.description()));
            return;
        }
        List<String> keys = subject.nomineeKeys().stream().map(k -> "ONCE|" + subject.formCode() + "|" + k).toList();
        claims.add(new ClaimDemand(keys.getFirst(), ONCE, rule.description(), rule.legalBasis(),
                keys.subList(1, keys.size())));
    }

    static Optional<ClaimDemand> achievement(Subject subject) {
        if (subject.achievementKey() == null || subject.achievementKey().isBlank() || subject.nomineeKeys().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ClaimDemand("ACH|" + subject.nomineeKeys().getFirst() + "|" + subject.achievementKey(),
                ACHIEVEMENT, subject.achievementKey(), ACHIEVEMENT_LAW, subject.nomineeKeys().subList(1,
                        subject.nomineeKeys().size()).stream().map(k -> "ACH|" + k + "|" + subject.achievementKey())
                        .toList()));
    }

    static Finding finding(ClaimDemand demand, String heldBy) {
        boolean once = ONCE.equals(demand.rule());
        Map<String, Object> numbers = heldBy == null ? Map.of() : Map.of("heldBy", heldBy);
        if (once) {
            return CheckMessages.finding(demand.rule(), heldBy == null ? Outcome.PASS : Outcome.FAIL,
                    heldBy == null ? "once.free" : "once.held", demand.legalBasis(), numbers, demand.description(),
                    CheckMessages.text("onceScope.LIFETIME"), demand.legalBasis(), heldBy);
        }
        return CheckMessages.finding(demand.rule(), heldBy == null ? Outcome.PASS : Outcome.FAIL,
                heldBy == null ? "achievement.free" : "achievement.held", demand.legalBasis(), numbers,
                demand.description(), heldBy);
    }
}
