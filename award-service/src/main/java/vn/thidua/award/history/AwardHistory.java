package vn.thidua.award.history;

import static vn.thidua.shared.security.PlatformRole.APPRAISER;
import static vn.thidua.shared.security.PlatformRole.COMMUNE_OFFICER;
import static vn.thidua.shared.security.PlatformRole.DECISION_SIGNER;
import static vn.thidua.shared.security.PlatformRole.DEPARTMENT_OFFICER;
import static vn.thidua.shared.security.PlatformRole.DISTRICT_OFFICER;
import static vn.thidua.shared.security.PlatformRole.INSPECTOR;
import static vn.thidua.shared.security.PlatformRole.NATIONAL_ADMIN;
import static vn.thidua.shared.security.PlatformRole.PROVINCE_ADMIN;
import static vn.thidua.shared.security.PlatformRole.STANDING_AGENCY_OFFICER;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.lists.BoundedLists;
import vn.thidua.shared.lists.ListIndexes;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.RolePolicy;
import vn.thidua.shared.tenancy.ScopeQueries;
import vn.thidua.shared.web.PageResponse;

/**
 * The awards of a person or a collective across years and unit mergers (tra cứu lịch sử khen thưởng). Written
 * by the decision workflow ({@link #recordAwarded}, {@link #recordRevoked}); read by officials within their scope
 * (tenant first), the national board everywhere.
 */
@Service
public class AwardHistory {

    enum Action { READ }

    /** Everyone who prepares, checks or inspects dossiers needs past awards (once-only rules, duplicates). */
    static final RolePolicy<Action> POLICY = RolePolicy.of(Action.class)
            .allow(Action.READ, NATIONAL_ADMIN, PROVINCE_ADMIN, APPRAISER, STANDING_AGENCY_OFFICER,
                    DEPARTMENT_OFFICER, DISTRICT_OFFICER, COMMUNE_OFFICER, DECISION_SIGNER, INSPECTOR)
            .build();

    private static final String COLLECTION = "award_history";

    /** Oldest award first. */
    static final Sort ORDER = Sort.by("awardedOn");

    private final MongoTemplate mongo;
    private final RegistrySuccessions registry;
    private final Clock clock;
    private final BoundedLists lists;

    public AwardHistory(MongoTemplate mongo, RegistrySuccessions registry, ObjectProvider<Clock> clock,
            BoundedLists lists) {
        this.mongo = mongo;
        this.lists = lists;
        this.registry = registry;
        this.clock = clock.getIfUnique(Clock::systemUTC);
        // One index per lookup key (issue 15): tenant first for province lookups, the key alone for the national
        // board's, then the order of the answer (awardedOn, _id). By name the key is a word inside the folded name,
        // which no index bounds: that lookup walks the tenant (or everything) in order, stopped by the page and the
        // query time limit. They replace tenant_personalId, tenant_unit_day, tenant_nameKey, personalId and
        // unit_day, which a store made before keeps until dropped by hand.
        ListIndexes.declareAll(mongo.indexOps(HistoryEntry.class), ORDER, List.of(List.of("tenant", "personalId"),
                List.of("tenant", "nomineeUnitCode"), List.of("tenant"), List.of("personalId"),
                List.of("nomineeUnitCode"), List.of()));
    }

    /**
     * Records (or refreshes) the award of a dossier. Idempotent by dossier id; a revocation already recorded is
     * kept, so replaying a decision cannot un-revoke an award.
     */
    public void recordAwarded(AwardedEntry e) {
        if (e.dossierId() == null || e.dossierId().isBlank()) {
            throw new IllegalArgumentException("awarded entry without dossierId");
        }
        LocalDate awardedOn = e.decisionDate() != null ? e.decisionDate() : LocalDate.of(e.year(), 12, 31);
        Update update = new Update()
                .set("decisionId", e.decisionId()).set("decisionNumber", e.decisionNumber())
                .set("decisionDate", e.decisionDate()).set("issuingBody", e.issuingBody())
                .set("awardFormCode", e.awardFormCode()).set("awardFormName", e.awardFormName())
                .set("campaignId", e.campaignId()).set("year", e.year()).set("nomineeType", e.nomineeType())
                .set("nomineeName", e.nomineeName()).set("nameKey", NameKeys.fold(e.nomineeName()))
                .set("personalId", e.personalId()).set("birthDate", e.birthDate())
                .set("nomineeUnitCode", e.nomineeUnitCode()).set("proposingUnitCode", e.proposingUnitCode())
                .set("tenant", e.tenant()).set("unitPath", e.unitPath() == null ? List.of() : e.unitPath())
                .set("prizeMoneyVnd", e.prizeMoneyVnd()).set("awardedOn", awardedOn)
                .set("recordedAt", clock.instant())
                .setOnInsert("revoked", false);
        mongo.upsert(Query.query(Criteria.where("_id").is(e.dossierId())), update, HistoryEntry.class);
    }

    /** Marks the dossier's award revoked; it stays in the history. 404 when no award was recorded for it. */
    public void recordRevoked(String dossierId, String reason, String legalBasis, LocalDate revokedOn) {
        var result = mongo.updateFirst(Query.query(Criteria.where("_id").is(dossierId)),
                new Update().set("revoked", true).set("revocationReason", reason)
                        .set("revocationLegalBasis", legalBasis).set("revokedOn", revokedOn),
                HistoryEntry.class);
        if (result.getMatchedCount() == 0) {
            throw ProblemException.notFound("award history entry", dossierId);
        }
    }

    /** Every unit code whose awards are part of this unit's history (itself, predecessors, successors). */
    public Set<String> equivalentUnitCodes(String unitCode) {
        return equivalents(unitCode).codes();
    }

    UnitEquivalence.Equivalents equivalents(String unitCode) {
        return UnitEquivalence.of(unitCode, registry.levelOf(unitCode), registry);
    }

    // --- lookups ---

    /** What to look for: exactly one key, optional filters. */
    record Lookup(String personalId, String unitCode, String name, Integer year, String awardFormCode,
            String nomineeType) {
    }

    private static final Pattern PERSONAL_ID = Pattern.compile("[0-9]{9}|[0-9]{12}");

    PageResponse<HistoryItem> lookup(PlatformPrincipal caller, Lookup lookup, int page, int size, String after) {
        POLICY.require(caller, Action.READ);
        PageResponse.validate(page, size);
        List<ProblemException.FieldViolation> violations = new ArrayList<>();
        int keys = (blank(lookup.personalId()) ? 0 : 1) + (blank(lookup.unitCode()) ? 0 : 1)
                + (blank(lookup.name()) ? 0 : 1);
        if (keys != 1) {
            violations.add(new ProblemException.FieldViolation("personalId", "history-one-key"));
        }
        if (!blank(lookup.personalId()) && !PERSONAL_ID.matcher(lookup.personalId()).matches()) {
            violations.add(new ProblemException.FieldViolation("personalId", "history-personal-id"));
        }
        if (!blank(lookup.name()) && NameKeys.fold(lookup.name()).length() < 2) {
            violations.add(new ProblemException.FieldViolation("name", "history-name-short"));
        }
        if (lookup.year() != null && (lookup.year() < 1945 || lookup.year() > 2100)) {
            violations.add(new ProblemException.FieldViolation("year", "out-of-range", 1945, 2100));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        List<Criteria> and = new ArrayList<>();
        UnitEquivalence.Equivalents equivalents = null;
        if (!blank(lookup.personalId())) {
            and.add(ScopeQueries.visibleTo(caller));
            and.add(Criteria.where("personalId").is(lookup.personalId()));
        } else if (!blank(lookup.name())) {
            and.add(ScopeQueries.visibleTo(caller));
            // Folded words in order, anywhere in the folded name; quoted, so a query is never a pattern.
            and.add(Criteria.where("nameKey").regex(Pattern.quote(NameKeys.fold(lookup.name()))));
        } else {
            String unitCode = lookup.unitCode().strip();
            equivalents = equivalents(unitCode);
            and.add(ownHistory(caller, registry.pathToday(unitCode))
                    // The unit's history is its own: awards of the communes merged into it were made under paths
                    // that do not name it, yet belong to its history (restricted below to those units).
                    ? Criteria.where("tenant").is(caller.tenant())
                    : ScopeQueries.visibleTo(caller));
            and.add(unitCriteria(equivalents));
        }
        if (lookup.year() != null) {
            and.add(Criteria.where("year").is(lookup.year()));
        }
        if (!blank(lookup.awardFormCode())) {
            and.add(Criteria.where("awardFormCode").is(lookup.awardFormCode()));
        }
        if (!blank(lookup.nomineeType())) {
            and.add(Criteria.where("nomineeType").is(lookup.nomineeType()));
        }
        PageResponse<HistoryEntry> found = lists.page("history", HistoryEntry.class, new Criteria().andOperator(and),
                ORDER, page, size, after);
        boolean byPersonalId = !blank(lookup.personalId());
        UnitEquivalence.Equivalents related = equivalents;
        return found.withItems(found.items().stream().map(entry -> item(entry, related, byPersonalId)).toList());
    }

    /**
     * A province caller whose scope covers the asked unit as it is today reads the unit's whole history inside
     * their tenant (its predecessors' awards included). The national board reads everything anyway.
     */
    static boolean ownHistory(PlatformPrincipal caller, List<String> pathToday) {
        return !caller.isNational() && caller.tenant() != null && caller.unitCode() != null
                && !pathToday.isEmpty() && caller.tenant().equals(pathToday.get(0))
                && pathToday.contains(caller.unitCode());
    }

    /** One OR branch per related unit and its date window, so paging counts only what belongs. */
    private static Criteria unitCriteria(UnitEquivalence.Equivalents equivalents) {
        List<Criteria> any = new ArrayList<>();
        for (UnitEquivalence.Window window : equivalents.windows()) {
            Criteria branch = Criteria.where("nomineeUnitCode").is(window.code());
            if (window.from() != null) {
                branch = branch.and("awardedOn").gte(window.from());
            }
            if (window.until() != null) {
                branch = branch.and("awardedOn").lt(window.until());
            }
            any.add(branch);
        }
        return new Criteria().orOperator(any);
    }

    private HistoryItem item(HistoryEntry e, UnitEquivalence.Equivalents equivalents, boolean byPersonalId) {
        UnitEquivalence.Window window = equivalents == null ? null
                : equivalents.classify(e.nomineeUnitCode(), e.awardedOn());
        String unitName = e.nomineeUnitCode() == null ? null
                : window != null && window.name() != null && window.relation() != UnitEquivalence.Relation.SAME
                        ? window.name()
                        : registry.nameOn(e.nomineeUnitCode(), e.awardedOn());
        return new HistoryItem(e.dossierId(), e.decisionId(), e.decisionNumber(), e.decisionDate(), e.issuingBody(),
                e.awardFormCode(), e.awardFormName(), e.campaignId(), e.year(), e.nomineeType(), e.nomineeName(),
                byPersonalId ? e.personalId() : mask(e.personalId()), e.birthDate(), e.nomineeUnitCode(), unitName,
                window == null ? null : window.relation(), window == null ? null : window.partial(),
                e.proposingUnitCode(), e.tenant(), e.prizeMoneyVnd(), e.revoked(),
                e.revoked() ? new HistoryItem.Revocation(e.revocationReason(), e.revocationLegalBasis(),
                        e.revokedOn()) : null);
    }

    /** A citizen id (CCCD) is personal data (NĐ 13/2023): shown in full only to whoever already typed it. */
    static String mask(String personalId) {
        if (personalId == null || personalId.length() <= 3) {
            return personalId == null ? null : "***";
        }
        return "*".repeat(personalId.length() - 3) + personalId.substring(personalId.length() - 3);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
