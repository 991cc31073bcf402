package vn.thidua.registration.registrations;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.thidua.registration.campaigns.CampaignApi.RouteEnd;
import vn.thidua.registration.campaigns.CampaignApi.Step;

/**
 * Who reviews a registration (đăng ký thi đua) and by which deadline, read from the campaign's REGISTRATION
 * chain for the year. Plain rules, no framework:
 * <ol>
 *   <li>The steps of a year are those in force on their own deadline (the district steps end on 30/06/2025, the
 *       commune steps begin on 01/07/2025), so the 2025 registrations, due 15/01/2025, still follow the
 *       district route and the 2026 ones the commune route.</li>
 *   <li>The registering unit is taken as it was on the year's first deadline (its path then: Thị trấn Tam Đường
 *       03390 was in Huyện Tam Đường 106 on 15/01/2025; Xã Bình Lư 03390 sits directly under the province now).</li>
 *   <li>If the unit itself is a sender of a step ({@code from} names its code or its level), the step's
 *       recipient reviews it, by that step's deadline.</li>
 *   <li>Otherwise the nearest unit above it that is a sender reviews it (a commune's registration before the
 *       reform goes to its district, which forwards its communes' approved registrations with its own as one
 *       batch), by that unit's deadline: the last day on which it can still go up on time.</li>
 *   <li>Otherwise (a department, an enterprise the route does not name) the campaign's standing agency
 *       (cơ quan thường trực) reviews it, by the deadline of the first step that goes to it.</li>
 *   <li>Otherwise there is no route: the registration cannot be submitted (422).</li>
 * </ol>
 * The reviewer is fixed at submission and recorded on the registration.
 */
public final class Routing {

    private Routing() {
    }

    /** The reviewer, the step that sets the deadline, and how the reviewer was found. */
    public record Route(String reviewerCode, String reviewerOffice, int stepOrder, String stepName, LocalDate deadline,
            LatePolicy latePolicy, How how) {
    }

    /** How the reviewer was found, for the record and the notes. */
    public enum How { OWN_STEP, THROUGH_UNIT_ABOVE, STANDING_AGENCY }

    /** What a late submission gets: accepted and flagged, or refused. */
    public enum LatePolicy {
        FLAG, REFUSE;

        static LatePolicy of(String value) {
            return "REFUSE".equals(value) ? REFUSE : FLAG;
        }
    }

    /** The deadline of a step for the registrations of a year. */
    public static LocalDate deadline(Step step, int year) {
        int inYear = year + (step.yearOffset() == null ? 0 : step.yearOffset());
        int lastDay = java.time.Month.of(step.deadline().month()).length(Year.isLeap(inYear));
        return LocalDate.of(inYear, step.deadline().month(), Math.min(step.deadline().day(), lastDay));
    }

    /** The steps that apply to a year: those in force on their own deadline, in order. */
    public static List<Step> stepsFor(List<Step> chain, int year) {
        return chain.stream()
                .filter(s -> s.deadline() != null && s.deadline().day() != null && s.deadline().month() != null)
                .filter(s -> inForce(s, deadline(s, year)))
                .sorted(Comparator.comparing(s -> s.order() == null ? Integer.MAX_VALUE : s.order()))
                .toList();
    }

    /** The day a unit's place in the tree is read on: the year's first deadline. Empty without steps. */
    public static Optional<LocalDate> referenceDay(List<Step> chain, int year) {
        return stepsFor(chain, year).stream().map(s -> deadline(s, year)).min(Comparator.naturalOrder());
    }

    /**
     * The route of a registration by the last unit of {@code path} (province first, the unit last, as of the
     * reference day).
     */
    public static Optional<Route> reviewerOf(List<Step> chain, int year, List<RouteUnit> path,
            String standingAgencyCode) {
        List<Step> steps = stepsFor(chain, year);
        RouteUnit unit = path.getLast();
        Optional<Route> own = sendersStep(steps, year, path);
        if (own.isPresent()) {
            return own;
        }
        for (int i = path.size() - 2; i >= 0; i--) {
            RouteUnit above = path.get(i);
            Optional<Step> step = steps.stream().filter(s -> sends(s, above)).findFirst();
            if (step.isPresent() && !above.code().equals(unit.code())) {
                Step s = step.get();
                return Optional.of(new Route(above.code(), null, order(s), s.name(), deadline(s, year),
                        LatePolicy.of(s.lateSubmission()), How.THROUGH_UNIT_ABOVE));
            }
        }
        if (standingAgencyCode != null && !standingAgencyCode.equals(unit.code())) {
            for (Step s : steps) {
                if (s.to() != null && standingAgencyCode.equals(s.to().unitCode())) {
                    return Optional.of(new Route(standingAgencyCode, s.to().office(), order(s), s.name(),
                            deadline(s, year), LatePolicy.of(s.lateSubmission()), How.STANDING_AGENCY));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where a reviewing unit sends what it collected (a batch): the recipient of the step it is a sender of, with
     * that step's deadline. Empty when the unit is the end of the chain (Sở Nội vụ).
     */
    public static Optional<Route> nextFor(List<Step> chain, int year, List<RouteUnit> path) {
        return sendersStep(stepsFor(chain, year), year, path);
    }

    private static Optional<Route> sendersStep(List<Step> steps, int year, List<RouteUnit> path) {
        RouteUnit unit = path.getLast();
        for (Step s : steps) {
            if (!sends(s, unit)) {
                continue;
            }
            Optional<String> recipient = resolve(s.to(), path);
            if (recipient.isPresent() && !recipient.get().equals(unit.code())) {
                return Optional.of(new Route(recipient.get(), s.to().office(), order(s), s.name(), deadline(s, year),
                        LatePolicy.of(s.lateSubmission()), How.OWN_STEP));
            }
        }
        return Optional.empty();
    }

    /** Whether a unit is one of the senders of a step: by its code, or by its level. */
    static boolean sends(Step step, RouteUnit unit) {
        if (step.from() == null) {
            return false;
        }
        for (RouteEnd end : step.from()) {
            if (end == null) {
                continue;
            }
            if (end.unitCode() != null ? end.unitCode().equals(unit.code())
                    : end.level() != null && unit.routeLevels().contains(end.level())) {
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
        List<RouteUnit> above = new ArrayList<>(path.subList(0, path.size() - 1));
        for (int i = above.size() - 1; i >= 0; i--) {
            if (above.get(i).routeLevels().contains(to.level())) {
                return Optional.of(above.get(i).code());
            }
        }
        return Optional.empty();
    }

    private static boolean inForce(Step step, LocalDate day) {
        return (step.validFrom() == null || !day.isBefore(step.validFrom()))
                && (step.validTo() == null || !day.isAfter(step.validTo()));
    }

    private static int order(Step step) {
        return step.order() == null ? 0 : step.order();
    }
}
