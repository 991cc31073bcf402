package vn.thidua.award.audit;

import static vn.thidua.award.audit.AuditDocuments.HEADS;
import static vn.thidua.award.audit.AuditDocuments.RECORDS;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.bson.Document;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.thidua.award.audit.AuditChain.Head;
import vn.thidua.award.audit.AuditChain.Verification;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.lists.BoundedLists;
import vn.thidua.shared.lists.ListIndexes;
import vn.thidua.shared.lists.LongReads;
import vn.thidua.shared.web.PageResponse;
import vn.thidua.shared.web.RequestIds;

/**
 * Append-only, tamper-evident audit trail (nhật ký kiểm tra), one hash chain per tenant and one for national
 * objects. Nothing here updates or deletes a record.
 *
 * <p>Appends to one chain are serialised without transactions: the record is inserted under
 * {@code _id = chain:sequence} (unique by construction) with the sequence after the chain head's, then the head
 * document is advanced with a conditional update on the sequence it had. Two appenders racing for the same
 * sequence: one insert wins, the other gets a duplicate key, helps advance the head to the winner's record and
 * tries the next sequence. An appender that dies between its insert and the head update leaves the head one
 * behind; the next append (or verification) sees the record and completes the head. A unique index on
 * {@code eventId} makes {@link #append} idempotent even when the same event is sent twice at once.
 */
@Service
public class AuditTrail {

    /** Enough for dozens of concurrent writers on one chain; each lost race means another append succeeded. */
    private static final int MAX_ATTEMPTS = 200;

    /** The audit list's orders: one chain by sequence; every chain by time, chain and sequence. */
    static final Sort CHAIN_ORDER = Sort.by("sequence");
    static final Sort NATIONAL_ORDER = Sort.by("at", "chain", "sequence");

    private final MongoTemplate mongo;
    private final Clock clock;
    private final BoundedLists lists;

    public AuditTrail(MongoTemplate mongo, ObjectProvider<Clock> clock, BoundedLists lists) {
        this.mongo = mongo;
        this.lists = lists;
        // A Clock bean when the service has exactly one (tests pin it); otherwise UTC.
        this.clock = clock.getIfUnique(Clock::systemUTC);
        mongo.indexOps(RECORDS).createIndex(new Index().on("eventId", Sort.Direction.ASC).unique()
                .named("eventId_unique"));
        mongo.indexOps(RECORDS).createIndex(new Index().on("chain", Sort.Direction.ASC)
                .on("sequence", Sort.Direction.ASC).unique().named("chain_sequence_unique"));
        // The list's indexes (issue 15): one chain [and a subject] by sequence; every chain [a subject] by time.
        // They replace chain_subject and chain_at, which a store made before keeps until dropped by hand.
        ListIndexes.declareAll(mongo.indexOps(RECORDS), CHAIN_ORDER,
                List.of(List.of("chain"), List.of("chain", "subjectId")));
        ListIndexes.declareAll(mongo.indexOps(RECORDS), NATIONAL_ORDER, List.of(List.of(), List.of("subjectId")));
    }

    /**
     * Records one event; the same {@code eventId} again returns the record already made and appends nothing.
     * Actor, time (UTC) and request id are taken here, never from the caller.
     */
    public AuditRecord append(AuditEvent event) {
        requireText(event.eventId(), "eventId");
        requireText(event.subjectType(), "subjectType");
        requireText(event.subjectId(), "subjectId");
        requireText(event.action(), "action");
        Optional<AuditRecord> existing = byEventId(event.eventId());
        if (existing.isPresent()) {
            return existing.get();
        }
        String chain = AuditChain.chainOf(event.tenant());
        Actor actor = currentActor();
        String requestId = MDC.get(RequestIds.MDC_KEY);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Head head = headOrCreate(chain);
            AuditRecord record = AuditChain.seal(new AuditRecord(chain, head.lastSequence() + 1, event.eventId(),
                    event.subjectType(), event.subjectId(), event.tenant(), copy(event.unitPath()), event.action(),
                    event.fromStatus(), event.toStatus(), event.reason(),
                    event.details() == null ? null : new java.util.TreeMap<>(event.details()), actor.subject,
                    actor.username, actor.roles, actor.unitCode, actor.unitLevel,
                    AuditChain.truncate(clock.instant()), requestId, head.lastHash(), null));
            try {
                mongo.insert(AuditDocuments.toDocument(record), RECORDS);
            } catch (DuplicateKeyException taken) {
                Optional<AuditRecord> same = byEventId(event.eventId());
                if (same.isPresent()) {
                    return same.get();
                }
                completeHead(chain, head);
                if (attempt > 3) {
                    pause(attempt);
                }
                continue;
            }
            advanceHead(chain, head, record);
            return record;
        }
        throw new IllegalStateException("audit chain " + chain + ": no sequence after " + MAX_ATTEMPTS
                + " attempts");
    }

    /** Checks a chain end to end against its head. */
    public Verification verify(String chain) {
        Head head = head(chain).orElse(null);
        // A whole chain: each batch under the query time limit, not the whole walk (LongReads).
        try (Stream<Document> documents = LongReads.stream(mongo, RECORDS, new Document("chain", chain),
                new Document("sequence", 1), document -> document)) {
            Iterator<Document> iterator = documents.iterator();
            Iterable<AuditRecord> records = () -> new Iterator<>() {
                public boolean hasNext() {
                    return iterator.hasNext();
                }

                public AuditRecord next() {
                    return AuditDocuments.fromDocument(iterator.next());
                }
            };
            return AuditChain.verify(chain, head, records);
        }
    }

    public Optional<AuditRecord> find(String chain, long sequence) {
        Document document = mongo.findById(AuditDocuments.idOf(chain, sequence), Document.class, RECORDS);
        return Optional.ofNullable(document).map(AuditDocuments::fromDocument);
    }

    /** Records oldest first; {@code chain} empty = every chain (the national board). */
    public PageResponse<AuditRecord> list(Optional<String> chain, String subjectId, Instant from, Instant to,
            int page, int size, String after) {
        Criteria criteria = new Criteria();
        List<Criteria> and = new ArrayList<>();
        chain.ifPresent(c -> and.add(Criteria.where("chain").is(c)));
        if (subjectId != null && !subjectId.isBlank()) {
            and.add(Criteria.where("subjectId").is(subjectId));
        }
        if (from != null) {
            and.add(Criteria.where("at").gte(java.util.Date.from(from)));
        }
        if (to != null) {
            and.add(Criteria.where("at").lt(java.util.Date.from(to)));
        }
        if (!and.isEmpty()) {
            criteria = new Criteria().andOperator(and);
        }
        // One chain: its sequence is the order of record. Every chain: by time, then chain and sequence.
        PageResponse<Document> found = lists.page(chain.isPresent() ? "audit-chain" : "audit", Document.class, RECORDS,
                criteria, chain.isPresent() ? CHAIN_ORDER : NATIONAL_ORDER, page, size, after);
        return found.withItems(found.items().stream().map(AuditDocuments::fromDocument).toList());
    }

    public Optional<Head> head(String chain) {
        Document document = mongo.findById(chain, Document.class, HEADS);
        if (document == null) {
            return Optional.empty();
        }
        return Optional.of(new Head(chain, ((Number) document.get("lastSequence")).longValue(),
                document.getString("lastHash")));
    }

    // --- the head ---

    private Head headOrCreate(String chain) {
        Optional<Head> head = head(chain);
        if (head.isPresent()) {
            return head.get();
        }
        try {
            mongo.insert(new Document("_id", chain).append("lastSequence", 0L).append("lastHash",
                    AuditChain.GENESIS), HEADS);
        } catch (DuplicateKeyException createdMeanwhile) {
            // Another appender made it first: read theirs.
        }
        return head(chain).orElseThrow();
    }

    /** Moves the head from {@code seen} to {@code record}; losing means someone already did. */
    private void advanceHead(String chain, Head seen, AuditRecord record) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(chain).and("lastSequence").is(seen.lastSequence())),
                Update.update("lastSequence", record.sequence()).set("lastHash", record.hash()), HEADS);
    }

    /** The sequence after the head is taken: make the head point at that record before trying again. */
    private void completeHead(String chain, Head seen) {
        find(chain, seen.lastSequence() + 1).ifPresent(next -> advanceHead(chain, seen, next));
    }

    private Optional<AuditRecord> byEventId(String eventId) {
        Document document = mongo.findOne(Query.query(Criteria.where("eventId").is(eventId)), Document.class,
                RECORDS);
        return Optional.ofNullable(document).map(AuditDocuments::fromDocument);
    }

    // --- the actor ---

    private record Actor(String subject, String username, List<String> roles, String unitCode, String unitLevel) {
    }

    /** The caller of the request; "system" when there is none (a scheduled reconciler, a start-up job). */
    private static Actor currentActor() {
        PlatformPrincipal caller;
        try {
            caller = CurrentUser.require();
        } catch (RuntimeException noUser) {
            return new Actor("system", "system", List.of(), null, null);
        }
        return new Actor(caller.subject(), caller.username(),
                AuditChain.sortedCopy(caller.roles().stream().map(PlatformRole::claimName).toList()),
                caller.unitCode(), caller.unitLevel() == null ? null : caller.unitLevel().name());
    }

    private static List<String> copy(List<String> values) {
        return values == null ? null : new ArrayList<>(values);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("audit event without " + name);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, Math.min(20, attempt)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
