package vn.thidua.shared.security;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Units no longer in force write nothing (đơn vị không còn tồn tại chỉ được tra cứu lịch sử): a user whose unit
 * does not exist on the day of the request keeps reading its history and may change nothing, in every service.
 * Today that is the district level (cấp huyện): the two-level local government (Luật Tổ chức chính quyền địa
 * phương 2025, Nghị quyết 202/2025/QH15) ended every district on 30 June 2025. A district officer's account is
 * not deleted on that day because the district's dossiers, registrations and decisions stay theirs to look up.
 * The cut-over date is here and only here; the day is Vietnam's (a request at 06:30 on 1 July in Hà Nội is
 * after the reform, although it is still 30 June in UTC). Plain Java, no framework.
 */
public final class UnitsInForce {

    /** The first day without districts. */
    public static final LocalDate DISTRICTS_ABOLISHED_ON = LocalDate.of(2025, 7, 1);
    /** Days are counted in Vietnam's time. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The problem code of the refusal (thidua-problems bundles). */
    public static final String PROBLEM_CODE = "unit-not-in-force";

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private UnitsInForce() {
    }

    /** Today in Vietnam, by the given clock (a service's clock, pinned in tests). */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    /** Whether the caller's unit exists on that day: a district unit (or a district officer) only before the reform. */
    public static boolean inForce(PlatformPrincipal caller, LocalDate day) {
        boolean district = caller.unitLevel() == UnitLevel.DISTRICT || caller.has(PlatformRole.DISTRICT_OFFICER);
        return !district || day.isBefore(DISTRICTS_ABOLISHED_ON);
    }

    /** A read is always allowed (the unit's history); anything else only while the caller's unit is in force. */
    public static boolean mayRequest(PlatformPrincipal caller, String httpMethod, LocalDate day) {
        return httpMethod != null && READS.contains(httpMethod.toUpperCase(Locale.ROOT)) || inForce(caller, day);
    }

    /** The refusal's arguments (unit, first day without it), empty when the request may go on. */
    public static Optional<Object[]> refusal(PlatformPrincipal caller, String httpMethod, LocalDate day) {
        if (mayRequest(caller, httpMethod, day)) {
            return Optional.empty();
        }
        return Optional.of(new Object[] {caller.unitCode(), DISTRICTS_ABOLISHED_ON.toString()});
    }
}
