package vn.thidua.campaign.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.campaign.campaigns.Violation;

/** Coherence of calendar and intake windows against the campaign's period. Plain Java. */
public final class CalendarRules {

    private CalendarRules() {
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
