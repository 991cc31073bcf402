package vn.thidua.registration.units;

import java.util.regex.Pattern;

/**
 * Unit codes. Official codes are digits by level (province 2, district 3, commune 5, QĐ 19/2025/QĐ-TTg and the
 * statistics office's catalogue). Registered codes start with the tenant's province code and a hyphen
 * ({@code 12-SNNMT}, {@code 12-TH-0007}), so they never collide with official codes nor across tenants.
 */
public final class UnitCodes {

    public static final Pattern OFFICIAL = Pattern.compile("\\d{2}|\\d{3}|\\d{5}");
    public static final String REGISTERED_REGEX = "(\\d{2})-[A-Z0-9]+(-[A-Z0-9]+)*";
    public static final Pattern REGISTERED = Pattern.compile(REGISTERED_REGEX);
    public static final int MAX_LENGTH = 40;

    private UnitCodes() {
    }

    public static boolean official(String code) {
        return code != null && OFFICIAL.matcher(code).matches();
    }

    public static boolean registered(String code) {
        return code != null && code.length() <= MAX_LENGTH && REGISTERED.matcher(code).matches();
    }

    /** The tenant a registered code names: {@code 12} for {@code 12-SNNMT}. */
    public static String tenantOf(String registeredCode) {
        return registeredCode.substring(0, 2);
    }
}
