package vn.thidua.campaign.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves a plan's calendar for one year: the one place that turns day-months, year offsets and validity dates
 * into the dates of a year. Plain Java.
 *
 * <p>A plan without a chain of a kind still routes (most plans do not write one): with a standing agency (cơ quan
 * thường trực) every holder submits to it and it submits to the province; without one, every holder submits to the
 * province's emulation secretariat (Sở Nội vụ). Defaulted steps have no deadline, so nothing on them is ever late.
 */
public final class ScheduleResolver {

    /** Matches every holder in a step's {@code from}. */
    public static final String ANY_LEVEL = "ANY";
    /** In a step's {@code to}: the province's emulation secretariat (appraisal at the tenant's own unit). */
    public static final String PROVINCE_LEVEL = "PROVINCE";

    private ScheduleResolver() {
    }

    /**
     * @param planReference    the plan's document (number or code), the basis of a limit the plan sets itself
     * @param appraisalDefault the configured limit, used when the plan's calendar sets none
     */
    public static Schedule resolve(CampaignCalendar calendar, List<IntakeWindow> windows, String standingAgencyCode,
            int year, String planReference, Schedule.Appraisal appraisalDefault) {
        List<SubmissionChain> written = calendar == null || calendar.chains() == null ? List.of() : calendar.chains();
        List<Schedule.Chain> chains = new ArrayList<>();
        for (ChainKind kind : ChainKind.values()) {
            List<SubmissionChain> ofKind = written.stream().filter(c -> c.kind() == kind).toList();
            chains.add(ofKind.isEmpty() ? defaulted(kind, standingAgencyCode)
                    : new Schedule.Chain(kind, false, stepsFor(ofKind, year)));
        }
        Integer planDays = calendar == null ? null : calendar.appraisalWorkingDays();
        Schedule.Appraisal appraisal = planDays != null
                ? new Schedule.Appraisal(planDays, planReference) : appraisalDefault;
        return new Schedule(chains, windowsFor(windows, year), milestonesFor(calendar, year), appraisal);
    }

    /** The steps of a year: those in force on their own deadline, in order (several chains of a kind merge). */
    static List<Schedule.Step> stepsFor(List<SubmissionChain> chains, int year) {
        return chains.stream().flatMap(c -> c.stepsFor(year).stream())
                .sorted(Comparator.comparing(ChainStep::order))
                .map(s -> new Schedule.Step(s.order(), s.name(), s.from(), s.to(), s.via(), s.deadlineFor(year),
                        s.lateSubmission()))
                .toList();
    }

    static Schedule.Chain defaulted(ChainKind kind, String standingAgencyCode) {
        RouteEnd anyone = new RouteEnd(ANY_LEVEL, null, null);
        RouteEnd province = new RouteEnd(PROVINCE_LEVEL, null, null);
        if (standingAgencyCode == null) {
            return new Schedule.Chain(kind, true, List.of(
                    new Schedule.Step(1, null, List.of(anyone), province, null, null, LatePolicy.FLAG)));
        }
        RouteEnd agency = new RouteEnd(null, standingAgencyCode, null);
        return new Schedule.Chain(kind, true, List.of(
                new Schedule.Step(1, null, List.of(anyone), agency, null, null, LatePolicy.FLAG),
                new Schedule.Step(2, null, List.of(agency), province, null, null, LatePolicy.FLAG)));
    }

    static List<Schedule.Window> windowsFor(List<IntakeWindow> windows, int year) {
        if (windows == null) {
            return List.of();
        }
        return windows.stream().filter(w -> w.forYear() == null || w.forYear() == year)
                .sorted(Comparator.comparing(IntakeWindow::opensOn))
                .map(w -> new Schedule.Window(w.kind(), w.opensOn(), w.closesOn(),
                        w.outsidePolicy() == null ? LatePolicy.REFUSE : w.outsidePolicy()))
                .toList();
    }

    static List<Schedule.Event> milestonesFor(CampaignCalendar calendar, int year) {
        if (calendar == null || calendar.milestones() == null) {
            return List.of();
        }
        List<Schedule.Event> out = new ArrayList<>();
        for (Milestone m : calendar.milestones()) {
            LocalDate date = null;
            if (m.date() != null) {
                date = m.date().getYear() == year ? m.date() : null;
            } else if (m.yearlyBy() != null) {
                date = m.yearlyBy().inYear(year);
            }
            boolean inYear = date != null || m.date() == null && m.yearlyBy() == null && m.year() != null
                    && m.year() == year;
            if (inYear) {
                out.add(new Schedule.Event(m.code(), m.kind(), m.name(), year, date, m.to(),
                        m.expectedFrom() == null ? List.of() : m.expectedFrom()));
            }
        }
        out.sort(Comparator.comparing(Schedule.Event::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }
}
