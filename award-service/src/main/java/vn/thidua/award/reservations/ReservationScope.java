package vn.thidua.award.reservations;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Set;
import java.util.function.Supplier;
import vn.thidua.award.checks.AwardClaims;
import vn.thidua.award.checks.ClaimDemand;
import vn.thidua.award.checks.QuotaCounters;
import vn.thidua.award.checks.QuotaDemand;

/**
 * Everything one request takes (quota slots, once-only claims, decision claims), given back unless the request
 * commits: open it in a try-with-resources, take through it, call {@link #commit()} after the dossier is saved.
 * Any exception before that (a refused check, a lost optimistic race, a service away, a bug) closes the scope
 * uncommitted and gives back, newest first, what this request newly took. A quota slot or claim that the stored
 * dossier holds by then (a concurrent move of the same dossier won and keeps it) is left alone.
 *
 * <p>One mechanism instead of a catch at each call site: the failure-injection test walks every reservation
 * point of every path and finds the counters and claims where they were.
 */
public final class ReservationScope implements AutoCloseable {

    private record Taken(String key, Runnable giveBack) {
    }

    private final QuotaCounters quotas;
    private final AwardClaims claims;
    private final FailurePoints points;
    private final String dossierId;
    private final Supplier<Collection<String>> heldByStored;
    private final Deque<Taken> taken = new ArrayDeque<>();
    private boolean committed;

    ReservationScope(QuotaCounters quotas, AwardClaims claims, FailurePoints points, String dossierId,
            Supplier<Collection<String>> heldByStored) {
        this.quotas = quotas;
        this.claims = claims;
        this.points = points;
        this.dossierId = dossierId;
        this.heldByStored = heldByStored;
    }

    /** Takes a once-only claim for the dossier; answers the dossier holding it instead, or null when taken. */
    public String claim(ClaimDemand demand, String tenant) {
        String holder = claims.claim(demand, tenant, dossierId);
        if (holder == null) {
            taken.push(new Taken(demand.key(), () -> claims.release(demand.key(), dossierId)));
            points.reached("claim:" + demand.rule());
        }
        return holder;
    }

    /** Takes a quota slot for the dossier (idempotent per dossier). */
    public QuotaCounters.Use reserve(QuotaDemand demand) {
        QuotaCounters.Use use = quotas.reserve(demand, dossierId);
        if (use.granted()) {
            taken.push(new Taken(demand.key(), () -> quotas.release(demand.key(), dossierId)));
            points.reached("quota:" + demand.scopeUnit());
        }
        return use;
    }

    /** Something else taken by this request (a decision claim, a written decision) with how to give it back. */
    public void taken(String point, Runnable giveBack) {
        taken.push(new Taken(null, giveBack));
        points.reached(point);
    }

    /** The request succeeded: keep everything. */
    public void commit() {
        committed = true;
    }

    @Override
    public void close() {
        if (committed || taken.isEmpty()) {
            return;
        }
        Collection<String> kept = taken.stream().anyMatch(t -> t.key() != null) ? heldByStored.get() : Set.of();
        RuntimeException first = null;
        while (!taken.isEmpty()) {
            Taken next = taken.pop();
            if (next.key() != null && kept.contains(next.key())) {
                continue;
            }
            try {
                next.giveBack().run();
            } catch (RuntimeException failure) {
                // Keep giving back the rest; the first failure is reported after.
                first = first == null ? failure : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
