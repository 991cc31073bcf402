package vn.thidua.award.reservations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.thidua.award.checks.AwardClaims;
import vn.thidua.award.checks.QuotaCounters;

/**
 * Opens a {@link ReservationScope} per request. The failure points are {@link FaultInjection}'s on the system-test
 * stack, none in production.
 */
@Component
public class Reservations {

    private final QuotaCounters quotas;
    private final AwardClaims claims;
    private final FailurePoints points;

    public Reservations(QuotaCounters quotas, AwardClaims claims, Optional<FailurePoints> points) {
        this.quotas = quotas;
        this.claims = claims;
        this.points = points.orElse(FailurePoints.NONE);
    }

    /**
     * A scope for one dossier; {@code heldByStored} answers what the stored dossier holds when giving back (read
     * only then, after a failure).
     */
    public ReservationScope open(String dossierId, Supplier<Collection<String>> heldByStored) {
        return new ReservationScope(quotas, claims, points, dossierId, heldByStored);
    }

    /** A scope for takings not tied to one dossier's holdings (decision claims). */
    public ReservationScope open() {
        return new ReservationScope(quotas, claims, points, null, List::of);
    }
}
