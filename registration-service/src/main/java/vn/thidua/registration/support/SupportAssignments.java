package vn.thidua.registration.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.thidua.registration.campaigns.CampaignApi.CampaignRecord;
import vn.thidua.registration.campaigns.Campaigns;
import vn.thidua.registration.registrations.RegistrationPolicy;
import vn.thidua.registration.registrations.RegistrationPolicy.Action;
import vn.thidua.registration.registrations.UnitLookup;
import vn.thidua.registration.sync.ChangeSequence;
import vn.thidua.registration.units.Unit;
import vn.thidua.registration.units.UnitRegistry;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.error.ProblemException.FieldViolation;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.tenancy.Scope;
import vn.thidua.shared.tenancy.ScopeQueries;
import vn.thidua.shared.web.PageResponse;
import vn.thidua.shared.lists.BoundedLists;
import vn.thidua.shared.lists.ListIndexes;

@Service
public class SupportAssignments {

    public static final String FEED = "support-assignments";

    private final MongoTemplate mongo;
    private final Campaigns campaigns;
    private final UnitLookup units;
    private final ChangeSequence changes;
    private final Clock clock;

    public SupportAssignments(MongoTemplate mongo, Campaigns campaigns, UnitLookup units, ChangeSequence changes,
            Clock clock, BoundedLists lists) {
        this.mongo = mongo;
        this.lists = lists;
        this.campaigns = campaigns;
        this.units = units;
        this.changes = changes;
        this.clock = clock;
        var indexes = mongo.indexOps(SupportAssignment.class);
        indexes.createIndex(new Index().on("tenant", Sort.Direction.ASC).on("campaignId", Sort.Direction.ASC)
                .on("supporterUnitCode", Sort.Direction.ASC).on("supportedUnitCode", Sort.Direction.ASC).unique()
                .named("one_per_pair"));
        // The list's indexes (issue 15): scope and each filter, then the order; the sync feed's.
        ListIndexes.declareAll(indexes, ORDER, List.of(List.of("tenant"), List.of("tenant", "unitPath"),
                List.of("tenant", "campaignId"), List.of("tenant", "supportedUnitCode"), List.of(),
                List.of("campaignId"), List.of("supportedUnitCode")));
        ListIndexes.declareAll(indexes, ChangeSequence.ORDER, ChangeSequence.SCOPES);
    }

    /** The list's order: supporter, supported, {@code _id}. */
    static final Sort ORDER = Sort.by("supporterUnitCode", "supportedUnitCode");
    private final BoundedLists lists;

    public SupportAssignment create(SupportRequest request, PlatformPrincipal caller) {
        RegistrationPolicy.POLICY.require(caller, Action.SUPPORT);
        CampaignRecord campaign = campaigns.get(request.campaignId());
        // Units as they are on the first year supported, else today.
        LocalDate day = request.yearList().isEmpty() ? LocalDate.now(clock.withZone(UnitRegistry.ZONE))
                : LocalDate.of(request.yearList().stream().min(Integer::compare).orElseThrow(), 12, 31);
        Unit supporter = units.onOrLatest(request.supporterUnitCode(), day, caller).orElse(null);
        Unit supported = units.onOrLatest(request.supportedUnitCode(), day, caller).orElse(null);
        List<FieldViolation> violations = new ArrayList<>();
        if (supporter == null) {
            violations.add(new FieldViolation("supporterUnitCode", "unknown-unit-at", request.supporterUnitCode(), day));
        }
        if (supported == null) {
            violations.add(new FieldViolation("supportedUnitCode", "unknown-unit-at", request.supportedUnitCode(), day));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        // The caller acts for the supporter (their own department, or the province for any of its bodies); the
        // supported unit must be in the same province (checked by the rules).
        if (!Scope.covers(caller, supporter.tenant(), supporter.path())) {
            throw ProblemException.notFound("unit", supporter.code());
        }
        if (!caller.isNational() && !supported.tenant().equals(caller.tenant())) {
            throw ProblemException.notFound("unit", supported.code());
        }
        violations.addAll(SupportRules.check(supporter.level(), supporter.tenant(), supported.level(),
                supported.tenant(), request.yearList(), campaign.startYear(), campaign.endYear()));
        if (campaign.tenant() != null && !campaign.tenant().equals(supporter.tenant())) {
            violations.add(new FieldViolation("campaignId", "outside-campaign", campaign.tenant()));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        LinkedHashSet<String> path = new LinkedHashSet<>(supporter.path());
        path.addAll(supported.path());
        Instant now = clock.instant();
        ChangeSequence.Stamp stamp = changes.next(FEED);
        try {
            return mongo.insert(new SupportAssignment(UUID.randomUUID().toString(), supporter.tenant(),
                    List.copyOf(path), campaign.id(), campaign.code(), supporter.code(), supporter.nameOn(day.toString()),
                    supporter.level().name(), supported.code(), supported.nameOn(day.toString()),
                    supported.level().name(), request.yearList().stream().sorted().toList(), request.note(), null,
                    caller.username(), now, stamp.seq(), stamp.at()));
        } catch (DuplicateKeyException exists) {
            SupportAssignment first = mongo.findOne(Query.query(Criteria.where("tenant").is(supporter.tenant())
                    .and("campaignId").is(campaign.id()).and("supporterUnitCode").is(supporter.code())
                    .and("supportedUnitCode").is(supported.code())), SupportAssignment.class);
            throw new ProblemException(HttpStatus.CONFLICT, "support-exists", List.of(),
                    first == null ? Map.of() : Map.of("existingId", first.id()), supporter.code(), supported.code());
        }
    }

    public SupportAssignment get(String id, PlatformPrincipal caller) {
        RegistrationPolicy.POLICY.require(caller, Action.READ);
        SupportAssignment found = mongo.findById(id, SupportAssignment.class);
        if (found == null || !Scope.covers(caller, found.tenant(), found.unitPath())) {
            throw ProblemException.notFound("support-assignment", id);
        }
        return found;
    }

    public PageResponse<SupportAssignment> list(PlatformPrincipal caller, String supporterUnitCode,
            String supportedUnitCode, String campaignId, int page, int size, String after) {
        RegistrationPolicy.POLICY.require(caller, Action.READ);
        List<Criteria> all = new ArrayList<>(List.of(ScopeQueries.visibleTo(caller)));
        if (supporterUnitCode != null) {
            all.add(Criteria.where("supporterUnitCode").is(supporterUnitCode));
        }
        if (supportedUnitCode != null) {
            all.add(Criteria.where("supportedUnitCode").is(supportedUnitCode));
        }
        if (campaignId != null) {
            all.add(Criteria.where("campaignId").is(campaignId));
        }
        return lists.page("support", SupportAssignment.class, new Criteria().andOperator(all), ORDER, page, size,
                after);
    }

    public ChangeSequence.ChangePage<SupportAssignment> changes(PlatformPrincipal caller, long since, int size) {
        RegistrationPolicy.POLICY.require(caller, Action.READ);
        return changes.changes(ScopeQueries.visibleTo(caller), since, size, SupportAssignment.class);
    }
}
