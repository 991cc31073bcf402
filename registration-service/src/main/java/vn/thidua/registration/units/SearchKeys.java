package vn.thidua.registration.units;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Vietnamese names folded for search: no accents (tones and vowel marks dropped), {@code đ/Đ → d}, lower case,
 * anything that is not a letter or digit (apostrophes, hyphens, stray spaces, line breaks) becomes one space.
 * "Xã Ea H’Leo" and "Xa Ea H'Leo" fold to the same key, "Thành phố Hồ Chí Minh" to "thanh pho ho chi minh".
 */
public final class SearchKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private SearchKeys() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(plain).replaceAll(" ").trim();
    }

    /**
     * What the index holds for one or more names: every word-boundary suffix of each folded name, so that an
     * anchored prefix query (which an index serves) finds a name by any of its words: "quang tri", "tri" and
     * "tinh quang tri" all find "Tỉnh Quảng Trị".
     */
    public static List<String> keys(Collection<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            String folded = fold(name);
            if (folded.isEmpty()) {
                continue;
            }
            String[] words = folded.split(" ");
            for (int i = 0; i < words.length; i++) {
                keys.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
            }
        }
        return new ArrayList<>(keys);
    }

    /** The names of a unit as printed: NFC, single spaces, trimmed. */
    public static String clean(String name) {
        if (name == null) {
            return null;
        }
        return Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
    }
}
