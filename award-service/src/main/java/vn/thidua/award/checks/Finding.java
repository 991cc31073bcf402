package vn.thidua.award.checks;

import java.util.Map;

/**
 * One result of a rule check, explained in words (Vietnamese and English), with the legal basis and the numbers
 * behind it, so an officer sees why a dossier may or may not go on.
 *
 * @param rule    what was checked: ELIGIBILITY, CRITERION:&lt;code&gt;, ONCE_PER_NOMINEE, ONE_ACHIEVEMENT_ONE_AWARD,
 *                THRESHOLD, QUOTA, ANNUAL_BEST, DEADLINE, COMPETENCE, REGISTRATION
 * @param outcome FAIL blocks (422); WARN and NEEDS_JUDGEMENT are for the reviewer
 */
public record Finding(String rule, Outcome outcome, Map<String, String> message, String legalBasis,
        Map<String, Object> numbers) {

    public enum Outcome { PASS, FAIL, WARN, NEEDS_JUDGEMENT }

    public static Finding of(String rule, Outcome outcome, String vi, String en, String legalBasis,
            Map<String, Object> numbers) {
        return new Finding(rule, outcome, Map.of("vi", vi, "en", en), legalBasis,
                numbers == null ? Map.of() : numbers);
    }

    public boolean blocks() {
        return outcome == Outcome.FAIL;
    }
}
