package vn.thidua.award.checks;

import java.util.Map;
import vn.thidua.award.checks.ConditionChecks.Judged;
import vn.thidua.award.checks.Finding.Outcome;
import vn.thidua.award.checks.RuleChecks.Facts;
import vn.thidua.award.checks.RuleChecks.Subject;
import vn.thidua.award.clients.CampaignApi.Condition;

/** RATE_SUSTAINED: a rate held for N consecutive years (… 03 năm liên tục trước khi trình khen thưởng). */
final class SustainedRate {

    private SustainedRate() {
    }

    static Judged judge(Condition condition, String text, Subject subject, Facts facts) {
        return new Judged(Outcome.NEEDS_JUDGEMENT, CheckMessages.text("judgement", text),
                Map.of("kind", "RATE_SUSTAINED", "consecutiveYears", String.valueOf(condition.consecutiveYears())));
    }
}
