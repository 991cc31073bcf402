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
 */
public final class FindingMessages {

    static final List<String> BUNDLES = List.of("finding-messages", "rule-finding-messages");
    public static final List<String> LANGUAGES = List.of("vi", "en");

    private FindingMessages() {
    }

    public static Map<String, String> render(String code, List<String> args) {
        Map<String, String> message = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            message.put(language, render(code, args, language));
        }
        return message;
    }

    public static String render(String code, List<String> args, String language) {
        Locale locale = Locale.forLanguageTag(language);
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey("finding." + code)) {
                    return new MessageFormat(bundle.getString("finding." + code), locale).format(args.toArray());
                }
            } catch (MissingResourceException | IllegalArgumentException notHere) {
                // No such bundle (yet) or a malformed pattern: try the next, else the code itself.
            }
        }
        return code + " " + args;
    }

    /** Arguments as text: numbers and dates the way the bundle shows them is the bundle's word, so plain text here. */
    static List<String> texts(Object... args) {
        List<String> text = new ArrayList<>();
        for (Object arg : args) {
            text.add(arg instanceof Iterable<?> many ? String.join(", ", toStrings(many)) : String.valueOf(arg));
        }
        return text;
    }

    private static List<String> toStrings(Iterable<?> many) {
        List<String> out = new ArrayList<>();
        many.forEach(item -> out.add(String.valueOf(item)));
        return out;
    }
}
