package vn.thidua.award.dossiers;

import java.time.LocalDate;

/**
 * How personal data looks to those who do not need it: enough to tell two nominees apart and to recognise one's
 * own, not enough to use. Plain Java.
 * <ul>
 * <li>citizen id: the first digit and the last three, the rest {@code x} — {@code 012084000101} →
 * {@code 0xxxxxxxx101};</li>
 * <li>birth date: the year only — {@code 1984-xx-xx};</li>
 * <li>address: the last part only (the commune or province), the rest {@code xxx} —
 * {@code "Bản Tả Lèng, xã Tả Lèng, tỉnh Lai Châu"} → {@code "xxx, tỉnh Lai Châu"}.</li>
 * </ul>
 */
public final class PersonalDataMask {

    private PersonalDataMask() {
    }

    public static String personalId(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() <= 4) {
            return "x".repeat(id.length());
        }
        return id.charAt(0) + "x".repeat(id.length() - 4) + id.substring(id.length() - 3);
    }

    public static String birthDate(LocalDate day) {
        return day == null ? null : String.format("%04d-xx-xx", day.getYear());
    }

    public static String address(String address) {
        if (address == null) {
            return null;
        }
        int comma = address.lastIndexOf(',');
        String last = comma < 0 ? "" : address.substring(comma + 1).trim();
        return last.isEmpty() ? "xxx" : "xxx, " + last;
    }
}
