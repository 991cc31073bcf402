package vn.thidua.award.dossiers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.thidua.award.schedule.ResolvedSchedule.End;
import vn.thidua.award.schedule.ResolvedSchedule.Step;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitsInForce;

/**
 * The route of a dossier (tuyến trình hồ sơ), computed once at submission from the DOSSIER chain of the plan's
 * schedule for the dossier's year, as campaign-service resolves it (steps in force on their own deadline, in order;
 * a plan without a chain gets a defaulted one: to its standing agency, then to the province), and the proposing
 * unit's place. Plain Java.
 *
 * <p>So a year-2024 dossier of commune 03390 goes commune → district 106 (steps 1–2, valid to 30/6/2025) →
 * 12-SNNMT (step 3) → Sở Nội vụ (step 4), and a year-2025 dossier of the same commune, after the reform, goes
 * commune → 12-SNNMT → Sở Nội vụ. Starting from the proposer, the next step is the first later one whose
 * {@code from} matches the current holder (by unit code, by level, or {@code ANY} level); the dossier goes to the
 * step's {@code via} when there is one (the office that receives), else to its {@code to}. A step whose receiver is
 * the holder itself is internal (district standing office → UBND huyện via Phòng Nội vụ): it sets the deadline to
 * decide at that stop. The last stop, reached by a step addressed to the province, is the appraisal by Sở Nội vụ;
 * a chain without one ends with appraisal at the province. A step without a deadline is never late.
 */
public final class RoutePlanner {

    private RoutePlanner() {
    }

    /**
     * Where the proposer sits: its code, its level (COMMUNE, DISTRICT, AGENCY, PROVINCE) and its unit path from
     * the province down, with the level of each code on the path.
     */
    public record Place(String unitCode, String level, List<String> path, Map<String, String> levels) {
    }

    /**
     * As {@link #plan(List, Place, String, String)}, except for a form decided below the province (thẩm quyền):
     * a COMMUNE form goes to the commune on the proposer's path (its chairman), a DISTRICT form to the district
     * while the path has one (before 1/7/2025), an AGENCY form (Giấy khen của thủ trưởng cơ quan) to the agency on
     * the path (its head). The route is then that one stop, where the form is decided, returned or rejected; the
     * chain is not used. Without a unit of that level on the path the chain applies (and competence will refuse
     * the level that cannot decide).
     */
    public static List<RouteStop> plan(List<Step> chain, Place proposer, String tenant,
            String standingAgencyCode, String deciderLevel) {
        String decider = deciderOnPath(proposer, deciderLevel);
        if (decider != null) {
            // The head of an agency decides its Giấy khen himself; at a commune or district the office acts for
            // its chairman, who may act on the stop as well (see DossierAccess.requireActor).
            PlatformRole role = switch (deciderLevel) {
                case "COMMUNE" -> PlatformRole.COMMUNE_OFFICER;
                case "DISTRICT" -> PlatformRole.DISTRICT_OFFICER;
                default -> PlatformRole.DECISION_SIGNER;
            };
            return List.of(new RouteStop(0, decider, deciderLevel, null, RouteStop.Kind.REVIEW, role.claimName(),
                    null, null));
        }
        return plan(chain, proposer, tenant, standingAgencyCode);
    }

    /**
     * A route submitted on or after 1 July 2025 no longer passes a district (domain §8: dossiers in flight were
     * re-routed commune → province): its district stops are dropped and the next stop receives the dossier, by
     * the arrival deadline of the dropped stop when it had none (the hand-over the plan asked of the district).
     * Without the re-routing a district stop would wait for users who may write nothing
     * ({@code UnitsInForce}). A route that would be left empty (a district's own Giấy khen) stays as it is:
     * competence refuses a district decision after the reform and says why.
     */
    public static List<RouteStop> reroutedOn(List<RouteStop> route, LocalDate day) {
        if (day.isBefore(UnitsInForce.DISTRICTS_ABOLISHED_ON)
                || route.stream().noneMatch(stop -> "DISTRICT".equals(stop.level()))) {
            return route;
        }
        List<RouteStop> kept = new ArrayList<>();
        RouteStop.Deadline carried = null;
        for (RouteStop stop : route) {
            if ("DISTRICT".equals(stop.level()) && stop.kind() == RouteStop.Kind.REVIEW) {
                carried = carried != null ? carried : stop.arrival();
                continue;
            }
            RouteStop.Deadline arrival = stop.arrival() != null ? stop.arrival() : carried;
            kept.add(new RouteStop(kept.size(), stop.unitCode(), stop.level(), stop.office(), stop.kind(), stop.role(),
                    arrival, stop.decideBy()));
            carried = null;
        }
        return kept.isEmpty() ? route : List.copyOf(kept);
    }

    /** The unit of the deciding level on the proposer's path, nearest to the proposer; null when there is none. */
    static String deciderOnPath(Place proposer, String deciderLevel) {
        if (deciderLevel == null || !List.of("COMMUNE", "DISTRICT", "AGENCY").contains(deciderLevel)) {
            return null;
        }
        if (levelMatches(deciderLevel, proposer.level())) {
            return proposer.unitCode();
        }
        List<String> path = proposer.path() == null ? List.of() : proposer.path();
        for (int i = path.size() - 1; i >= 0; i--) {
            if (deciderLevel.equals(proposer.levels().get(path.get(i)))) {
                return path.get(i);
            }
        }
        return null;
    }

    public static List<RouteStop> plan(List<Step> chain, Place proposer, String tenant,
            String standingAgencyCode) {
        List<Step> steps = chain;
        List<RouteStop> stops = new ArrayList<>();
        String holderCode = proposer.unitCode();
        String holderLevel = proposer.level();
        int lastOrder = 0;
        boolean appraisal = false;
        while (!appraisal) {
            Step step = next(steps, lastOrder, holderCode, holderLevel);
            if (step == null) {
                break;
            }
            lastOrder = step.order();
            End receiver = step.via() != null && step.via().defined() ? step.via() : step.to();
            String code = resolve(receiver, proposer, tenant);
            if (code == null) {
                continue;
            }
            RouteStop.Deadline deadline = new RouteStop.Deadline(step.order(), step.name(), step.deadline(),
                    step.latePolicy() == null ? "FLAG" : step.latePolicy());
            if (code.equals(holderCode)) {
                // Internal to the holder (district standing office → UBND huyện; the standing agency sending its
                // own staff "through itself"): no new stop; at a stop it is the deadline to decide there.
                if (!stops.isEmpty()) {
                    RouteStop here = stops.removeLast();
                    stops.add(new RouteStop(here.index(), here.unitCode(), here.level(), here.office(), here.kind(),
                            here.role(), here.arrival(), deadline));
                }
                continue;
            }
            String level = receiver.unitCode() != null ? levelOf(code, proposer, tenant) : receiver.level();
            boolean toProvince = step.to() != null && "PROVINCE".equals(step.to().level());
            boolean last = toProvince && !Objects.equals(code, standingAgencyCode);
            RouteStop.Kind kind = last ? RouteStop.Kind.APPRAISAL : RouteStop.Kind.REVIEW;
            stops.add(new RouteStop(stops.size(), code, level, receiver.office(), kind,
                    roleAt(kind, code, level, standingAgencyCode).claimName(), deadline, null));
            holderCode = code;
            holderLevel = level;
            appraisal = last;
        }
        if (stops.isEmpty() || stops.getLast().kind() != RouteStop.Kind.APPRAISAL) {
            // A chain that stops short of the province still ends with Sở Nội vụ's appraisal (Luật TĐKT, Art. 84).
            stops.add(new RouteStop(stops.size(), tenant, "PROVINCE", "Sở Nội vụ", RouteStop.Kind.APPRAISAL,
                    PlatformRole.APPRAISER.claimName(), null, null));
        }
        return List.copyOf(stops);
    }

    private static Step next(List<Step> steps, int after, String holderCode, String holderLevel) {
        for (Step step : steps) {
            if (step.order() <= after || step.from() == null) {
                continue;
            }
            for (End from : step.from()) {
                if (from.unitCode() != null ? from.unitCode().equals(holderCode)
                        : levelMatches(from.level(), holderLevel)) {
                    return step;
                }
            }
        }
        return null;
    }

    /** A chain names sở, ban, ngành "DEPARTMENT"; the unit registry calls them AGENCY. ANY matches every holder. */
    static boolean levelMatches(String stepLevel, String unitLevel) {
        if ("ANY".equals(stepLevel)) {
            return true;
        }
        if (stepLevel == null || unitLevel == null) {
            return false;
        }
        return stepLevel.equals(unitLevel) || ("DEPARTMENT".equals(stepLevel) && "AGENCY".equals(unitLevel));
    }

    private static String resolve(End end, Place proposer, String tenant) {
        if (end == null) {
            return null;
        }
        if (end.unitCode() != null) {
            return end.unitCode();
        }
        if ("PROVINCE".equals(end.level())) {
            return tenant;
        }
        // A level above the proposer: its ancestor at that level on the proposer's path of the year.
        for (String code : proposer.path()) {
            if (end.level() != null && end.level().equals(proposer.levels().get(code))) {
                return code;
            }
        }
        return null;
    }

    private static String levelOf(String code, Place proposer, String tenant) {
        if (code.equals(tenant)) {
            return "PROVINCE";
        }
        return proposer.levels().getOrDefault(code, "AGENCY");
    }

    private static PlatformRole roleAt(RouteStop.Kind kind, String code, String level, String standingAgencyCode) {
        if (kind == RouteStop.Kind.APPRAISAL) {
            return PlatformRole.APPRAISER;
        }
        if (code.equals(standingAgencyCode)) {
            return PlatformRole.STANDING_AGENCY_OFFICER;
        }
        return switch (level == null ? "" : level) {
            case "DISTRICT" -> PlatformRole.DISTRICT_OFFICER;
            case "COMMUNE" -> PlatformRole.COMMUNE_OFFICER;
            case "PROVINCE" -> PlatformRole.PROVINCE_ADMIN;
            default -> PlatformRole.DEPARTMENT_OFFICER;
        };
    }
}
