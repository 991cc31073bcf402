package vn.thidua.award.reservations;

/**
 * Called right after each reservation is taken (a quota slot, a once-only claim, a decision claim), so that a test
 * can make the request fail exactly there and prove that everything taken before is given back. In production there
 * is no bean and {@link #NONE} does nothing; the system-test stack enables {@link FaultInjection}, which fails the
 * request at the point its {@code X-Thidua-Fault} header names.
 */
@FunctionalInterface
public interface FailurePoints {

    FailurePoints NONE = point -> {
    };

    void reached(String point);
}
