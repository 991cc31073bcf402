package vn.thidua.registration.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.shared.error.ProblemException.FieldViolation;

/**
 * What a recorded result must satisfy, beyond the field formats:
 * <ul>
 *   <li>it was measured by today (Vietnam), not in the future: results are facts, not plans;</li>
 *   <li>a FLAG indicator (đạt / chưa đạt) is 1 or 0.</li>
 * </ul>
 */
public final class ProgressRules {

    public static final String FLAG = "FLAG";
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private ProgressRules() {
    }

    public static List<FieldViolation> check(ProgressRequest request, LocalDate today) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.measuredOn() != null && request.measuredOn().isAfter(today)) {
            violations.add(new FieldViolation("measuredOn", "in-future", today));
        }
        if (request.measuredOn() != null && request.measuredOn().isBefore(EARLIEST)) {
            // Campaign years start at 2000 everywhere: an older day is a typo (0001-01-01), not a result.
            violations.add(new FieldViolation("measuredOn", "out-of-range", EARLIEST, today));
        }
        if (FLAG.equals(request.unitOfMeasure()) && request.value() != null
                && request.value().compareTo(BigDecimal.ZERO) != 0 && request.value().compareTo(BigDecimal.ONE) != 0) {
            violations.add(new FieldViolation("value", "flag-value"));
        }
        return violations;
    }

    /** 19.000 → 19, 1.50 → 1.5, 100 stays 100 (never 1E+2). */
    public static BigDecimal normalized(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
