package vn.thidua.campaign.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.thidua.campaign.validation.Violation;

/** Coherence of calendar and intake windows against the campaign's period. Plain Java. */
public final class CalendarRules {

    static final int MAX_APPRAISAL_DAYS = 90;
    /** The levels whose units can be told to issue their own plan (the registry lists them under the owner). */
    static final Set<String> LOWER_PLAN_LEVELS = Set.of("DISTRICT", "COMMUNE", "AGENCY", "MASS_ORGANISATION");
    /** The last day districts exist (huyện end with the two-level local government, 1 July 2025). */
    static final LocalDate LAST_DISTRICT_DAY = LocalDate.of(2025, 6, 30);

    private CalendarRules() {
    }

    /**
     * "Issue your plan by <date>": only a LOWER_PLANS_DUE milestone names who must, on a date, by level or unit
     * code; districts cannot be expected after they ended.
     */
    static List<Violation> checkExpectedFrom(Milestone m, String path) {
        List<Violation> out = new ArrayList<>();
        if (m.expectedFrom() == null || m.expectedFrom().isEmpty()) {
            return out;
        }
        if (m.kind() != MilestoneKind.LOWER_PLANS_DUE) {
            out.add(new Violation(path + ".expectedFrom", "not-for-milestone-kind", m.kind()));
            return out;
        }
        if (m.date() == null) {
            out.add(Violation.required(path + ".date"));
        }
        for (int i = 0; i < m.expectedFrom().size(); i++) {
            RouteEnd end = m.expectedFrom().get(i);
            String at = path + ".expectedFrom[" + i + "]";
            if (!end.defined()) {
                out.add(Violation.required(at + ".level"));
            } else if (end.level() != null && !LOWER_PLAN_LEVELS.contains(end.level())) {
                out.add(new Violation(at + ".level", "unsupported-level", end.level(),
                        String.join(", ", LOWER_PLAN_LEVELS.stream().sorted().toList())));
            } else if ("DISTRICT".equals(end.level()) && m.date() != null && m.date().isAfter(LAST_DISTRICT_DAY)) {
                out.add(new Violation(at + ".level", "level-ended", end.level(), LAST_DISTRICT_DAY));
            }
        }
        return out;
    }

    public static List<Violation> check(CampaignCalendar calendar, int startYear, int endYear) {
        List<Violation> out = new ArrayList<>();
        if (calendar == null) {
            return out;
        }
        List<Milestone> milestones = calendar.milestones() == null ? List.of() : calendar.milestones();
        for (int i = 0; i < milestones.size(); i++) {
            Milestone m = milestones.get(i);
            String path = "calendar.milestones[" + i + "]";
            if (m.year() == null && m.date() == null && m.yearlyBy() == null) {
                out.add(Violation.required(path + ".year"));
            }
            if (m.year() != null && (m.year() < startYear || m.year() > endYear)) {
                out.add(new Violation(path + ".year", "outside-period", startYear, endYear));
            }
            if (m.date() != null && (m.date().getYear() < startYear || m.date().getYear() > endYear)) {
                out.add(new Violation(path + ".date", "outside-period", startYear, endYear));
            }
            if (m.yearlyBy() != null && !m.yearlyBy().valid()) {
                out.add(new Violation(path + ".yearlyBy", "invalid-day-month"));
            }
            out.addAll(checkExpectedFrom(m, path));
        }
        if (calendar.appraisalWorkingDays() != null
                && (calendar.appraisalWorkingDays() < 1 || calendar.appraisalWorkingDays() > MAX_APPRAISAL_DAYS)) {
            out.add(new Violation("calendar.appraisalWorkingDays", "out-of-range", 1, MAX_APPRAISAL_DAYS));
        }
        List<SubmissionChain> chains = calendar.chains() == null ? List.of() : calendar.chains();
        for (int c = 0; c < chains.size(); c++) {
            List<ChainStep> steps = chains.get(c).steps() == null ? List.of() : chains.get(c).steps();
            for (int i = 0; i < steps.size(); i++) {
                ChainStep s = steps.get(i);
                String path = "calendar.chains[" + c + "].steps[" + i + "]";
                if (s.deadline() != null && !s.deadline().valid()) {
                    out.add(new Violation(path + ".deadline", "invalid-day-month"));
                }
                if (s.validFrom() != null && s.validTo() != null && s.validTo().isBefore(s.validFrom())) {
                    out.add(new Violation(path + ".validTo", "date-not-before", path + ".validFrom"));
                }
                if (s.to() != null && !s.to().defined()) {
                    out.add(Violation.required(path + ".to.level"));
                }
                if (s.from() != null) {
                    for (int f = 0; f < s.from().size(); f++) {
                        if (!s.from().get(f).defined()) {
                            out.add(Violation.required(path + ".from[" + f + "].level"));
                        }
                    }
                }
            }
        }
        return out;
    }

    public static List<Violation> checkWindows(List<IntakeWindow> windows, int startYear, int endYear) {
        List<Violation> out = new ArrayList<>();
        if (windows == null) {
            return out;
        }
        LocalDate first = LocalDate.of(startYear, 1, 1);
        LocalDate last = LocalDate.of(endYear, 12, 31);
        for (int i = 0; i < windows.size(); i++) {
            IntakeWindow w = windows.get(i);
            String path = "intakeWindows[" + i + "]";
            if (w.opensOn() != null && w.closesOn() != null && w.closesOn().isBefore(w.opensOn())) {
                out.add(new Violation(path + ".closesOn", "date-not-before", path + ".opensOn"));
            }
            if (w.opensOn() != null && (w.opensOn().isBefore(first) || w.opensOn().isAfter(last))) {
                out.add(new Violation(path + ".opensOn", "outside-period", startYear, endYear));
            }
            if (w.closesOn() != null && (w.closesOn().isBefore(first) || w.closesOn().isAfter(last))) {
                out.add(new Violation(path + ".closesOn", "outside-period", startYear, endYear));
            }
        }
        return out;
    }
}
