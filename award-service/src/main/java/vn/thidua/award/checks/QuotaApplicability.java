package vn.thidua.award.checks;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.thidua.award.checks.RuleChecks.Fact;

/**
 * Whether a quota that concerns only units holding a status ("mỗi xã đạt chuẩn nông thôn mới 05 cá nhân") applies
 * to a dossier, so that no proposer can switch a legal quota off with a value of its own (issue 12):
 * <ul>
 * <li>a status held, by a value vouched for by someone other than the proposer → the quota applies;</li>
 * <li>the status is not held, and every value saying so is vouched for → the quota does not apply;</li>
 * <li>any value only declared (not confirmed by the level above), or confirmed by the proposing unit itself →
 * the quota applies, and the finding says why;</li>
 * <li>no value at all → the unit is not known to hold the status: the quota does not apply, with a warning for
 * the reviewer (as before). A unit cannot get there from a recorded status: its own correction of a confirmed
 * value is only declared (the quota applies), and only the level above rejects a value.</li>
 * </ul>
 */
final class QuotaApplicability {

    enum Verdict {
        HELD(true), NOT_HELD(false), NOT_CONFIRMED(true), UNKNOWN(false);

        private final boolean applies;

        Verdict(boolean applies) {
            this.applies = applies;
        }

        boolean applies() {
            return applies;
        }
    }

    /** The verdict and the value it rests on (the latest quoted), for the finding. */
    record Judged(Verdict verdict, Optional<Fact> quoted) {
    }

    private QuotaApplicability() {
    }

    static Judged judge(List<String> statuses, Function<String, Optional<Fact>> valueOf, String proposingUnitCode) {
        Optional<Fact> held = Optional.empty();
        Optional<Fact> unvouched = Optional.empty();
        Optional<Fact> notHeld = Optional.empty();
        for (String status : statuses) {
            Optional<Fact> fact = valueOf.apply(status);
            if (fact.isEmpty()) {
                continue;
            }
            if (!fact.get().vouchedAgainst(proposingUnitCode)) {
                unvouched = unvouched.or(() -> fact);
            } else if (fact.get().value() >= 1) {
                held = held.or(() -> fact);
            } else {
                notHeld = fact;
            }
        }
        if (held.isPresent()) {
            return new Judged(Verdict.HELD, held);
        }
        if (unvouched.isPresent()) {
            return new Judged(Verdict.NOT_CONFIRMED, unvouched);
        }
        return notHeld.isPresent() ? new Judged(Verdict.NOT_HELD, notHeld)
                : new Judged(Verdict.UNKNOWN, Optional.empty());
    }
}
