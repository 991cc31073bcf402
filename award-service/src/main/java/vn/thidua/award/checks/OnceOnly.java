package vn.thidua.award.checks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.thidua.award.checks.Finding.Outcome;
import vn.thidua.award.checks.RuleChecks.Subject;
import vn.thidua.award.clients.CampaignApi.Rule;

/**
 * Tặng 01 lần (once-only award of a form to a nominee) and "một thành tích chỉ khen thưởng một lần" (one
 * achievement, one award), as claims: a key only one dossier may hold, under every equivalent code of the nominee
 * (a merged commune keeps the claims of the communes it was formed from).
 * <ul>
 * <li>Once in the campaign (the usual "mỗi xã chỉ được tặng Cờ một lần trong phong trào"):
 * {@code ONCE|<campaign>|<form>|<nominee>}. Once for life, where the law says so: {@code ONCE|<form>|<nominee>}
 * (the key once-only claims always had), also refused by the form held in any campaign.</li>
 * <li>One achievement: the server's key {@code ACH|<campaign>|<year>|<occasion>|<nominee>}, whatever the form: the
 * same nominee is not proposed twice for the same round of the same campaign. The client's achievement key only
 * tells apart achievements of awards on achievement (khen thưởng theo thành tích, đột xuất), several a year.</li>
 * </ul>
 */
final class OnceOnly {

    static final String ONCE = "ONCE_PER_NOMINEE";
    static final String ACHIEVEMENT = "ONE_ACHIEVEMENT_ONE_AWARD";
    static final String CAMPAIGN = "CAMPAIGN";
    static final String LIFETIME = "LIFETIME";
    static final String ACHIEVEMENT_LAW = "06/2022/QH15, Điều 6";

    private OnceOnly() {
    }

    static String scope(Rule rule) {
        return LIFETIME.equals(rule.onceScope()) ? LIFETIME : CAMPAIGN;
    }

    static void claim(Rule rule, Subject subject, List<Finding> findings, List<ClaimDemand> claims) {
        String scope = scope(rule);
        if (subject.nomineeKeys().isEmpty()) {
            findings.add(CheckMessages.finding(ONCE, Outcome.FAIL, "once.no-key", rule.legalBasis(),
                    Map.of("onceScope", scope), rule.description()));
            return;
        }
        String prefix = LIFETIME.equals(scope) ? "ONCE|" + subject.formCode() + "|"
                : "ONCE|" + subject.campaignId() + "|" + subject.formCode() + "|";
        List<String> keys = subject.nomineeKeys().stream().map(k -> prefix + k).toList();
        List<String> anyCampaign = LIFETIME.equals(scope) ? subject.nomineeKeys().stream()
                .map(k -> "^ONCE\\|[^|]*\\|" + Pattern.quote(subject.formCode()) + "\\|" + Pattern.quote(k) + "$")
                .toList() : List.of();
        claims.add(new ClaimDemand(keys.getFirst(), ONCE, rule.description(), rule.legalBasis(),
                keys.subList(1, keys.size()), scope, anyCampaign));
    }

    static Optional<ClaimDemand> achievement(Subject subject) {
        if (subject.nomineeKeys().isEmpty()) {
            return Optional.empty();
        }
        String occasion = subject.occasion() == null ? "ANNUAL" : subject.occasion();
        boolean narrowed = "ON_ACHIEVEMENT".equals(occasion) && subject.achievementKey() != null
                && !subject.achievementKey().isBlank();
        List<String> keys = subject.nomineeKeys().stream().map(k -> achievementKey(subject.campaignId(),
                subject.year(), subject.occasion(), k, subject.achievementKey())).toList();
        String described = subject.year() + " " + occasion + (narrowed ? " " + subject.achievementKey() : "");
        return Optional.of(new ClaimDemand(keys.getFirst(), ACHIEVEMENT, described, ACHIEVEMENT_LAW,
                keys.subList(1, keys.size())));
    }

    /**
     * The server's "one achievement, one award" key: the dossier's campaign, year and occasion (ANNUAL when none)
     * and the nominee, narrowed by the client's achievement key only for awards on achievement.
     */
    static String achievementKey(String campaignId, Integer year, String occasion, String nomineeKey,
            String clientKey) {
        String round = occasion == null ? "ANNUAL" : occasion;
        boolean narrowed = "ON_ACHIEVEMENT".equals(round) && clientKey != null && !clientKey.isBlank();
        return "ACH|" + campaignId + "|" + year + "|" + round + "|" + nomineeKey + (narrowed ? "|" + clientKey : "");
    }

    static Finding finding(ClaimDemand demand, String heldBy) {
        Map<String, Object> numbers = new LinkedHashMap<>();
        if (heldBy != null) {
            numbers.put("heldBy", heldBy);
        }
        Outcome outcome = heldBy == null ? Outcome.PASS : Outcome.FAIL;
        if (ONCE.equals(demand.rule())) {
            // Claims made before rules had a scope used the lifetime key.
            String scope = demand.scope() == null ? LIFETIME : demand.scope();
            numbers.put("onceScope", scope);
            return CheckMessages.finding(demand.rule(), outcome, heldBy == null ? "once.free" : "once.held",
                    demand.legalBasis(), numbers, demand.description(), CheckMessages.text("onceScope." + scope),
                    demand.legalBasis(), heldBy);
        }
        return CheckMessages.finding(demand.rule(), outcome, heldBy == null ? "achievement.free"
                : "achievement.held", demand.legalBasis(), numbers, demand.description(), heldBy);
    }
}
