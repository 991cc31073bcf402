package vn.thidua.award.history;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese names folded for search (tìm không dấu): "Nguyễn Thị Đào" and "nguyen thi dao" meet. Marks are
 * removed after canonical decomposition, đ/Đ (a letter of its own, not a mark) becomes d, everything else that is
 * not a letter or digit becomes one space.
 */
public final class NameKeys {

    private NameKeys() {
    }

    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        return decomposed.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
