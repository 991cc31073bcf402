package vn.thidua.registration.registrations;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.thidua.registration.campaigns.Schedule.IntakeWindow;

/**
 * Intake windows (đợt tiếp nhận) of the year, as the schedule gives them for one kind. Plain rules:
 * <ul>
 *   <li>a kind without windows has no intake limit;</li>
 *   <li>a day inside any window (both ends included) is inside;</li>
 *   <li>a day outside every window is accepted with a flag only when every window says FLAG; otherwise refused
 *       (REFUSE is the plan's default, and one refusing window is the stricter reading).</li>
 * </ul>
 */
public final class IntakeWindows {

    private IntakeWindows() {
    }

    public enum Outcome { INSIDE, OUTSIDE_FLAGGED, OUTSIDE_REFUSED }

    /** The outcome and the windows it was judged against, for the answer and the record. */
    public record Judgement(Outcome outcome, List<IntakeWindow> windows) {

        public boolean outside() {
            return outcome != Outcome.INSIDE;
        }

        /** The windows as the refusal names them: {@code 2025-01-01 – 2025-01-20, 2025-07-01 – 2025-07-15}. */
        public String described() {
            return windows.stream().map(w -> w.opensOn() + " – " + w.closesOn()).collect(Collectors.joining(", "));
        }
    }

    public static Judgement judge(LocalDate day, List<IntakeWindow> windows) {
        List<IntakeWindow> dated = windows.stream()
                .filter(w -> w != null && w.opensOn() != null && w.closesOn() != null).toList();
        if (dated.isEmpty()) {
            return new Judgement(Outcome.INSIDE, List.of());
        }
        boolean inside = dated.stream().anyMatch(w -> !day.isBefore(w.opensOn()) && !day.isAfter(w.closesOn()));
        if (inside) {
            return new Judgement(Outcome.INSIDE, dated);
        }
        boolean allFlag = dated.stream().allMatch(w -> "FLAG".equals(w.outsidePolicy()));
        return new Judgement(allFlag ? Outcome.OUTSIDE_FLAGGED : Outcome.OUTSIDE_REFUSED, dated);
    }
}
