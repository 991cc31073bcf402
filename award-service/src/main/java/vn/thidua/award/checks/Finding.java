package vn.thidua.award.checks;

import java.util.List;
import java.util.Map;

/**
 * One result of a rule check, explained in words (Vietnamese and English), with the legal basis and the numbers
 * behind it, so an officer sees why a dossier may or may not go on.
 *
 * <p>A finding made with {@link #coded} carries a stable {@code code} and its {@code args}; its {@code message}
 * is rendered from the {@code finding-messages} and {@code rule-finding-messages} bundles (vi, en) by
 * {@link FindingMessages}, never built in Java.
 * The message is rendered when the finding is made and kept with it, so a stored dossier shows the words it was
 * judged with even after the bundle changes; clients that translate by themselves use {@code code} and
 * {@code args}. Every finding is made with {@link #coded}; only findings stored before codes existed are read
 * back without one.
 *
 * <p>{@code numbers} keys are meant to be fixed words ({@code value}, {@code threshold}, {@code used}, {@code max}
 * …); the store keeps them as a list of {@code {key, value}} either way (see {@code StoreConversions}), so a key
 * holding plan data can never break a save.
 *
 * @param rule    what was checked: ELIGIBILITY, CRITERION:&lt;code&gt;, ONCE_PER_NOMINEE, ONE_ACHIEVEMENT_ONE_AWARD,
 *                THRESHOLD, QUOTA, ANNUAL_BEST, DEADLINE, COMPETENCE, REGISTRATION
 * @param outcome FAIL blocks (422); WARN, NEEDS_JUDGEMENT and NOT_CONFIRMED are for the reviewer
 * @param code    the message code in {@code finding-messages} (e.g. {@code deadline.late-flagged}), or null
 * @param args    the message's arguments in the bundle's order: text, or a {@link FindingMessages.Part} (code and
 *                arguments) rendered in the message's language
 */
public record Finding(String rule, Outcome outcome, Map<String, String> message, String legalBasis,
        Map<String, Object> numbers, String code, List<Object> args) {

    /**
     * NOT_CONFIRMED (issue 12): the value the rule needs is only declared, not confirmed by the level above; the
     * rule is neither met nor failed until it is. It does not block (the confirmation may come), and never passes.
     */
    public enum Outcome { PASS, FAIL, WARN, NEEDS_JUDGEMENT, NOT_CONFIRMED }

    public Finding {
        numbers = numbers == null ? Map.of() : numbers;
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A finding with a message code rendered from the bundles in both languages. */
    public static Finding coded(String rule, Outcome outcome, String code, String legalBasis,
            Map<String, Object> numbers, Object... args) {
        List<Object> text = FindingMessages.texts(args);
        return new Finding(rule, outcome, FindingMessages.render(code, text), legalBasis, numbers, code, text);
    }

    public boolean blocks() {
        return outcome == Outcome.FAIL;
    }
}
