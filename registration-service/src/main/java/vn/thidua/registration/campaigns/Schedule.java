package vn.thidua.registration.campaigns;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign's calendar resolved for one year by campaign-service ({@code GET /api/v1/campaigns/{id}/schedule}),
 * the one owner of calendar resolution: the steps in force that year with their deadlines as dates, defaulted
 * chains for kinds the plan does not write, and the intake windows of the year. Only the fields registrations
 * read; campaign-service's own types are never shared.
 */
public record Schedule(String campaignId, Long campaignVersion, Integer year, String timeZone,
        String standingAgencyCode, String tenant, List<Chain> chains, List<IntakeWindow> intakeWindows) {

    public static final String REGISTRATION = "REGISTRATION";

    /** The steps of the chain of that kind for the year, in order; empty when campaign-service sent none. */
    public List<Step> steps(String kind) {
        if (chains == null) {
            return List.of();
        }
        return chains.stream().filter(c -> kind.equals(c.kind()) && c.steps() != null)
                .flatMap(c -> c.steps().stream()).filter(s -> s != null).toList();
    }

    /** The intake windows (đợt tiếp nhận) of that kind for the year; none means no intake limit. */
    public List<IntakeWindow> windows(String kind) {
        if (intakeWindows == null) {
            return List.of();
        }
        return intakeWindows.stream().filter(w -> w != null && kind.equals(w.kind())).toList();
    }

    /** A chain of one kind (REGISTRATION, DOSSIER); {@code defaulted} when the plan has none of that kind. */
    public record Chain(String kind, boolean defaulted, List<Step> steps) {
    }

    /**
     * One step in force for the year. {@code deadline} null: never late (defaulted steps).
     *
     * @param latePolicy FLAG (accepted, marked late) or REFUSE
     */
    public record Step(Integer order, String name, List<RouteEnd> from, RouteEnd to, RouteEnd via,
            LocalDate deadline, String latePolicy) {
    }

    /**
     * A level (COMMUNE, DISTRICT, AGENCY, PROVINCE; {@code ANY} in {@code from} matches every unit) or one named
     * unit, with the receiving office.
     */
    public record RouteEnd(String level, String unitCode, String office) {

        public static final String ANY = "ANY";
    }

    /** A window in which registrations or dossiers are received; outside it REFUSE (default) or FLAG. */
    public record IntakeWindow(String kind, LocalDate opensOn, LocalDate closesOn, String outsidePolicy) {
    }
}
