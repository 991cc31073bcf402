package vn.thidua.award.dossiers;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.thidua.award.checks.Finding;
import vn.thidua.award.checks.Finding.Outcome;
import vn.thidua.shared.error.ProblemException;

/**
 * The findings the dossier flow itself makes (deadlines, registration, progress scope), each with a message code
 * of {@code finding-messages} and its arguments; numbers under fixed keys. Plain Java.
 */
public final class FlowFindings {

    private FlowFindings() {
    }

    /**
     * A hand-over against its step's deadline: on time (PASS), late and flagged (WARN), or refused (422
     * {@code deadline-passed}) as the step's late policy says. No deadline is never late.
     */
    public static Finding deadline(RouteStop.Deadline deadline, LocalDate today) {
        if (deadline == null || deadline.date() == null) {
            return Finding.coded("DEADLINE", Outcome.PASS, "deadline.none", null, Map.of());
        }
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("step", deadline.stepOrder());
        numbers.put("deadline", deadline.date().toString());
        numbers.put("on", today.toString());
        return switch (Timeliness.judge(deadline, today)) {
            case ON_TIME -> Finding.coded("DEADLINE", Outcome.PASS, "deadline.on-time", null, numbers,
                    deadline.stepOrder(), deadline.date());
            case LATE_FLAGGED -> Finding.coded("DEADLINE", Outcome.WARN, "deadline.late-flagged", null, numbers,
                    deadline.stepOrder(), deadline.date(), deadline.stepName());
            case REFUSED -> throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "deadline-passed",
                    List.of(), Map.of("step", deadline.stepOrder(), "deadline", deadline.date().toString()),
                    deadline.stepOrder(), deadline.date());
        };
    }

    /** The appraisal stop's decide-by date, shown when the dossier arrives there. */
    public static Finding decideBy(RouteStop.Deadline decideBy, int workingDays, LocalDate arrivedOn) {
        return Finding.coded("DEADLINE", Outcome.PASS, "deadline.decide-by", null,
                Map.of("decideBy", decideBy.date().toString(), "workingDays", workingDays, "on",
                        arrivedOn.toString()), decideBy.date(), workingDays, arrivedOn);
    }

    /** Decided against the stop's decide-by date: within it (PASS) or after it (WARN, flagged late; never refused). */
    public static Finding decidedBy(RouteStop.Deadline decideBy, LocalDate today) {
        Map<String, Object> numbers = Map.of("decideBy", decideBy.date().toString(), "on", today.toString());
        return today.isAfter(decideBy.date())
                ? Finding.coded("DEADLINE", Outcome.WARN, "deadline.decided-late", null, numbers, decideBy.date(),
                        today)
                : Finding.coded("DEADLINE", Outcome.PASS, "deadline.decided-in-time", null, numbers,
                        decideBy.date(), today);
    }

    /** The nominee (or proposing) unit's registration for the year: registered (PASS) or not (WARN, seed 004). */
    public static Finding registration(String unit, int year, String registrationId, String status) {
        if (registrationId == null) {
            return Finding.coded("REGISTRATION", Outcome.WARN, "registration.missing", null, Map.of(), unit, year);
        }
        return Finding.coded("REGISTRATION", Outcome.PASS, "registration.found", null,
                Map.of("registrationId", registrationId), unit, year, status);
    }

    /** Units whose progress the caller may not read: the checks needing them are left to the next level. */
    public static Finding progressScope(List<String> units) {
        return Finding.coded("PROGRESS_SCOPE", Outcome.WARN, "progress.not-visible", null, Map.of("units", units),
                units);
    }
}
