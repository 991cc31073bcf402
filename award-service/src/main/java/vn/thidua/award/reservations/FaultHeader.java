package vn.thidua.award.reservations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.shared.error.ProblemException;

/**
 * The request header that arms a fault: {@code X-Thidua-Fault: after-reservation:<k>} fails the request right
 * after the k-th reservation it takes (k ≥ 1, counted over the whole request: a batch counts across its dossiers).
 */
public record FaultHeader(int afterReservation) {

    public static final String NAME = "X-Thidua-Fault";
    private static final Pattern FORM = Pattern.compile("\\s*after-reservation\\s*:\\s*(\\d{1,4})\\s*");

    /** The armed fault, or null when the header is absent or blank; 400 naming the header when unreadable. */
    public static FaultHeader parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher matcher = FORM.matcher(value);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < 1) {
            throw ProblemException.invalid(NAME, "fault-header", value);
        }
        return new FaultHeader(Integer.parseInt(matcher.group(1)));
    }

    @Override
    public String toString() {
        return "after-reservation:" + afterReservation;
    }
}
