package vn.thidua.registration.registrations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.thidua.registration.campaigns.Schedule;
import vn.thidua.registration.registrations.RegistrationAction.Side;
import vn.thidua.registration.registrations.RegistrationPolicy.Action;
import vn.thidua.registration.sync.ChangeSequence;
import vn.thidua.registration.units.Unit;
import vn.thidua.registration.units.UnitRegistry;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.error.ProblemException.FieldViolation;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.tenancy.Scope;
import vn.thidua.shared.tenancy.ScopeQueries;
import vn.thidua.shared.web.PageResponse;
import vn.thidua.shared.web.Versions;
import vn.thidua.shared.lists.BoundedLists;
import vn.thidua.shared.lists.ListIndexes;

/** Registrations: create, edit, the workflow, lists, the feed. Every check runs before any write. */
@Service
public class Registrations {

    public static final String FEED = "registrations";

    private final MongoTemplate mongo;
    private final Campaigns campaigns;
    private final UnitLookup units;
    private final ChangeSequence changes;
    private final Clock clock;

    /** The list's order: year, unit code, {@code _id}. */
    static final Sort ORDER = Sort.by("year", "unitCode");

    private final BoundedLists lists;

    public Registrations(MongoTemplate mongo, Campaigns campaigns, UnitLookup units, ChangeSequence changes,
            Clock clock, BoundedLists lists) {
        this.mongo = mongo;
        this.lists = lists;
        this.campaigns = campaigns;
        this.units = units;
        this.changes = changes;
        this.clock = clock;
        // One registration per unit, campaign and year; lists and feeds start with the tenant.
        var indexes = mongo.indexOps(Registration.class);
        indexes.createIndex(new Index().on("tenant", Sort.Direction.ASC).on("campaignId", Sort.Direction.ASC)
                .on("year", Sort.Direction.ASC).on("unitCode", Sort.Direction.ASC).unique().named("one_per_unit"));
        indexes.createIndex(new Index().on("tenant", Sort.Direction.ASC).on("recipients", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("changeSeq", Sort.Direction.ASC));
        // The list's indexes (issue 15): scope (tenant, a unit's subtree, what was routed to a unit) and each
        // filter, then the order; the national board's without tenant. The sync feed's: scope, then changeSeq.
        ListIndexes.declareAll(indexes, ORDER, List.of(List.of("tenant"), List.of("tenant", "unitPath"),
                List.of("tenant", "recipients"), List.of("tenant", "campaignId"), List.of("tenant", "status"),
                List.of("tenant", "reviewerCode"), List.of("tenant", "unitCode"), List.of(), List.of("campaignId"),
                List.of("status"), List.of("reviewerCode"), List.of("unitCode")));
        ListIndexes.declareAll(indexes, ChangeSequence.ORDER, ChangeSequence.SCOPES);
        ListIndexes.declare(indexes, ChangeSequence.ORDER, "tenant", "recipients");
    }

    /** Today in Vietnam by the server's clock: deadlines are Vietnamese dates. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(UnitRegistry.ZONE));
    }

    /** What the caller sees: their scope, and what has been routed to their unit inside their tenant. */
    static Criteria visibleTo(PlatformPrincipal caller) {
        if (caller.isNational() || caller.tenant() == null || caller.unitCode() == null) {
            return ScopeQueries.visibleTo(caller);
        }
        return new Criteria().orOperator(ScopeQueries.visibleTo(caller),
                Criteria.where("tenant").is(caller.tenant()).and("recipients").is(caller.unitCode()));
    }

    static boolean visible(Registration r, PlatformPrincipal caller) {
        return Scope.covers(caller, r.tenant(), r.unitPath())
                || (caller.tenant() != null && caller.tenant().equals(r.tenant()) && caller.unitCode() != null
                        && r.recipients() != null && r.recipients().contains(caller.unitCode()));
    }

    public Registration get(String id, PlatformPrincipal caller) {
        RegistrationPolicy.POLICY.require(caller, Action.READ);
        Registration found = mongo.findById(id, Registration.class);
        if (found == null || !visible(found, caller)) {
            throw ProblemException.notFound("registration", id);
        }
        return found;
    }

    public Registration create(RegistrationRequest request, PlatformPrincipal caller) {
        RegistrationPolicy.POLICY.require(caller, Action.REGISTER);
        CampaignRecord campaign = campaigns.get(request.campaignId());
        requireOpen(campaign);
        List<FieldViolation> violations = new ArrayList<>(CommitmentRules.check(request, campaign));
        // A year outside the plan has no schedule: its violation is answered with the others.
        LocalDate day = CommitmentRules.inPeriod(request.year(), campaign)
                ? referenceDay(campaigns.schedule(campaign.id(), request.year()), request.year())
                : LocalDate.of(request.year(), 1, 1);
        Unit unit = registeringUnit(request.unitCode(), day, campaign, caller, violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Instant now = clock.instant();
        ChangeSequence.Stamp stamp = changes.next(FEED);
        Registration created = new Registration(UUID.randomUUID().toString(), unit.tenant(), List.copyOf(unit.path()),
                campaign.id(), campaign.code(), request.year(), unit.code(), unit.nameOn(day.toString()),
                unit.level().name(), RegistrationStatus.DRAFT, CommitmentRules.resolve(request, campaign),
                List.copyOf(request.awardFormList()), request.note(), null, null, null, null, false, null, null, List.of(),
                List.of(), List.of(), List.of(), null, caller.username(), now, caller.username(), now, stamp.seq(),
                stamp.at());
        try {
            return mongo.insert(created);
        } catch (DuplicateKeyException exists) {
            Registration first = mongo.findOne(Query.query(Criteria.where("tenant").is(unit.tenant())
                    .and("campaignId").is(campaign.id()).and("year").is(request.year()).and("unitCode")
                    .is(unit.code())), Registration.class);
            throw new ProblemException(HttpStatus.CONFLICT, "registration-exists", List.of(),
                    first == null ? Map.of() : Map.of("existingId", first.id()), unit.code(), campaign.code(),
                    request.year());
        }
    }

    public Registration update(String id, long expected, RegistrationRequest request, PlatformPrincipal caller) {
        Registration current = get(id, caller);
        requireRegistrant(current, caller);
        List<FieldViolation> violations = new ArrayList<>();
        if (!current.campaignId().equals(request.campaignId())) {
            violations.add(new FieldViolation("campaignId", "immutable"));
        }
        if (current.year() != request.year()) {
            violations.add(new FieldViolation("year", "immutable"));
        }
        if (!current.unitCode().equals(request.unitCode())) {
            violations.add(new FieldViolation("unitCode", "immutable"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Versions.check(expected, current.version());
        if (!Workflow.editable(current.status())) {
            throw ProblemException.conflict("registration-not-editable", current.status());
        }
        CampaignRecord campaign = campaigns.get(current.campaignId());
        List<FieldViolation> commitmentViolations = CommitmentRules.check(request, campaign);
        if (!commitmentViolations.isEmpty()) {
            throw ProblemException.invalid(commitmentViolations);
        }
        // save() compares @Version: a concurrent edit since our read fails with 412.
        return mongo.save(current.edited(CommitmentRules.resolve(request, campaign),
                List.copyOf(request.awardFormList()), request.note(), caller.username(), clock.instant(),
                changes.next(FEED)));
    }

    public Registration transition(String id, long expected, RegistrationAction action, String reason,
            PlatformPrincipal caller) {
        Registration current = get(id, caller);
        if (action.side() == Side.REGISTRANT) {
            requireRegistrant(current, caller);
        } else {
            requireReviewer(current, caller);
        }
        if (Workflow.needsReason(action) && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason", "required");
        }
        Versions.check(expected, current.version());
        RegistrationStatus to = Workflow.next(current.status(), action).orElseThrow(
                () -> ProblemException.conflict("transition-not-allowed", action, current.status()));
        Instant now = clock.instant();
        if (action == RegistrationAction.SUBMIT) {
            CampaignRecord campaign = campaigns.get(current.campaignId());
            requireOpen(campaign);
            Schedule schedule = campaigns.schedule(campaign.id(), current.year());
            Routing.Route route = routeOf(current, schedule, campaign, caller);
            LocalDate submittedOn = today();
            Timeliness timeliness = Timeliness.judge(submittedOn, route.deadline(), route.latePolicy());
            if (timeliness == Timeliness.REFUSED) {
                throw ProblemException.unprocessable("submission-refused", route.deadline().toString(),
                        route.reviewerCode());
            }
            IntakeWindows.Judgement intake = IntakeWindows.judge(submittedOn,
                    schedule.windows(Schedule.REGISTRATION));
            if (intake.outcome() == IntakeWindows.Outcome.OUTSIDE_REFUSED) {
                throw ProblemException.unprocessable("outside-intake-window", submittedOn.toString(),
                        current.year(), intake.described());
            }
            boolean late = timeliness == Timeliness.LATE_FLAGGED;
            Registration.Event event = new Registration.Event(action, current.status(), to, caller.username(),
                    caller.unitCode(), now, blankToNull(reason), late);
            return mongo.save(current.submitted(route, late, intake.outside(), event, now, changes.next(FEED)));
        }
        Registration.Event event = new Registration.Event(action, current.status(), to, caller.username(),
                caller.unitCode(), now, blankToNull(reason), null);
        return mongo.save(current.moved(to, event, now, changes.next(FEED)));
    }

    /** The route for the registration's unit and year (also what a client can preview). */
    Routing.Route routeOf(Registration registration, Schedule schedule, CampaignRecord campaign,
            PlatformPrincipal caller) {
        LocalDate day = referenceDay(schedule, registration.year());
        Unit unit = units.onOrLatest(registration.unitCode(), day, caller)
                .orElseThrow(() -> ProblemException.notFound("unit", registration.unitCode()));
        String standing = schedule.standingAgencyCode() != null ? schedule.standingAgencyCode()
                : campaign.standingAgencyCode();
        return Routing.reviewerOf(schedule.steps(Schedule.REGISTRATION), units.routePath(unit, day, caller), standing)
                .orElseThrow(() -> ProblemException.unprocessable("no-route", registration.unitCode(),
                        campaign.code(), registration.year()));
    }

    public PageResponse<Registration> list(PlatformPrincipal caller, String campaignId, Integer year, String unitCode,
            RegistrationStatus status, String reviewerCode, int page, int size, String after) {
        RegistrationPolicy.POLICY.require(caller, Action.READ);
        List<Criteria> all = new ArrayList<>(List.of(visibleTo(caller)));
        if (campaignId != null) {
            all.add(Criteria.where("campaignId").is(campaignId));
        }
        if (year != null) {
            all.add(Criteria.where("year").is(year));
        }
        if (unitCode != null) {
            all.add(Criteria.where("unitCode").is(unitCode));
        }
        if (status != null) {
            all.add(Criteria.where("status").is(status));
        }
        if (reviewerCode != null) {
            all.add(Criteria.where("reviewerCode").is(reviewerCode));
        }
        return lists.page("registrations", Registration.class, new Criteria().andOperator(all), ORDER, page, size,
                after);
    }

    public ChangeSequence.ChangePage<Registration> changes(PlatformPrincipal caller, long since, int size) {
        RegistrationPolicy.POLICY.require(caller, Action.READ);
        return changes.changes(visibleTo(caller), since, size, Registration.class);
    }

    static LocalDate referenceDay(Schedule schedule, int year) {
        return Routing.referenceDay(schedule.steps(Schedule.REGISTRATION), year);
    }

    private Unit registeringUnit(String code, LocalDate day, CampaignRecord campaign, PlatformPrincipal caller,
            List<FieldViolation> violations) {
        Unit unit = units.on(code, day, caller).orElse(null);
        if (unit == null) {
            violations.add(new FieldViolation("unitCode", "unknown-unit-at", code, day));
            throw ProblemException.invalid(violations);
        }
        if (!Scope.covers(caller, unit.tenant(), unit.path())) {
            // Outside the caller's subtree: as if it did not exist.
            throw ProblemException.notFound("unit", code);
        }
        if (campaign.tenant() != null && !campaign.tenant().equals(unit.tenant())) {
            violations.add(new FieldViolation("unitCode", "outside-campaign", campaign.tenant()));
        }
        return unit;
    }

    private static void requireOpen(CampaignRecord campaign) {
        if (!Campaigns.acceptsRegistrations(campaign)) {
            throw ProblemException.unprocessable("campaign-not-open", campaign.code(), campaign.status());
        }
    }

    private static void requireRegistrant(Registration registration, PlatformPrincipal caller) {
        RegistrationPolicy.POLICY.require(caller, Action.REGISTER);
        if (!Scope.covers(caller, registration.tenant(), registration.unitPath())) {
            throw ProblemException.forbidden("not-registrant");
        }
    }

    /** The reviewer unit's officers, the province's admin (Sở Nội vụ) and the national board. */
    static void requireReviewer(Registration registration, PlatformPrincipal caller) {
        RegistrationPolicy.POLICY.require(caller, Action.REVIEW);
        boolean national = caller.isNational() && caller.has(PlatformRole.NATIONAL_ADMIN);
        boolean provinceAdmin = caller.has(PlatformRole.PROVINCE_ADMIN) && registration.tenant().equals(caller.tenant())
                && registration.tenant().equals(caller.unitCode());
        boolean reviewerUnit = registration.reviewerCode() != null
                && registration.reviewerCode().equals(caller.unitCode())
                && registration.tenant().equals(caller.tenant());
        if (!national && !provinceAdmin && !reviewerUnit) {
            throw ProblemException.forbidden("not-reviewer", registration.reviewerCode());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
