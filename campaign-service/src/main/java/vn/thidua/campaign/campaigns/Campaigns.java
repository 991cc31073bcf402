package vn.thidua.campaign.campaigns;

import static vn.thidua.campaign.campaigns.CampaignPolicy.POLICY;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.thidua.campaign.campaigns.CampaignPolicy.Action;
import vn.thidua.campaign.catalogue.AwardCatalogue;
import vn.thidua.campaign.validation.Violation;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.error.ProblemException.FieldViolation;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.tenancy.Scope;
import vn.thidua.shared.web.PageResponse;
import vn.thidua.shared.web.Versions;
import vn.thidua.shared.lists.BoundedLists;
import vn.thidua.shared.lists.ListIndexes;

/**
 * Campaign records: create, read within scope, edit with optimistic concurrency keeping the superseded version,
 * move along the lifecycle.
 *
 * <p>Visibility: drafts only within the owner's subtree (and above it); a launched campaign to every unit of its
 * scope: a national one to everyone, a province-wide one to every user of the tenant, an agency's own to that
 * agency and the units below it (their paths come from the unit registry, {@link CampaignUnits}).
 */
@Service
public class Campaigns {

    private final MongoTemplate mongo;
    private final AwardCatalogue catalogue;
    private final CampaignUnits units;
    private final Clock clock;
    private final BoundedLists lists;

    /** The list's order: by plan code, {@code _id} breaking ties (codes repeat across tenants). */
    static final Sort ORDER = Sort.by("plan.code");

    public Campaigns(MongoTemplate mongo, AwardCatalogue catalogue, CampaignUnits units, BoundedLists lists) {
        this.mongo = mongo;
        this.lists = lists;
        this.catalogue = catalogue;
        this.units = units;
        this.clock = Clock.systemUTC();
        // Natural key per tenant; compound indexes start with the tenant.
        mongo.indexOps(Campaign.class).createIndex(new Index().on("tenant", Sort.Direction.ASC)
                .on("plan.code", Sort.Direction.ASC).unique().named("tenant_plan_code_unique"));
        mongo.indexOps(Campaign.class).createIndex(new Index().on("tenant", Sort.Direction.ASC)
                .on("unitPath", Sort.Direction.ASC).named("tenant_unitPath"));
        mongo.indexOps(Campaign.class).createIndex(new Index().on("tenant", Sort.Direction.ASC)
                .on("status", Sort.Direction.ASC).on("ownerUnitCode", Sort.Direction.ASC).named("tenant_status_owner"));
        // The list's indexes (issue 15), one per way it is filtered: the tenant's own and the launched national
        // plans (tenant null), a lower unit's subtree and the plans of the units above it, a status, then the order.
        ListIndexes.declareAll(mongo.indexOps(Campaign.class), ORDER, List.of(List.of("tenant"),
                List.of("tenant", "unitPath"), List.of("tenant", "ownerUnitCode"), List.of("tenant", "status"),
                List.of(), List.of("status")));
        // Lower plans issued under a plan (LowerPlans).
        mongo.indexOps(Campaign.class).createIndex(new Index().on("tenant", Sort.Direction.ASC)
                .on("plan.parentCampaignId", Sort.Direction.ASC).named("tenant_parent"));
        mongo.indexOps(CampaignVersion.class).createIndex(new Index().on("tenant", Sort.Direction.ASC)
                .on("campaignId", Sort.Direction.ASC).on("n", Sort.Direction.ASC).named("tenant_campaign_n"));
    }

    public Campaign create(CampaignPlan plan, PlatformPrincipal caller) {
        POLICY.require(caller, Action.CREATE);
        if (plan.level() == CampaignLevel.NATIONAL) {
            POLICY.require(caller, Action.CREATE_NATIONAL);
        }
        boolean lowerUnit = CampaignLifecycle.issuesAsLowerUnit(caller);
        if (!caller.hasAny(PlatformRole.PROVINCE_ADMIN, PlatformRole.NATIONAL_ADMIN)
                && (!lowerUnit || CampaignLifecycle.ownPlanLevel(caller) != plan.level())) {
            // A district, commune or agency officer issues only their own unit's plan, of their unit's level.
            throw ProblemException.forbidden("forbidden");
        }
        String tenant = caller.isNational() ? null : caller.tenant();
        String owner = plan.ownerUnitCode() == null || tenant == null || lowerUnit ? caller.unitCode()
                : plan.ownerUnitCode();
        List<Violation> violations = new ArrayList<>();
        if (tenant != null && plan.level() == CampaignLevel.PROVINCE && !owner.equals(tenant)) {
            violations.add(new Violation("ownerUnitCode", "must-be-province", tenant));
        }
        if (lowerUnit && plan.ownerUnitCode() != null && !plan.ownerUnitCode().equals(caller.unitCode())) {
            violations.add(new Violation("ownerUnitCode", "must-be-own-unit", caller.unitCode()));
        }
        if (tenant != null && plan.level().lowerUnit() && owner.equals(tenant)) {
            violations.add(new Violation("ownerUnitCode", "must-be-lower-unit", tenant));
        }
        violations.addAll(validate(plan, tenant, caller));
        if (tenant != null && !owner.equals(tenant)) {
            violations.addAll(units.checkInTenant("ownerUnitCode", owner, tenant, plan.level()));
        }
        reject(violations);
        List<String> unitPath = units.ownerPath(owner, tenant);
        Instant now = clock.instant();
        return mongo.insert(new Campaign(null, plan, CampaignStatus.DRAFT, tenant, owner, unitPath, List.of(), null,
                caller.username(), now, caller.username(), now));
    }

    public Campaign get(String id, PlatformPrincipal caller) {
        POLICY.require(caller, Action.READ);
        Campaign campaign = mongo.findById(id, Campaign.class);
        if (campaign == null || !visible(campaign, caller, units.callerPath(caller))) {
            throw ProblemException.notFound("Campaign", id);
        }
        return campaign;
    }

    /** Full plans ({@link CampaignView}), for clients that need every plan of a page at once. */
    public PageResponse<CampaignView> list(PlatformPrincipal caller, CampaignStatus status, int page, int size,
            String after) {
        PageResponse<Campaign> found = lists.page("campaigns", Campaign.class, null, listFilter(caller, status),
                ORDER, page, size, after);
        return found.withItems(found.items().stream().map(CampaignView::of).toList());
    }

    /** Summaries: only the fields a list shows are read from the store. */
    public PageResponse<CampaignSummary> summaries(PlatformPrincipal caller, CampaignStatus status, int page,
            int size, String after) {
        PageResponse<Campaign> found = lists.page("campaigns", Campaign.class, null, listFilter(caller, status),
                ORDER, page, size, after, CampaignSummary.FIELDS);
        return found.withItems(found.items().stream().map(CampaignSummary::of).toList());
    }

    private Criteria listFilter(PlatformPrincipal caller, CampaignStatus status) {
        POLICY.require(caller, Action.READ);
        Criteria visible = visibleTo(caller, units.callerPath(caller));
        return status == null ? visible : new Criteria().andOperator(visible, Criteria.where("status").is(status));
    }

    public Campaign update(String id, long expectedVersion, CampaignPlan plan, PlatformPrincipal caller) {
        POLICY.require(caller, Action.EDIT);
        Campaign current = get(id, caller);
        if (!CampaignLifecycle.mayEdit(current.status(), current.plan().level(), current.tenant(),
                current.ownerUnitCode(), caller)) {
            throw current.status() == CampaignStatus.CLOSED ? ProblemException.conflict("campaign-closed")
                    : ProblemException.forbidden("forbidden");
        }
        Versions.check(expectedVersion, current.version());
        List<Violation> violations = new ArrayList<>();
        if (!current.plan().code().equals(plan.code())) {
            violations.add(new Violation("code", "immutable"));
        }
        if (current.plan().level() != plan.level()) {
            violations.add(new Violation("level", "immutable"));
        }
        if (plan.ownerUnitCode() != null && !plan.ownerUnitCode().equals(current.ownerUnitCode())) {
            violations.add(new Violation("ownerUnitCode", "immutable"));
        }
        violations.addAll(validate(plan, current.tenant(), caller));
        if (current.status() != CampaignStatus.DRAFT) {
            violations.addAll(CampaignLifecycle.missingForLaunch(plan));
        }
        reject(violations);
        CampaignPlan kept = plan.ownerUnitCode() == null && current.plan().ownerUnitCode() != null
                ? withOwner(plan, current.plan().ownerUnitCode()) : plan;
        Instant now = clock.instant();
        keepVersion(current, caller, now);
        // save() compares the @Version field: a concurrent edit since our read fails with 412.
        return mongo.save(current.withPlan(kept, caller.username(), now));
    }

    public Campaign transition(String id, Long expectedVersion, TransitionRequest request, PlatformPrincipal caller) {
        POLICY.require(caller, Action.TRANSITION);
        Campaign current = get(id, caller);
        if (expectedVersion != null) {
            Versions.check(expectedVersion, current.version());
        }
        var decision = CampaignLifecycle.decide(current.status(), request.transition(), current.plan(),
                current.tenant(), current.ownerUnitCode(), caller);
        if (!decision.allowed()) {
            throw switch (decision.refusal()) {
                case ROLE -> ProblemException.forbidden("forbidden");
                case STATE -> ProblemException.conflict("invalid-transition", request.transition(), current.status());
                case INCOMPLETE -> new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "campaign-not-launchable",
                        toFieldViolations(decision.missing()), Map.of());
            };
        }
        if (request.transition() == Transition.LAUNCH) {
            reject(validate(current.plan(), current.tenant(), caller));
        }
        Instant now = clock.instant();
        keepVersion(current, caller, now);
        return mongo.save(current.moved(new StatusChange(current.status(), decision.to(), caller.username(), now,
                request.note())));
    }

    public List<CampaignVersion.Summary> versions(String id, PlatformPrincipal caller) {
        Campaign current = get(id, caller);
        List<CampaignVersion.Summary> out = new ArrayList<>();
        Query query = Query.query(Criteria.where("tenant").is(current.tenant()).and("campaignId").is(id))
                .with(Sort.by("n"));
        for (CampaignVersion v : mongo.find(query, CampaignVersion.class)) {
            if (v.n() < current.version()) {
                out.add(new CampaignVersion.Summary(v.n(), v.snapshot().status(), false, v.snapshot().updatedBy(),
                        v.snapshot().updatedAt()));
            }
        }
        out.add(new CampaignVersion.Summary(current.version(), current.status(), true, current.updatedBy(),
                current.updatedAt()));
        return out;
    }

    public CampaignView version(String id, String n, PlatformPrincipal caller) {
        Campaign current = get(id, caller);
        long number;
        try {
            number = Long.parseLong(n);
        } catch (NumberFormatException notANumber) {
            throw ProblemException.notFound("CampaignVersion", id + "/" + n);
        }
        if (number == current.version()) {
            return CampaignView.of(current);
        }
        CampaignVersion stored = number < current.version()
                ? mongo.findById(CampaignVersion.idOf(id, number), CampaignVersion.class) : null;
        if (stored == null || !Objects.equals(stored.tenant(), current.tenant())) {
            throw ProblemException.notFound("CampaignVersion", id + "/" + n);
        }
        return stored.snapshot();
    }

    /**
     * Writes the state read before a change under its own version number. Idempotent (same id, same content), so a
     * change that then loses the optimistic race leaves a correct snapshot of a version that did exist.
     */
    private void keepVersion(Campaign before, PlatformPrincipal caller, Instant now) {
        mongo.save(CampaignVersion.of(before, caller.username(), now));
    }

    private List<Violation> validate(CampaignPlan plan, String tenant, PlatformPrincipal caller) {
        List<Violation> violations = new ArrayList<>(PlanRules.check(plan, catalogue.knownTo(caller, tenant)));
        violations.addAll(units.checkInTenant("standingAgencyCode", plan.standingAgencyCode(), tenant, null));
        violations.addAll(checkParent(plan, tenant, caller));
        return violations;
    }

    /**
     * The plan a lower unit's plan implements: it must exist and be visible, be of a higher level, and for a plan a
     * district, commune or agency officer issues, be launched in their own province. A district's or commune's plan
     * always implements one.
     */
    private List<Violation> checkParent(CampaignPlan plan, String tenant, PlatformPrincipal caller) {
        boolean lowerUnit = CampaignLifecycle.issuesAsLowerUnit(caller);
        if (plan.parentCampaignId() == null) {
            boolean needed = lowerUnit || plan.level() == CampaignLevel.DISTRICT
                    || plan.level() == CampaignLevel.COMMUNE;
            return needed ? List.of(Violation.required("parentCampaignId")) : List.of();
        }
        if (plan.level() == CampaignLevel.NATIONAL) {
            return List.of(); // PlanRules names a national plan's parent
        }
        Campaign parent = mongo.findById(plan.parentCampaignId(), Campaign.class);
        if (parent == null || !visible(parent, caller, units.callerPath(caller))) {
            return List.of(new Violation("parentCampaignId", "unknown-parent", plan.parentCampaignId()));
        }
        if (!plan.level().mayImplement(parent.plan().level())) {
            return List.of(new Violation("parentCampaignId", "parent-level", parent.plan().level()));
        }
        if (lowerUnit && (parent.status() == CampaignStatus.DRAFT || !Objects.equals(parent.tenant(), tenant))) {
            return List.of(new Violation("parentCampaignId", "parent-not-launched", plan.parentCampaignId()));
        }
        return List.of();
    }

    private static void reject(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(toFieldViolations(violations));
        }
    }

    private static List<FieldViolation> toFieldViolations(List<Violation> violations) {
        return violations.stream().map(v -> new FieldViolation(v.field(), v.code(), v.args())).toList();
    }

    private static CampaignPlan withOwner(CampaignPlan p, String owner) {
        return new CampaignPlan(p.code(), p.name(), p.level(), p.kind(), p.startYear(), p.endYear(),
                p.issuingDocument(), p.legalBasis(), owner, p.standingAgencyCode(), p.parentCampaignId(),
                p.intakeWindows(), p.targets(), p.categories(), p.offers(), p.calendar());
    }

    /**
     * @param callerPath the caller's unit and its ancestors (registry): a launched agency plan is visible to the
     *                   agency and every unit below it
     */
    static boolean visible(Campaign campaign, PlatformPrincipal caller, List<String> callerPath) {
        if (caller.isNational()) {
            return true;
        }
        boolean launched = campaign.status() != CampaignStatus.DRAFT;
        if (campaign.tenant() == null) {
            return launched;
        }
        if (!campaign.tenant().equals(caller.tenant())) {
            return false;
        }
        return Scope.covers(caller, campaign.tenant(), campaign.unitPath()) || launched
                && (campaign.tenant().equals(campaign.ownerUnitCode())
                || campaign.ownerUnitCode().equals(caller.unitCode())
                || callerPath.contains(campaign.ownerUnitCode()));
    }

    /** The query twin of {@link #visible}: tenant first. */
    static Criteria visibleTo(PlatformPrincipal caller, List<String> callerPath) {
        if (caller.isNational()) {
            return new Criteria();
        }
        Criteria launchedNational = Criteria.where("tenant").is(null).and("status").ne(CampaignStatus.DRAFT);
        if (caller.tenant() == null || caller.unitCode() == null) {
            return launchedNational;
        }
        String tenant = caller.tenant();
        if (caller.unitCode().equals(tenant)) {
            return new Criteria().orOperator(launchedNational, Criteria.where("tenant").is(tenant));
        }
        List<String> owners = new ArrayList<>(callerPath);
        owners.add(tenant);
        owners.add(caller.unitCode());
        Criteria own = Criteria.where("tenant").is(tenant).orOperator(
                Criteria.where("unitPath").is(caller.unitCode()),
                Criteria.where("status").ne(CampaignStatus.DRAFT).and("ownerUnitCode").in(owners));
        return new Criteria().orOperator(launchedNational, own);
    }
}
