package vn.thidua.registration.registrations;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.registration.campaigns.Schedule.RouteEnd;
import vn.thidua.registration.campaigns.Schedule.Step;
import vn.thidua.registration.units.Level;

/**
 * The REGISTRATION steps of the Lai Châu plan (seed 004, demo LC-NTM-2021-2025) as campaign-service resolves them
 * for a year: the district step ends on 30/06/2025, the commune step begins on 01/07/2025.
 */
final class LaiChauPlan {

    static final String STANDING_AGENCY = "12-SNNMT";
    static final String HOME_AFFAIRS = "12-SNV";

    static final List<Step> STEPS_2025 = List.of(
            new Step(1, "Các huyện, thành phố đăng ký nội dung thi đua gửi cơ quan thường trực",
                    List.of(new RouteEnd("DISTRICT", null, null)), new RouteEnd(null, STANDING_AGENCY, "Sở NN&MT"),
                    null, LocalDate.of(2025, 1, 15), "FLAG"),
            new Step(2, "Cơ quan thường trực tổng hợp kết quả đăng ký thi đua gửi Sở Nội vụ",
                    List.of(new RouteEnd(null, STANDING_AGENCY, null)), new RouteEnd(null, HOME_AFFAIRS, "Sở Nội vụ"),
                    null, LocalDate.of(2025, 1, 31), "FLAG"));

    static final List<Step> STEPS_2026 = List.of(
            new Step(1, "Các xã gửi đăng ký thi đua tới cơ quan thường trực (sau sắp xếp đơn vị hành chính)",
                    List.of(new RouteEnd("COMMUNE", null, null)), new RouteEnd(null, STANDING_AGENCY, "Sở NN&MT"),
                    null, LocalDate.of(2026, 1, 15), "FLAG"),
            new Step(2, "Cơ quan thường trực tổng hợp kết quả đăng ký thi đua gửi Sở Nội vụ",
                    List.of(new RouteEnd(null, STANDING_AGENCY, null)), new RouteEnd(null, HOME_AFFAIRS, "Sở Nội vụ"),
                    null, LocalDate.of(2026, 1, 31), "FLAG"));

    /** Thị trấn Tam Đường (03390) in Huyện Tam Đường (106) before 1 July 2025. */
    static final List<RouteUnit> COMMUNE_BEFORE_REFORM = List.of(new RouteUnit("12", Level.PROVINCE),
            new RouteUnit("106", Level.DISTRICT), new RouteUnit("03390", Level.COMMUNE));
    /** Xã Bình Lư (03390) directly under the province from 1 July 2025. */
    static final List<RouteUnit> COMMUNE_AFTER_REFORM = List.of(new RouteUnit("12", Level.PROVINCE),
            new RouteUnit("03390", Level.COMMUNE));
    static final List<RouteUnit> DISTRICT = List.of(new RouteUnit("12", Level.PROVINCE),
            new RouteUnit("106", Level.DISTRICT));
    static final List<RouteUnit> STANDING = List.of(new RouteUnit("12", Level.PROVINCE),
            new RouteUnit(STANDING_AGENCY, Level.AGENCY));
    static final List<RouteUnit> SNV = List.of(new RouteUnit("12", Level.PROVINCE),
            new RouteUnit(HOME_AFFAIRS, Level.AGENCY));
    static final List<RouteUnit> HEALTH_DEPARTMENT = List.of(new RouteUnit("12", Level.PROVINCE),
            new RouteUnit("12-SYT", Level.AGENCY));

    private LaiChauPlan() {
    }
}
