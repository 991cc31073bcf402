package vn.thidua.award.checks;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders a finding's code and arguments from the bundles ({@code _vi} Vietnamese, the root English), keys
 * {@code finding.<code>}: {@code finding-messages} for the dossier flow's findings (deadlines, registration,
 * competence, council …), {@code rule-finding-messages} for the rule checks' (eligibility, criteria, quotas …);
 * the first bundle holding the key wins. Plain Java (a {@link ResourceBundle}, UTF-8), so the rules that make
 * findings stay testable without Spring. An unknown code renders as the code itself with its arguments, never
 * fails a check.
 *
 * <p>An argument may itself be a {@link Part} (a code and its arguments, e.g. a condition judged inside a rule, or
 * "in 2024" inside a quota's sentence): it is rendered in the same language before the sentence is. A part whose
 * code starts with {@code join.} is a list: its arguments rendered and joined with the code's words (" và ").
 */
public final class FindingMessages {

    /**
     * A piece of a sentence with its own code and arguments (each a string or a part), kept as structure so a
     * client that renders findings itself can render it too.
     */
    public record Part(String code, List<Object> args) {
        public Part {
            args = args == null ? List.of() : List.copyOf(args);
        }

        public static Part of(String code, Object... args) {
            return new Part(code, texts(args));
        }
    }

    static final List<String> BUNDLES = List.of("finding-messages", "rule-finding-messages");
    public static final List<String> LANGUAGES = List.of("vi", "en");

    private FindingMessages() {
    }

    public static Map<String, String> render(String code, List<?> args) {
        Map<String, String> message = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            message.put(language, render(code, args, language));
        }
        return message;
    }

    public static String render(String code, List<?> args, String language) {
        Locale locale = Locale.forLanguageTag(language);
        List<String> words = new ArrayList<>();
        for (Object arg : args) {
            words.add(arg instanceof Part part ? render(part.code(), part.args(), language) : String.valueOf(arg));
        }
        String pattern = pattern(code, locale);
        if (pattern == null) {
            return code + " " + words;
        }
        if (code.startsWith("join.")) {
            return String.join(pattern, words);
        }
        try {
            return new MessageFormat(pattern, locale).format(words.toArray());
        } catch (IllegalArgumentException malformed) {
            return code + " " + words;
        }
    }

    private static String pattern(String code, Locale locale) {
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey("finding." + code)) {
                    return bundle.getString("finding." + code);
                }
            } catch (MissingResourceException notHere) {
                // No such bundle: try the next, else the code itself.
            }
        }
        return null;
    }

    /**
     * Arguments as text (a list joined with ", "; null as "?"), parts kept as parts: numbers and dates are
     * formatted by the caller, so plain text here.
     */
    static List<Object> texts(Object... args) {
        List<Object> text = new ArrayList<>();
        for (Object arg : args) {
            text.add(arg instanceof Part part ? part
                    : arg instanceof Iterable<?> many ? String.join(", ", toStrings(many))
                    : arg == null ? "?" : String.valueOf(arg));
        }
        return text;
    }

    private static List<String> toStrings(Iterable<?> many) {
        List<String> out = new ArrayList<>();
        many.forEach(item -> out.add(String.valueOf(item)));
        return out;
    }
}
