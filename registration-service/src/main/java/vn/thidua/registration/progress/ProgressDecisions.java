package vn.thidua.registration.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.thidua.registration.progress.ConfirmationRequest.Decision;
import vn.thidua.registration.progress.ProgressRecord.Confirmation;
import vn.thidua.registration.progress.ProgressRecord.PastValue;
import vn.thidua.registration.progress.ProgressRecord.Standing;
import vn.thidua.registration.registrations.RegistrationPolicy;
import vn.thidua.registration.registrations.RegistrationPolicy.Action;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.sync.ChangeFeed;
import vn.thidua.shared.sync.Stamp;

/**
 * What happens to a declared value afterwards: the level above confirms or rejects it
 * ({@link ConfirmationRules}), and a unit corrects it, keeping the value it replaces. Both need the version the
 * caller read (If-Match): nobody confirms a value changed under their eyes.
 */
@Service
public class ProgressDecisions {

    private final Progress progress;
    private final MongoTemplate mongo;
    private final ChangeFeed changes;
    private final Clock clock;

    public ProgressDecisions(Progress progress, MongoTemplate mongo, ChangeFeed changes, Clock clock) {
        this.progress = progress;
        this.mongo = mongo;
        this.changes = changes;
        this.clock = clock;
    }

    public ProgressRecord decide(String id, ConfirmationRequest request, long expectedVersion,
            PlatformPrincipal caller) {
        ProgressRecord value = progress.get(id, caller);
        if (request.decision() == Decision.REJECT && (request.note() == null || request.note().isBlank())) {
            throw ProblemException.invalid("note", "required");
        }
        ConfirmationRules.refusal(caller, value).ifPresent(code -> {
            throw "already-decided".equals(code)
                    ? ProblemException.conflict(code, value.standing())
                    : new ProblemException(HttpStatus.FORBIDDEN, code, value.unitCode(), value.declaredByUnit());
        });
        Instant now = clock.instant();
        Confirmation decided = new Confirmation(request.decision() == Decision.CONFIRM ? Standing.CONFIRMED
                : Standing.REJECTED, caller.username(), caller.unitCode(), now, blankToNull(request.source()),
                blankToNull(request.note()));
        return write(value, expectedVersion, new Update().set("confirmation", decided), now);
    }

    public ProgressRecord correct(String id, CorrectionRequest request, long expectedVersion,
            PlatformPrincipal caller) {
        ProgressRecord value = progress.get(id, caller);
        RegistrationPolicy.POLICY.require(caller, Action.RECORD_PROGRESS);
        if (ProgressRules.FLAG.equals(value.unitOfMeasure()) && request.value().compareTo(BigDecimal.ZERO) != 0
                && request.value().compareTo(BigDecimal.ONE) != 0) {
            throw ProblemException.invalid("value", "flag-value");
        }
        Instant now = clock.instant();
        List<PastValue> history = new ArrayList<>(value.history() == null ? List.of() : value.history());
        history.add(new PastValue(value.value(), value.note(), declarer(value), value.declaredByUnit(),
                value.declaredAt() != null ? value.declaredAt() : value.createdAt(), value.confirmation(),
                caller.username(), now, request.reason()));
        // A corrected value is declared anew: confirmed only when the level above corrects it itself.
        Confirmation confirmation = Progress.enteredConfirmation(caller, value.tenant(), value.unitPath(),
                value.unitCode(), now);
        return write(value, expectedVersion, new Update().set("value", ProgressRules.normalized(request.value()))
                .set("history", history).set("declaredBy", caller.username())
                .set("declaredByUnit", caller.unitCode()).set("declaredAt", now).set("confirmation", confirmation),
                now);
    }

    /** One conditional update on the version read: a concurrent change answers 412 and this writes nothing. */
    private ProgressRecord write(ProgressRecord value, long expectedVersion, Update update, Instant now) {
        if (value.version() == null || value.version() != expectedVersion) {
            throw ProblemException.preconditionFailed(value.version());
        }
        Stamp stamp = changes.next(Progress.FEED);
        update.inc("version", 1).set("updatedAt", now).set("changeSeq", stamp.seq()).set("changedAt", stamp.at());
        var result = mongo.updateFirst(Query.query(Criteria.where("_id").is(value.id()).and("version")
                .is(expectedVersion)), update, ProgressRecord.class);
        if (result.getMatchedCount() == 0) {
            ProgressRecord current = mongo.findById(value.id(), ProgressRecord.class);
            throw ProblemException.preconditionFailed(current == null ? null : current.version());
        }
        return mongo.findById(value.id(), ProgressRecord.class);
    }

    /** Who declared the present value: stored before declarations were tracked, its creator. */
    static String declarer(ProgressRecord value) {
        return value.declaredBy() != null ? value.declaredBy() : value.createdBy();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
