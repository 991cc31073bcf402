package vn.thidua.registration.units;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.sync.ChangeFeed;
import vn.thidua.shared.web.Versions;

/**
 * Units registered through the API: agencies, mass organisations, their divisions, villages, enterprises,
 * cooperatives. One
 * document per code; renaming appends to the name history; edits are optimistic ({@code @Version}, If-Match).
 * Tenant, province and path come from the parent unit, never from the client.
 */
@Service
public class RegisteredUnits {

    static final String SEQUENCES = "unit_code_sequences";

    private final MongoTemplate mongo;
    private final UnitRegistry registry;
    private final ChangeFeed feed;
    private final Clock clock = Clock.systemUTC();

    public RegisteredUnits(MongoTemplate mongo, UnitRegistry registry, ChangeFeed feed) {
        this.mongo = mongo;
        this.registry = registry;
        this.feed = feed;
    }

    public Unit create(UnitRequest request, PlatformPrincipal caller) {
        if (!WritePolicy.mayWrite(caller, officialOk(request.level()))) {
            throw ProblemException.forbidden("forbidden");
        }
        if (request.level().official()) {
            throw ProblemException.invalid("level", "not-registrable", "AGENCY, MASS_ORGANISATION, VILLAGE, "
                    + "ENTERPRISE, COOPERATIVE, DIVISION");
        }
        String from = request.validFrom().toString();
        String to = Validity.to(request.validTo());
        checkDates(request.validFrom(), request.validTo());
        Unit parent = parent(request.level(), request.parentCode(), from, to, caller);
        String tenant = parent.tenant();
        if (request.code() != null && !UnitCodes.tenantOf(request.code()).equals(tenant)) {
            throw ProblemException.invalid("code", "tenant-prefix", tenant);
        }
        var now = clock.instant();
        String name = SearchKeys.clean(request.name());
        for (int attempt = 0; ; attempt++) {
            String code = request.code() != null ? request.code() : nextCode(tenant, request.level());
            List<String> path = new ArrayList<>(parent.path());
            path.add(code);
            Unit unit = new Unit(code, code, request.level(), blankToNull(request.type()), name,
                    List.of(new Unit.UnitName(name, from)), parent.code(), parent.provinceCode(), tenant,
                    List.copyOf(path), from, to, false, SearchKeys.fold(name), SearchKeys.keys(List.of(name)), null,
                    caller.username(), now, now, null, null);
            try {
                return mongo.insert(unit.stamped(feed.next(UnitFeed.UNITS)));
            } catch (DuplicateKeyException taken) {
                // A client-given code that exists is the client's conflict; an assigned one may collide with a
                // code a client chose by hand: take the next number.
                if (request.code() != null || attempt >= 20) {
                    throw ProblemException.conflict("duplicate");
                }
            }
        }
    }

    public Unit update(String code, long expectedVersion, UnitRequest request, PlatformPrincipal caller) {
        if (!WritePolicy.mayWrite(caller, null)) {
            throw ProblemException.forbidden("forbidden");
        }
        Unit current = registry.registered(code, caller).orElse(null);
        if (current == null) {
            if (UnitCodes.official(code) && !registry.versions(code, caller).isEmpty()) {
                throw new ProblemException(HttpStatus.FORBIDDEN, "official-unit-read-only", code);
            }
            throw ProblemException.notFound("Unit", code);
        }
        if (!WritePolicy.mayWrite(caller, current.level())) {
            throw ProblemException.forbidden("forbidden");
        }
        Unit currentParent = registry.find(current.parentCode(), current.validFrom(), caller).orElse(null);
        if (currentParent == null || WritePolicy.decide(caller, current.level(), currentParent)
                != WritePolicy.Decision.ALLOWED) {
            throw ProblemException.notFound("Unit", code);
        }
        Versions.check(expectedVersion, current.version());
        if (request.code() != null && !request.code().equals(code)) {
            throw ProblemException.invalid("code", "immutable");
        }
        if (request.level() != current.level()) {
            throw ProblemException.invalid("level", "immutable");
        }
        if (!request.parentCode().equals(current.parentCode())) {
            throw ProblemException.invalid("parentCode", "immutable");
        }
        checkDates(request.validFrom(), request.validTo());
        String from = request.validFrom().toString();
        String to = Validity.to(request.validTo());
        parent(current.level(), current.parentCode(), from, to, caller);
        Unit edited = current.withEdits(blankToNull(request.type()), from, to, clock.instant());
        String name = SearchKeys.clean(request.name());
        if (!name.equals(current.name())) {
            LocalDate effective = request.nameValidFrom() != null ? request.nameValidFrom() : UnitRegistry.today();
            String day = effective.toString();
            if (!Validity.contains(from, to, day)) {
                throw ProblemException.invalid("nameValidFrom", "name-date", from,
                        request.validTo() == null ? "…" : to);
            }
            edited = edited.renamed(name, day);
        }
        // save() compares @Version: an edit that raced ours since the read fails with 412.
        return mongo.save(edited.stamped(feed.next(UnitFeed.UNITS)));
    }

    /** The parent valid on the first and on the last day of the child, readable by the caller, in scope. */
    private Unit parent(Level level, String parentCode, String from, String to, PlatformPrincipal caller) {
        if (!caller.isNational() && UnitCodes.registered(parentCode)
                && !UnitCodes.tenantOf(parentCode).equals(caller.tenant())) {
            // Another province's agency: its code says so without a lookup, so 404 tells nothing of its existence.
            throw ProblemException.notFound("Unit", parentCode);
        }
        Unit parent = registry.find(parentCode, from, caller).orElseThrow(() ->
                ProblemException.invalid("parentCode", "unknown-unit-at", parentCode, from));
        if (!level.allowedParents().contains(parent.level())) {
            throw ProblemException.invalid("parentCode", "wrong-parent-level", level, parent.level(),
                    level.allowedParents());
        }
        switch (WritePolicy.decide(caller, level, parent)) {
            case FORBIDDEN -> throw ProblemException.forbidden("forbidden");
            case OUT_OF_SCOPE -> throw ProblemException.notFound("Unit", parentCode);
            case ALLOWED -> {
            }
        }
        if (registry.find(parentCode, to, caller).isEmpty()) {
            Unit last = registry.versions(parentCode, caller).getLast();
            throw ProblemException.invalid("validTo", "outlives-parent", parentCode,
                    Objects.requireNonNullElse(Validity.toDate(last.validTo()), "…"));
        }
        return parent;
    }

    private static void checkDates(LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw ProblemException.invalid("validTo", "before-valid-from", from);
        }
    }

    /** {@code <tenant>-<kind>-<n>}: one counter document per tenant and kind, incremented atomically. */
    private String nextCode(String tenant, Level level) {
        String key = tenant + "-" + level.codePrefix();
        org.bson.Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(key)),
                new Update().inc("next", 1), FindAndModifyOptions.options().upsert(true).returnNew(true),
                org.bson.Document.class, SEQUENCES);
        long next = ((Number) counter.get("next")).longValue();
        return String.format("%s-%04d", key, next);
    }

    private static Level officialOk(Level level) {
        // An official level is refused as bad input (400), not as a missing right.
        return level == null || level.official() ? null : level;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : SearchKeys.clean(text);
    }
}
