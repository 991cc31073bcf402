package vn.thidua.registration.registrations;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.thidua.registration.campaigns.Schedule.RouteEnd;
import vn.thidua.registration.campaigns.Schedule.Step;

/**
 * Who reviews a registration (đăng ký thi đua) and by which deadline, read from the REGISTRATION steps that
 * campaign-service resolved for the year (in force, dated, defaulted when the plan writes no chain). Plain rules,
 * no framework:
 * <ol>
 *   <li>The registering unit is taken as it was on the year's first deadline (its path then: Thị trấn Tam Đường
 *       03390 was in Huyện Tam Đường 106 on 15/01/2025; Xã Bình Lư 03390 sits directly under the province now).</li>
 *   <li>If the unit itself is a sender of a step ({@code from} names its code, its level, or {@code ANY}), the
 *       step's recipient reviews it, by that step's deadline.</li>
 *   <li>Otherwise the nearest unit above it that is a sender reviews it (a commune's registration before the
 *       reform goes to its district, which forwards its communes' approved registrations with its own as one
 *       batch), by that unit's deadline: the last day on which it can still go up on time.</li>
 *   <li>Otherwise (a department, an enterprise the route does not name) the route a plan without a chain gets:
 *       the campaign's standing agency (cơ quan thường trực), by the deadline of the first step that goes to it
 *       (none: never late); without one, or for the standing agency itself, the province's emulation secretariat
 *       (Sở Nội vụ, at the province's own unit), with no deadline. So every plan accepts a registration.</li>
 *   <li>Only the province itself, above which there is nobody, has no route.</li>
 * </ol>
 * The reviewer is fixed at submission and recorded on the registration.
 */
public final class Routing {

    public static final String PROVINCE = "PROVINCE";

    private Routing() {
    }

    /** The reviewer, the step that sets the deadline (null: never late), and how the reviewer was found. */
    public record Route(String reviewerCode, String reviewerOffice, int stepOrder, String stepName, LocalDate deadline,
            LatePolicy latePolicy, How how) {
    }

    /** How the reviewer was found, for the record and the notes. */
    public enum How { OWN_STEP, THROUGH_UNIT_ABOVE, STANDING_AGENCY, PROVINCE }

    /** What a late submission gets: accepted and flagged, or refused. */
    public enum LatePolicy {
        FLAG, REFUSE;

        static LatePolicy of(String value) {
            return "REFUSE".equals(value) ? REFUSE : FLAG;
        }
    }

    /** The day a unit's place in the tree is read on: the year's first deadline; 1 January without any. */
    public static LocalDate referenceDay(List<Step> steps, int year) {
        return steps.stream().map(Step::deadline).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(LocalDate.of(year, 1, 1));
    }

    /**
     * The route of a registration by the last unit of {@code path} (province first, the unit last, as of the
     * reference day), on the steps of its year.
     */
    public static Optional<Route> reviewerOf(List<Step> steps, List<RouteUnit> path, String standingAgencyCode) {
        List<Step> ordered = ordered(steps);
        RouteUnit unit = path.getLast();
        Optional<Route> own = sendersStep(ordered, path);
        if (own.isPresent()) {
            return own;
        }
        for (int i = path.size() - 2; i >= 0; i--) {
            RouteUnit above = path.get(i);
            Optional<Step> step = ordered.stream().filter(s -> sends(s, above)).findFirst();
            if (step.isPresent()) {
                Step s = step.get();
                return Optional.of(new Route(above.code(), null, order(s), s.name(), s.deadline(),
                        LatePolicy.of(s.latePolicy()), How.THROUGH_UNIT_ABOVE));
            }
        }
        if (standingAgencyCode != null && !standingAgencyCode.equals(unit.code())) {
            Optional<Step> toStanding = ordered.stream()
                    .filter(s -> s.to() != null && standingAgencyCode.equals(s.to().unitCode())).findFirst();
            return Optional.of(toStanding.map(s -> new Route(standingAgencyCode, s.to().office(), order(s), s.name(),
                    s.deadline(), LatePolicy.of(s.latePolicy()), How.STANDING_AGENCY))
                    .orElse(new Route(standingAgencyCode, null, 0, null, null, LatePolicy.FLAG, How.STANDING_AGENCY)));
        }
        return provinceAbove(path).map(province -> new Route(province, null, 0, null, null, LatePolicy.FLAG,
                How.PROVINCE));
    }

    /**
     * Where a reviewing unit sends what it collected (a batch): the recipient of the step it is a sender of, with
     * that step's deadline. The standing agency that no step sends from goes on to the province, as in a defaulted
     * chain. Empty when the unit is the end of the chain (Sở Nội vụ, the province).
     */
    public static Optional<Route> nextFor(List<Step> steps, List<RouteUnit> path, String standingAgencyCode) {
        Optional<Route> own = sendersStep(ordered(steps), path);
        if (own.isPresent() || standingAgencyCode == null || !standingAgencyCode.equals(path.getLast().code())) {
            return own;
        }
        return provinceAbove(path).map(province -> new Route(province, null, 0, null, null, LatePolicy.FLAG,
                How.PROVINCE));
    }

    private static List<Step> ordered(List<Step> steps) {
        return steps.stream().sorted(Comparator.comparing(Routing::order)).toList();
    }

    private static Optional<Route> sendersStep(List<Step> steps, List<RouteUnit> path) {
        RouteUnit unit = path.getLast();
        for (Step s : steps) {
            if (!sends(s, unit)) {
                continue;
            }
            Optional<String> recipient = resolve(s.to(), path);
            if (recipient.isPresent() && !recipient.get().equals(unit.code())) {
                return Optional.of(new Route(recipient.get(), s.to().office(), order(s), s.name(), s.deadline(),
                        LatePolicy.of(s.latePolicy()), How.OWN_STEP));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a unit is one of the senders of a step: by its code, by its level, or as anyone ({@code ANY}). The
     * province itself is never "anyone": chains end at it, and a defaulted chain must not send back down.
     */
    static boolean sends(Step step, RouteUnit unit) {
        if (step.from() == null) {
            return false;
        }
        for (RouteEnd end : step.from()) {
            if (end == null) {
                continue;
            }
            if (end.unitCode() != null ? end.unitCode().equals(unit.code())
                    : end.level() != null && (RouteEnd.ANY.equals(end.level())
                            ? !unit.routeLevels().contains(PROVINCE) : unit.routeLevels().contains(end.level()))) {
                return true;
            }
        }
        return false;
    }

    /** A recipient named by code is that unit; by level, the unit of that level above the sender. */
    static Optional<String> resolve(RouteEnd to, List<RouteUnit> path) {
        if (to == null) {
            return Optional.empty();
        }
        if (to.unitCode() != null) {
            return Optional.of(to.unitCode());
        }
        if (to.level() == null) {
            return Optional.empty();
        }
        for (int i = path.size() - 2; i >= 0; i--) {
            if (path.get(i).routeLevels().contains(to.level())) {
                return Optional.of(path.get(i).code());
            }
        }
        return Optional.empty();
    }

    /** The province above the unit (its emulation secretariat reviews at the province's own unit). */
    private static Optional<String> provinceAbove(List<RouteUnit> path) {
        for (int i = path.size() - 2; i >= 0; i--) {
            if (path.get(i).routeLevels().contains(PROVINCE)) {
                return Optional.of(path.get(i).code());
            }
        }
        return Optional.empty();
    }

    private static int order(Step step) {
        return step.order() == null ? 0 : step.order();
    }
}
