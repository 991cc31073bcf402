package vn.thidua.award.reservations;

import org.springframework.http.HttpStatus;
import vn.thidua.shared.error.ProblemException;

/**
 * The failure {@link FaultInjection} puts into a request: 503 problem+json with code {@code fault-injected}, naming
 * the reservation point and its number. Not a 500: the system tests check that no answer is a 5xx crash, and a
 * crash answers 500 {@code internal}; an injected fault must be told apart from one by status and code. 503 also
 * says what it is to any client (the request was not carried out and may be sent again), which is true: everything
 * the request took has been given back.
 */
public final class FaultInjected extends ProblemException {

    public FaultInjected(String point, int number) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "fault-injected", java.util.List.of(),
                java.util.Map.of("point", point, "reservation", number), number, point);
    }
}
