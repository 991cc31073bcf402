package vn.thidua.award.reservations;

/**
 * A test seam: called right after each reservation is taken (a quota slot, a once-only claim, a decision claim),
 * so a test can make the request fail exactly there and prove that everything taken before is given back. The
 * production bean does nothing.
 */
@FunctionalInterface
public interface FailurePoints {

    FailurePoints NONE = point -> {
    };

    void reached(String point);
}
