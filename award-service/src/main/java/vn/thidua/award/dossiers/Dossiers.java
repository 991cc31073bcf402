package vn.thidua.award.dossiers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.thidua.award.attachments.StoredAttachment;
import vn.thidua.award.audit.AuditEvent;
import vn.thidua.award.audit.AuditTrail;
import vn.thidua.award.checks.AwardClaims;
import vn.thidua.award.checks.ClaimDemand;
import vn.thidua.award.checks.Competence;
import vn.thidua.award.checks.Finding;
import vn.thidua.award.checks.QuotaCounters;
import vn.thidua.award.checks.QuotaDemand;
import vn.thidua.award.checks.RegistryFacts;
import vn.thidua.award.checks.RuleChecks;
import vn.thidua.award.checks.RuleSnapshot;
import vn.thidua.award.clients.CampaignApi.CampaignRecord;
import vn.thidua.award.clients.CampaignApi.CatalogueEntry;
import vn.thidua.award.clients.CampaignApi.Category;
import vn.thidua.award.clients.CampaignApi.Offer;
import vn.thidua.award.clients.CampaignApi.Rule;
import vn.thidua.award.clients.CampaignApi.Step;
import vn.thidua.award.clients.PlatformData;
import vn.thidua.award.dossiers.ActionRequests.CouncilRequest;
import vn.thidua.award.dossiers.ActionRequests.RevocationRequest;
import vn.thidua.award.dossiers.ActionRequests.TransitionRequest;
import vn.thidua.award.dossiers.DossierPolicy.Action;
import vn.thidua.award.history.AwardHistory;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.units.UnitRegistryApi.UnitRecord;
import vn.thidua.shared.web.PageResponse;
import vn.thidua.shared.web.Versions;

/**
 * Dossiers: create, edit, move along the route with rule checks, council results and revocation. Every accepted
 * change is one versioned save of the aggregate ({@code @Version}: two concurrent moves from the same version →
 * one wins, the other 412), followed by the audit append. Checks and permissions come before any write.
 */
@Service
public class Dossiers {

    private static final Logger log = LoggerFactory.getLogger(Dossiers.class);
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The national board's unit (Ban Thi đua – Khen thưởng Trung ương), holder of a dossier proposed to the state. */
    public static final String NATIONAL_UNIT = "VN";

    private final MongoTemplate mongo;
    private final PlatformData data;
    private final QuotaCounters quotas;
    private final AwardClaims claims;
    private final AuditTrail audit;
    private final AwardHistory history;
    private final AwardSettings settings;
    private final Clock clock;

    public Dossiers(MongoTemplate mongo, PlatformData data, QuotaCounters quotas, AwardClaims claims,
            AuditTrail audit, AwardHistory history, AwardSettings settings, Clock clock) {
        this.mongo = mongo;
        this.data = data;
        this.quotas = quotas;
        this.claims = claims;
        this.audit = audit;
        this.history = history;
        this.settings = settings;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    // ---------------------------------------------------------------- reading

    /** Who sees what: the proposing unit's subtree, the units on its route, the province; the nation sees all. */
    public static Criteria visibleTo(PlatformPrincipal caller) {
        if (caller.isNational()) {
            return new Criteria();
        }
        if (caller.tenant() == null || caller.unitCode() == null) {
            return Criteria.where("tenant").is("\u0000none");
        }
        Criteria criteria = Criteria.where("tenant").is(caller.tenant());
        if (!caller.unitCode().equals(caller.tenant())) {
            criteria = criteria.orOperator(Criteria.where("unitPath").is(caller.unitCode()),
                    Criteria.where("routeUnits").is(caller.unitCode()));
        }
        return criteria;
    }

    public static boolean visible(PlatformPrincipal caller, Dossier d) {
        if (caller.isNational()) {
            return true;
        }
        if (caller.tenant() == null || caller.unitCode() == null || !caller.tenant().equals(d.tenant)) {
            return false;
        }
        return caller.unitCode().equals(d.tenant) || d.unitPath.contains(caller.unitCode())
                || (d.routeUnits != null && d.routeUnits.contains(caller.unitCode()));
    }

    public Dossier get(String id, PlatformPrincipal caller) {
        DossierPolicy.POLICY.require(caller, Action.READ);
        Dossier dossier = id == null ? null : mongo.findById(id, Dossier.class);
        if (dossier == null || !visible(caller, dossier)) {
            throw ProblemException.notFound("dossier", id);
        }
        return dossier;
    }

    public PageResponse<Dossier> list(PlatformPrincipal caller, DossierStatus status, String campaignId,
            String holderUnitCode, int page, int size) {
        DossierPolicy.POLICY.require(caller, Action.READ);
        PageResponse.validate(page, size);
        Criteria criteria = visibleTo(caller);
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (campaignId != null) {
            criteria = criteria.and("campaignId").is(campaignId);
        }
        if (holderUnitCode != null) {
            criteria = criteria.and("holderUnitCode").is(holderUnitCode);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, Dossier.class);
        List<Dossier> items = mongo.find(query.with(Sort.by(Sort.Direction.DESC, "updatedAt"))
                .skip((long) page * size).limit(size), Dossier.class);
        return new PageResponse<>(items, page, size, total);
    }

    // ---------------------------------------------------------------- create and edit

    public Dossier create(DossierRequest request, PlatformPrincipal caller) {
        DossierPolicy.POLICY.require(caller, Action.PROPOSE);
        String unitCode = request.proposingUnitCode() != null ? request.proposingUnitCode() : caller.unitCode();
        if (!caller.has(PlatformRole.PROVINCE_ADMIN) && !Objects.equals(unitCode, caller.unitCode())) {
            throw ProblemException.invalid("proposingUnitCode", "not-your-unit", unitCode);
        }
        CampaignRecord campaign = data.campaign(request.campaignId()).campaign();
        Dossier dossier = new Dossier();
        dossier.id = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        fill(dossier, request, campaign, unitCode, caller);
        dossier.status = DossierStatus.DRAFT;
        dossier.holderUnitCode = unitCode;
        dossier.createdBy = caller.username();
        dossier.createdAt = clock.instant();
        TransitionRecord created = record("CREATE", null, DossierStatus.DRAFT, null, caller);
        dossier.transitions.add(created);
        dossier.updatedAt = clock.instant();
        Dossier saved = mongo.insert(dossier);
        audited(saved, created, Map.of());
        return saved;
    }

    public Dossier update(String id, long expected, DossierRequest request, PlatformPrincipal caller) {
        Dossier dossier = get(id, caller);
        Versions.check(expected, dossier.version);
        requireProposer(dossier, caller);
        if (dossier.status != DossierStatus.DRAFT && dossier.status != DossierStatus.RETURNED) {
            throw ProblemException.conflict("dossier-not-editable", dossier.status);
        }
        if (!request.campaignId().equals(dossier.campaignId)) {
            throw ProblemException.invalid("campaignId", "immutable");
        }
        CampaignRecord campaign = data.campaign(request.campaignId()).campaign();
        fill(dossier, request, campaign, dossier.proposingUnitCode, caller);
        TransitionRecord edited = record("EDIT", dossier.status, dossier.status, null, caller);
        dossier.transitions.add(edited);
        dossier.updatedAt = clock.instant();
        Dossier saved = mongo.save(dossier);
        audited(saved, edited, Map.of());
        return saved;
    }

    private void fill(Dossier dossier, DossierRequest request, CampaignRecord campaign, String unitCode,
            PlatformPrincipal caller) {
        List<ProblemException.FieldViolation> violations = new ArrayList<>();
        if (campaign.startYear() != null && campaign.endYear() != null
                && (request.year() < campaign.startYear() || request.year() > campaign.endYear())) {
            violations.add(new ProblemException.FieldViolation("year", "outside-period", campaign.startYear(),
                    campaign.endYear()));
        }
        Category category = campaign.categoryList().stream().filter(c -> c.code().equals(request.categoryCode()))
                .findFirst().orElse(null);
        if (category == null) {
            violations.add(new ProblemException.FieldViolation("categoryCode", "unknown-category",
                    request.categoryCode()));
        }
        if (campaign.offerList().stream().noneMatch(o -> o.formCode().equals(request.awardFormCode()))) {
            violations.add(new ProblemException.FieldViolation("awardFormCode", "form-not-offered",
                    request.awardFormCode()));
        }
        Nominee nominee = request.nominee();
        if ((nominee.type() == Nominee.Type.INDIVIDUAL || nominee.type() == Nominee.Type.HOUSEHOLD)
                && nominee.personalId() == null) {
            violations.add(new ProblemException.FieldViolation("nominee.personalId", "required"));
        }
        if ((nominee.type() == Nominee.Type.UNIT) && nominee.unitCode() == null) {
            violations.add(new ProblemException.FieldViolation("nominee.unitCode", "required"));
        }
        LocalDate referenceDay = referenceDay(campaign, request.year());
        UnitRecord unit = data.unit(unitCode, referenceDay).orElse(null);
        if (unit == null) {
            violations.add(new ProblemException.FieldViolation("proposingUnitCode", "unknown-unit", unitCode,
                    referenceDay));
        } else if (!caller.isNational() && !Objects.equals(unit.tenant(), caller.tenant())) {
            violations.add(new ProblemException.FieldViolation("proposingUnitCode", "not-your-unit", unitCode));
        } else if (campaign.tenant() != null && !campaign.tenant().equals(unit.tenant())) {
            violations.add(new ProblemException.FieldViolation("campaignId", "campaign-of-another-tenant",
                    campaign.tenant()));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        dossier.campaignId = campaign.id();
        dossier.year = request.year();
        dossier.occasion = request.occasion() == null ? "ANNUAL" : request.occasion();
        dossier.nominee = nominee;
        dossier.categoryCode = request.categoryCode();
        dossier.awardFormCode = request.awardFormCode();
        dossier.proposingUnitCode = unitCode;
        dossier.proposingUnitName = unit.name();
        dossier.proposingLevel = unit.level();
        dossier.tenant = unit.tenant();
        dossier.unitPath = List.copyOf(unit.path());
        dossier.pathLevels = levelsOf(unit.path(), referenceDay);
        dossier.achievementSummary = request.achievementSummary();
        dossier.achievementKey = request.achievementKey();
        dossier.figures = request.figures() == null ? Map.of() : Map.copyOf(request.figures());
    }

    /**
     * The day the proposer's place is read for: the first deadline of the dossier's year in the DOSSIER chain
     * (a 2024 dossier of commune 03390 sits under district 106; a 2025 one directly under the province).
     */
    static LocalDate referenceDay(CampaignRecord campaign, int year) {
        List<Step> steps = RoutePlanner.stepsFor(campaign.dossierSteps(), year);
        return steps.isEmpty() ? LocalDate.of(year + 1, 1, 1) : steps.getFirst().deadlineFor(year);
    }

    private Map<String, String> levelsOf(List<String> path, LocalDate day) {
        Map<String, String> levels = new HashMap<>();
        for (String code : path) {
            data.unit(code, day).ifPresent(u -> levels.put(code, u.level()));
        }
        return levels;
    }

    // ---------------------------------------------------------------- transitions

    public Dossier transition(String id, long expected, TransitionRequest request, PlatformPrincipal caller) {
        Dossier dossier = get(id, caller);
        Versions.check(expected, dossier.version);
        Workflow.Action action = request.action();
        if (Workflow.needsReason(action) && (request.reason() == null || request.reason().isBlank())) {
            throw ProblemException.invalid("reason", "required");
        }
        if (action == Workflow.Action.SUBMIT) {
            return submit(dossier, request, caller);
        }
        if (action == Workflow.Action.PROPOSE || DossierStatus.NATIONAL_LEG.contains(dossier.status)) {
            return nationalLeg(dossier, request, caller);
        }
        RouteStop stop = dossier.currentStop();
        requireActor(dossier, stop, caller);
        Workflow.Move move = Workflow.move(dossier.status, action, dossier.route, dossier.stopIndex);
        if (move == null) {
            throw ProblemException.conflict("invalid-transition", action, dossier.status);
        }
        DossierStatus from = dossier.status;
        LocalDate today = today();
        Map<String, String> details = new HashMap<>();
        List<String> quotaBefore = List.copyOf(dossier.quotaKeys);
        List<String> claimsBefore = List.copyOf(dossier.claimKeys);
        switch (action) {
            case FORWARD -> {
                RouteStop next = dossier.route.get(move.stopIndex());
                // Deadline first (REFUSE answers 422 before anything is taken), then the checks that take slots.
                Finding timely = deadline(next.arrival(), today, dossier);
                List<Finding> findings = recheckAndTake(dossier);
                findings.add(timely);
                dossier.findings = findings;
                dossier.holderUnitCode = next.unitCode();
                details.put("toUnit", next.unitCode());
            }
            case DECIDE -> {
                Finding competent = Competence.check(dossier.rules.form(), stop.level(), today);
                if (competent.blocks()) {
                    throw checksFailed(List.of(competent));
                }
                Finding timely = stop.decideBy() == null ? null : deadline(stop.decideBy(), today, dossier);
                List<Finding> findings = recheckAndTake(dossier);
                findings.add(competent);
                if (timely != null) {
                    findings.add(timely);
                }
                dossier.findings = findings;
                dossier.decidedAtUnitCode = stop.unitCode();
            }
            case APPRAISE -> dossier.findings = recheckAndTake(dossier);
            case RETURN, REJECT -> dossier.holderUnitCode = action == Workflow.Action.RETURN
                    ? dossier.proposingUnitCode : dossier.holderUnitCode;
            default -> throw ProblemException.conflict("invalid-transition", action, dossier.status);
        }
        dossier.status = move.to();
        dossier.stopIndex = move.stopIndex();
        try {
            return saveMove(dossier, action.name(), from, request.reason(), caller, details);
        } catch (OptimisticLockingFailureException lost) {
            giveBackNew(dossier, quotaBefore, claimsBefore);
            throw lost;
        }
    }

    // ---------------------------------------------------------------- the national leg of a STATE form

    /**
     * A STATE form after the province's council: the province proposes it (tờ trình of the Chairman of the provincial
     * People's Committee: number, date, signer), the Central Emulation and Commendation Board appraises it (accept →
     * to the deciding authority, return to the province, reject), then records the state decision through
     * {@code Decisions}. The plan gives the national step no deadline, so none is judged.
     */
    private Dossier nationalLeg(Dossier dossier, TransitionRequest request, PlatformPrincipal caller) {
        Workflow.Action action = request.action();
        Workflow.Actor actor = Workflow.actor(dossier.status);
        if (actor == Workflow.Actor.ROUTE_STOP) {
            throw ProblemException.conflict("invalid-transition", action, dossier.status);
        }
        requireLegActor(dossier, actor, caller);
        Workflow.Move move = Workflow.move(dossier.status, action, dossier.route, dossier.stopIndex);
        if (move == null) {
            throw ProblemException.conflict("invalid-transition", action, dossier.status);
        }
        DossierStatus from = dossier.status;
        Map<String, String> details = new HashMap<>();
        List<String> quotaBefore = List.copyOf(dossier.quotaKeys);
        List<String> claimsBefore = List.copyOf(dossier.claimKeys);
        switch (action) {
            case PROPOSE -> {
                ActionRequests.StateSubmission submission = requireSubmission(request.submission());
                String approvedAt = Objects.equals(dossier.decidedAtUnitCode, dossier.tenant) ? "PROVINCE"
                        : String.valueOf(dossier.pathLevels == null ? null
                                : dossier.pathLevels.get(dossier.decidedAtUnitCode));
                Finding proposal = Competence.proposal(dossier.rules.form(), approvedAt);
                if (proposal.blocks()) {
                    throw checksFailed(List.of(proposal));
                }
                List<Finding> findings = recheckAndTake(dossier);
                findings.add(proposal);
                dossier.findings = findings;
                dossier.stateProposal = new Dossier.StateProposal(submission.number().strip(), submission.signedOn(),
                        submission.signerName().strip(), caller.username(), clock.instant());
                dossier.holderUnitCode = NATIONAL_UNIT;
                details.put("toUnit", NATIONAL_UNIT);
                details.put("submissionNumber", dossier.stateProposal.number());
                details.put("submissionSignedOn", String.valueOf(submission.signedOn()));
                details.put("submissionSigner", dossier.stateProposal.signerName());
            }
            case APPRAISE -> {
                List<Finding> findings = recheckAndTake(dossier);
                findings.add(Competence.check(dossier.rules.form(), Competence.NATIONAL, today()));
                dossier.findings = findings;
                dossier.decidedAtUnitCode = caller.unitCode();
                details.put("decidedBy", String.join(" / ", dossier.rules.form().decidedBy() == null ? List.of()
                        : dossier.rules.form().decidedBy()));
            }
            case RETURN -> {
                if (move.to() == DossierStatus.RETURNED) {
                    dossier.holderUnitCode = dossier.proposingUnitCode;
                    dossier.decidedAtUnitCode = null;
                } else {
                    dossier.holderUnitCode = dossier.tenant;
                }
                details.put("toUnit", dossier.holderUnitCode);
            }
            case REJECT -> details.put("atUnit", String.valueOf(dossier.holderUnitCode));
            default -> throw ProblemException.conflict("invalid-transition", action, dossier.status);
        }
        dossier.status = move.to();
        dossier.stopIndex = move.stopIndex();
        try {
            return saveMove(dossier, action.name(), from, request.reason(), caller, details);
        } catch (OptimisticLockingFailureException lost) {
            giveBackNew(dossier, quotaBefore, claimsBefore);
            throw lost;
        }
    }

    private static ActionRequests.StateSubmission requireSubmission(ActionRequests.StateSubmission submission) {
        List<ProblemException.FieldViolation> violations = new ArrayList<>();
        if (submission == null || submission.number() == null || submission.number().isBlank()) {
            violations.add(new ProblemException.FieldViolation("submission.number", "required"));
        }
        if (submission == null || submission.signedOn() == null) {
            violations.add(new ProblemException.FieldViolation("submission.signedOn", "required"));
        }
        if (submission == null || submission.signerName() == null || submission.signerName().isBlank()) {
            violations.add(new ProblemException.FieldViolation("submission.signerName", "required"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return submission;
    }

    /**
     * The province (its Chairman's decision-signer or Sở Nội vụ, at the province's own unit) proposes and handles
     * what the national level returns; the national board's admin appraises. National inspectors read only.
     */
    static void requireLegActor(Dossier dossier, Workflow.Actor actor, PlatformPrincipal caller) {
        if (actor == Workflow.Actor.NATIONAL_BOARD) {
            if (!caller.isNational() || !DossierPolicy.POLICY.permits(caller, Action.STATE_APPRAISE)) {
                throw ProblemException.forbidden("not-at-this-stop", NATIONAL_UNIT,
                        vn.thidua.shared.security.PlatformRole.NATIONAL_ADMIN.claimName());
            }
            return;
        }
        boolean province = Objects.equals(caller.tenant(), dossier.tenant)
                && Objects.equals(caller.unitCode(), dossier.tenant);
        if (!province || !DossierPolicy.POLICY.permits(caller, Action.PROPOSE_TO_STATE)) {
            throw ProblemException.forbidden("not-at-this-stop", dossier.tenant,
                    PlatformRole.DECISION_SIGNER.claimName() + " / " + PlatformRole.PROVINCE_ADMIN.claimName());
        }
    }

    /** After a lost race: give back what this attempt newly took, unless the stored dossier holds it. */
    private void giveBackNew(Dossier attempt, List<String> quotaBefore, List<String> claimsBefore) {
        Dossier now = mongo.findById(attempt.id, Dossier.class);
        List<String> quotaNew = attempt.quotaKeys.stream().filter(k -> !quotaBefore.contains(k))
                .filter(k -> now == null || !now.quotaKeys.contains(k)).toList();
        List<String> claimsNew = attempt.claimKeys.stream().filter(k -> !claimsBefore.contains(k))
                .filter(k -> now == null || !now.claimKeys.contains(k)).toList();
        release(quotaNew, claimsNew, attempt.id);
    }

    private Dossier submit(Dossier dossier, TransitionRequest request, PlatformPrincipal caller) {
        requireProposer(dossier, caller);
        if (dossier.status != DossierStatus.DRAFT && dossier.status != DossierStatus.RETURNED) {
            throw ProblemException.conflict("invalid-transition", Workflow.Action.SUBMIT, dossier.status);
        }
        PlatformData.VersionedCampaign read = data.campaign(dossier.campaignId);
        CampaignRecord campaign = read.campaign();
        LocalDate today = today();
        CatalogueEntry form = data.catalogueEntry(dossier.awardFormCode)
                .orElseThrow(() -> ProblemException.invalid("awardFormCode", "unknown-award-form", dossier.awardFormCode));
        LocalDate referenceDay = referenceDay(campaign, dossier.year);
        LocalDate rulesDay = today.isBefore(referenceDay) ? today : referenceDay;
        Offer offer = campaign.offerList().stream().filter(o -> o.formCode().equals(dossier.awardFormCode))
                .findFirst().map(o -> new Offer(o.formCode(), o.categoryCodes(), o.occasions(), o.note(),
                        o.ruleList().stream().filter(r -> r.inForceOn(rulesDay)).toList()))
                .orElse(null);
        Category category = campaign.categoryList().stream().filter(c -> c.code().equals(dossier.categoryCode))
                .findFirst().orElse(null);
        RuleSnapshot snapshot = new RuleSnapshot(campaign.id(), read.etag(), campaign.code(), campaign.name(),
                campaign.standingAgencyCode(), today, rulesDay, category, offer, form);
        RoutePlanner.Place place = new RoutePlanner.Place(dossier.proposingUnitCode, dossier.proposingLevel,
                dossier.unitPath, withRouteLevels(dossier, campaign, referenceDay));
        List<RouteStop> route = RoutePlanner.plan(campaign.dossierSteps(), dossier.year, place, dossier.tenant,
                campaign.standingAgencyCode(), Competence.deciderLevel(form.level()));
        dossier.rules = snapshot;
        dossier.route = route;
        Workflow.Move move = Workflow.move(dossier.status, Workflow.Action.SUBMIT, route, null);
        RouteStop first = route.get(move.stopIndex());
        Evaluation evaluation = evaluate(dossier);
        List<Finding> findings = new ArrayList<>(evaluation.findings());
        findings.add(deadline(first.arrival(), today, dossier));
        findings.add(Finding.of("COMPETENCE", Finding.Outcome.PASS,
                "Hình thức " + form.name() + " do cấp " + Competence.deciderLevel(form.level()) + " quyết định.",
                form.name() + " is decided at level " + Competence.deciderLevel(form.level()) + ".",
                "06/2022/QH15", Map.of("formLevel", String.valueOf(form.level()))));
        refuseIfBlocked(findings);
        // Settle once-only claims and quota slots atomically in the store, only when nothing else blocks.
        Reservations taken = reserve(dossier, evaluation, findings);
        DossierStatus from = dossier.status;
        dossier.findings = findings;
        dossier.status = move.to();
        dossier.stopIndex = move.stopIndex();
        dossier.holderUnitCode = first.unitCode();
        dossier.routeUnits = route.stream().map(RouteStop::unitCode).distinct().toList();
        dossier.quotaKeys = taken.quotaKeys();
        dossier.claimKeys = taken.claimKeys();
        try {
            return saveMove(dossier, "SUBMIT", from, request.reason(), caller,
                    Map.of("toUnit", first.unitCode(), "campaignVersion", String.valueOf(read.etag())));
        } catch (OptimisticLockingFailureException lost) {
            // Another move of this dossier won: give back what this attempt took, unless the winner holds it.
            Dossier now = mongo.findById(dossier.id, Dossier.class);
            if (now == null || !now.status.holding()) {
                release(taken.quotaKeys(), taken.claimKeys(), dossier.id);
            }
            throw lost;
        }
    }

    /** Route units that are not on the proposer's path (standing agency, Sở Nội vụ) get their level too. */
    private Map<String, String> withRouteLevels(Dossier dossier, CampaignRecord campaign, LocalDate day) {
        Map<String, String> levels = new HashMap<>(dossier.pathLevels == null ? Map.of() : dossier.pathLevels);
        for (Step step : RoutePlanner.stepsFor(campaign.dossierSteps(), dossier.year)) {
            for (var end : java.util.stream.Stream.of(step.to(), step.via()).filter(Objects::nonNull).toList()) {
                if (end.unitCode() != null && !levels.containsKey(end.unitCode())) {
                    data.unit(end.unitCode(), day).ifPresent(u -> levels.put(end.unitCode(), u.level()));
                }
            }
        }
        return levels;
    }

    private record Reservations(List<String> quotaKeys, List<String> claimKeys) {
    }

    private Reservations reserve(Dossier dossier, Evaluation evaluation, List<Finding> findings) {
        List<String> claimKeys = new ArrayList<>();
        List<String> quotaKeys = new ArrayList<>();
        List<Finding> refused = new ArrayList<>();
        for (ClaimDemand demand : evaluation.claims()) {
            String holder = claims.claim(demand, dossier.tenant, dossier.id);
            findings.add(RuleChecks.claimFinding(demand, holder));
            if (holder == null) {
                claimKeys.add(demand.key());
            } else {
                refused.add(findings.getLast());
            }
        }
        if (refused.isEmpty()) {
            for (QuotaDemand demand : evaluation.quotas()) {
                QuotaCounters.Use use = quotas.reserve(demand, dossier.id);
                findings.add(RuleChecks.quotaFinding(demand, use.used(), use.granted()));
                if (use.granted()) {
                    quotaKeys.add(demand.key());
                } else {
                    refused.add(findings.getLast());
                    break;
                }
            }
        }
        if (!refused.isEmpty()) {
            release(quotaKeys, claimKeys, dossier.id);
            throw checksFailed(findings);
        }
        return new Reservations(quotaKeys, claimKeys);
    }

    private void release(List<String> quotaKeys, List<String> claimKeys, String dossierId) {
        quotaKeys.forEach(key -> quotas.release(key, dossierId));
        claimKeys.forEach(key -> claims.release(key, dossierId));
    }

    // ---------------------------------------------------------------- rule checks

    private record Evaluation(List<Finding> findings, List<QuotaDemand> quotas, List<ClaimDemand> claims) {
    }

    private Evaluation evaluate(Dossier dossier) {
        LocalDate asOf = today();
        RegistryFacts progress = new RegistryFacts(data, asOf);
        RuleChecks.Facts facts = progress;
        RuleChecks.Evaluation evaluation = RuleChecks.evaluate(dossier.rules, subject(dossier), facts);
        List<Finding> findings = new ArrayList<>(evaluation.findings());
        findings.add(registration(dossier));
        if (!progress.notVisible().isEmpty()) {
            // Said, not hidden: the checks above that needed these units' figures were left to the reviewer.
            findings.add(Finding.of("PROGRESS_SCOPE", Finding.Outcome.WARN,
                    "Không đọc được số liệu tiến độ của " + progress.notVisible() + " bằng quyền của người dùng; "
                            + "các điều kiện cần số liệu này được kiểm tra lại ở cấp trên.",
                    "Progress of " + progress.notVisible() + " is outside your scope; the conditions needing it are "
                            + "checked again at the next level.", null, Map.of("units", progress.notVisible())));
        }
        return new Evaluation(findings, evaluation.quotas(), evaluation.claims());
    }

    private RuleChecks.Subject subject(Dossier dossier) {
        List<String> keys = new ArrayList<>();
        String own = dossier.nominee.key();
        if (own != null) {
            keys.add(own);
            if (own.startsWith("U:")) {
                for (String code : equivalentCodes(dossier.nominee.unitCode())) {
                    if (!keys.contains("U:" + code)) {
                        keys.add("U:" + code);
                    }
                }
            }
        }
        return new RuleChecks.Subject(dossier.campaignId, dossier.tenant, dossier.awardFormCode,
                dossier.nominee.ruleType(), keys, dossier.nominee.unitCode(), dossier.occasion, dossier.figures,
                dossier.achievementKey, dossier.proposingUnitCode, dossier.proposingLevel, dossier.unitPath,
                dossier.pathLevels == null ? Map.of() : dossier.pathLevels, dossier.year);
    }

    /** The nominee unit's codes across the 2025 mergers (the history's answer); its own code when unavailable. */
    private Set<String> equivalentCodes(String unitCode) {
        try {
            Set<String> codes = history.equivalentUnitCodes(unitCode);
            return codes == null || codes.isEmpty() ? Set.of(unitCode) : codes;
        } catch (UnsupportedOperationException notYet) {
            return Set.of(unitCode);
        }
    }

    /** Year-end awards are judged against what was registered (seed 004): no registration is a warning. */
    private Finding registration(Dossier dossier) {
        String unit = dossier.nominee.unitCode() != null ? dossier.nominee.unitCode() : dossier.proposingUnitCode;
        var page = data.registrations(dossier.campaignId, dossier.year, unit);
        long count = page == null || page.items() == null ? 0 : page.items().size();
        if (count > 0) {
            var first = page.items().getFirst();
            return Finding.of("REGISTRATION", Finding.Outcome.PASS,
                    unit + " đã đăng ký thi đua năm " + dossier.year + " (trạng thái " + first.status() + ").",
                    unit + " registered for " + dossier.year + " (status " + first.status() + ").", null,
                    Map.of("registrationId", String.valueOf(first.id())));
        }
        return Finding.of("REGISTRATION", Finding.Outcome.WARN,
                unit + " không có đăng ký thi đua năm " + dossier.year + " trong phong trào này.",
                unit + " has no registration for " + dossier.year + " in this campaign.", null, Map.of());
    }

    /** Re-runs the checks of a received dossier without taking anything (its own slots count as held). */
    private List<Finding> recheck(Dossier dossier) {
        Evaluation evaluation = evaluate(dossier);
        List<Finding> findings = new ArrayList<>(evaluation.findings());
        for (ClaimDemand demand : evaluation.claims()) {
            findings.add(RuleChecks.claimFinding(demand, claims.heldElsewhere(demand, dossier.id)));
        }
        for (QuotaDemand demand : evaluation.quotas()) {
            QuotaCounters.Use use = quotas.peek(demand, dossier.id);
            boolean holds = dossier.quotaKeys != null && dossier.quotaKeys.contains(demand.key());
            findings.add(RuleChecks.quotaFinding(demand, use.used(), holds || use.granted()));
        }
        return findings;
    }

    /**
     * Re-runs the checks at a decision point and takes what has become due since submission (a quota whose scope
     * the level above can see, e.g. the district's NTM status the commune could not read). Taking is idempotent per
     * dossier; what is taken here is added to the dossier's holdings, and given back if the checks then fail.
     */
    private List<Finding> recheckAndTake(Dossier dossier) {
        Evaluation evaluation = evaluate(dossier);
        List<Finding> findings = new ArrayList<>(evaluation.findings());
        List<String> newQuotas = new ArrayList<>();
        List<String> newClaims = new ArrayList<>();
        boolean refused = false;
        for (ClaimDemand demand : evaluation.claims()) {
            boolean held = dossier.claimKeys.contains(demand.key());
            String holder = held ? claims.heldElsewhere(demand, dossier.id) : claims.claim(demand, dossier.tenant,
                    dossier.id);
            findings.add(RuleChecks.claimFinding(demand, holder));
            if (holder != null) {
                refused = true;
            } else if (!held) {
                newClaims.add(demand.key());
            }
        }
        for (QuotaDemand demand : evaluation.quotas()) {
            boolean held = dossier.quotaKeys.contains(demand.key());
            QuotaCounters.Use use = refused ? quotas.peek(demand, dossier.id)
                    : held ? quotas.peek(demand, dossier.id) : quotas.reserve(demand, dossier.id);
            findings.add(RuleChecks.quotaFinding(demand, use.used(), held || use.granted()));
            if (!held && !use.granted()) {
                refused = true;
            } else if (!held && !refused) {
                newQuotas.add(demand.key());
            }
        }
        if (refused || findings.stream().anyMatch(Finding::blocks)) {
            release(newQuotas, newClaims, dossier.id);
            throw checksFailed(findings);
        }
        dossier.quotaKeys.addAll(newQuotas);
        dossier.claimKeys.addAll(newClaims);
        return findings;
    }

    /** {@code GET /dossiers/{id}/checks}: the findings now, with the dossier's snapshot (or the plan's, for a draft). */
    public List<Finding> checks(String id, PlatformPrincipal caller) {
        Dossier dossier = get(id, caller);
        if (dossier.rules == null) {
            CampaignRecord campaign = data.campaign(dossier.campaignId).campaign();
            LocalDate referenceDay = referenceDay(campaign, dossier.year);
            LocalDate rulesDay = today().isBefore(referenceDay) ? today() : referenceDay;
            CatalogueEntry form = data.catalogueEntry(dossier.awardFormCode).orElse(null);
            Offer offer = campaign.offerList().stream().filter(o -> o.formCode().equals(dossier.awardFormCode))
                    .findFirst().map(o -> new Offer(o.formCode(), o.categoryCodes(), o.occasions(), o.note(),
                            o.ruleList().stream().filter(r -> r.inForceOn(rulesDay)).toList())).orElse(null);
            Category category = campaign.categoryList().stream()
                    .filter(c -> c.code().equals(dossier.categoryCode)).findFirst().orElse(null);
            dossier.rules = new RuleSnapshot(campaign.id(), null, campaign.code(), campaign.name(),
                    campaign.standingAgencyCode(), null, rulesDay, category, offer, form);
        }
        return recheck(dossier);
    }

    /** Re-checks for a decision (used by decisions): FAIL blocks. */
    public List<Finding> checksForDecision(Dossier dossier, String deciderLevel) {
        List<Finding> findings = recheck(dossier);
        findings.add(Competence.check(dossier.rules.form(), deciderLevel, today()));
        return findings;
    }

    private Finding deadline(RouteStop.Deadline deadline, LocalDate today, Dossier dossier) {
        Timeliness timeliness = Timeliness.judge(deadline, today);
        if (deadline == null) {
            return Finding.of("DEADLINE", Finding.Outcome.PASS, "Bước này không có hạn trình.",
                    "This step has no deadline.", null, Map.of());
        }
        Map<String, Object> numbers = Map.of("step", deadline.stepOrder(), "deadline", deadline.date().toString(),
                "on", today.toString());
        return switch (timeliness) {
            case ON_TIME -> Finding.of("DEADLINE", Finding.Outcome.PASS,
                    "Trong hạn bước " + deadline.stepOrder() + " (hạn " + deadline.date() + ").",
                    "On time for step " + deadline.stepOrder() + " (deadline " + deadline.date() + ").", null,
                    numbers);
            case LATE_FLAGGED -> {
                dossier.late = true;
                dossier.lateFlags.add(new Dossier.LateFlag(deadline.stepOrder(), deadline.stepName(),
                        deadline.date(), today));
                yield Finding.of("DEADLINE", Finding.Outcome.WARN,
                        "Trễ hạn bước " + deadline.stepOrder() + " \"" + deadline.stepName() + "\" (hạn "
                                + deadline.date() + "): hồ sơ được nhận và đánh dấu trễ hạn.",
                        "Late for step " + deadline.stepOrder() + " \"" + deadline.stepName() + "\" (deadline "
                                + deadline.date() + "): accepted and flagged late.", null, numbers);
            }
            case REFUSED -> throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "deadline-passed",
                    List.of(), Map.of("step", deadline.stepOrder(), "deadline", deadline.date().toString()),
                    deadline.stepOrder(), deadline.date());
        };
    }

    private static void refuseIfBlocked(List<Finding> findings) {
        if (findings.stream().anyMatch(Finding::blocks)) {
            throw checksFailed(findings);
        }
    }

    static ProblemException checksFailed(List<Finding> findings) {
        List<Finding> failed = findings.stream().filter(Finding::blocks).toList();
        // The failing findings in words (without their closing full stops, which the message template adds).
        String language = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage())
                ? "en" : "vi";
        String names = String.join("; ", failed.stream().map(f -> f.message().get(language).replaceAll("\\.$", ""))
                .toList());
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "rule-checks-failed", List.of(),
                Map.of("findings", findings), names);
    }

    // ---------------------------------------------------------------- batch forwarding

    /**
     * A level forwards a list of dossiers in one action (danh sách đề nghị): every dossier is checked first and
     * nothing moves unless all can; then each is saved with its version. Should one lose a race between the check
     * and its save (412), those already forwarded are moved back (FORWARD_UNDONE, audited) and the answer is 409.
     */
    public List<Dossier> forwardAll(ActionRequests.ForwardingRequest request, PlatformPrincipal caller) {
        BatchRefusal errors = new BatchRefusal();
        List<Dossier> ready = new ArrayList<>();
        Map<String, List<List<String>>> before = new HashMap<>();
        LocalDate today = today();
        for (String id : new LinkedHashSet<>(request.dossierIds())) {
            try {
                Dossier dossier = get(id, caller);
                requireActor(dossier, dossier.currentStop(), caller);
                Workflow.Move move = Workflow.move(dossier.status, Workflow.Action.FORWARD, dossier.route,
                        dossier.stopIndex);
                if (move == null) {
                    throw ProblemException.conflict("invalid-transition", Workflow.Action.FORWARD, dossier.status);
                }
                RouteStop next = dossier.route.get(move.stopIndex());
                before.put(id, List.of(List.copyOf(dossier.quotaKeys), List.copyOf(dossier.claimKeys)));
                List<Finding> findings = recheckAndTake(dossier);
                ready.add(dossier);
                findings.add(deadline(next.arrival(), today, dossier));
                dossier.findings = findings;
                dossier.holderUnitCode = next.unitCode();
                dossier.status = move.to();
                dossier.stopIndex = move.stopIndex();
            } catch (ProblemException refused) {
                errors.add(id, refused);
            }
        }
        if (!errors.isEmpty()) {
            for (Dossier taken : ready) {
                giveBackNew(taken, before.get(taken.id).get(0), before.get(taken.id).get(1));
            }
            throw errors.problem(request.dossierIds().size());
        }
        List<Dossier> done = new ArrayList<>();
        for (int i = 0; i < ready.size(); i++) {
            Dossier dossier = ready.get(i);
            DossierStatus from = DossierStatus.IN_REVIEW;
            try {
                done.add(saveMove(dossier, "FORWARD", from, request.note(), caller,
                        Map.of("toUnit", dossier.holderUnitCode, "batch", String.valueOf(ready.size()))));
            } catch (OptimisticLockingFailureException lost) {
                // The slots this attempt newly took for the dossier that changed meanwhile and for those not saved
                // yet go back (what their stored versions hold stays); the saved ones keep theirs, moved back.
                for (Dossier unsaved : ready.subList(i, ready.size())) {
                    giveBackNew(unsaved, before.get(unsaved.id).get(0), before.get(unsaved.id).get(1));
                }
                for (Dossier back : done) {
                    back.status = DossierStatus.IN_REVIEW;
                    back.stopIndex = back.stopIndex - 1;
                    back.holderUnitCode = back.route.get(back.stopIndex).unitCode();
                    saveMove(back, "FORWARD_UNDONE", from, "batch rolled back: " + dossier.id + " changed meanwhile",
                            caller, Map.of());
                }
                throw ProblemException.conflict("batch-conflict", dossier.id);
            }
        }
        return done;
    }

    // ---------------------------------------------------------------- council, revocation, attachments

    public Dossier council(String id, long expected, CouncilRequest request, PlatformPrincipal caller) {
        Dossier dossier = get(id, caller);
        Versions.check(expected, dossier.version);
        DossierPolicy.POLICY.require(caller, Action.RECORD_COUNCIL);
        requireActor(dossier, dossier.currentStop(), caller);
        if (dossier.status != DossierStatus.AWAITING_COUNCIL) {
            throw ProblemException.conflict("invalid-transition", "COUNCIL_RESULT", dossier.status);
        }
        List<ProblemException.FieldViolation> violations = new ArrayList<>();
        if (request.present() > request.members()) {
            violations.add(new ProblemException.FieldViolation("present", "out-of-range", 0, request.members()));
        }
        if ((long) request.votesFor() + request.votesAgainst() + request.abstentions() > request.present()) {
            violations.add(new ProblemException.FieldViolation("votesFor", "votes-exceed-present", request.present()));
        }
        if (settings.getCouncil().getSecretBallotForms().contains(dossier.awardFormCode) && !request.secretBallot()) {
            violations.add(new ProblemException.FieldViolation("secretBallot", "secret-ballot-required",
                    dossier.awardFormCode));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        CouncilRule rule = new CouncilRule(settings.getCouncil().getQuorumShare(),
                settings.getCouncil().getPassShareOfMembers());
        CouncilResult result = rule.read(request.members(), request.present(), request.votesFor(),
                request.votesAgainst(), request.abstentions(), request.secretBallot(), request.meetingDate(),
                request.note());
        DossierStatus from = dossier.status;
        dossier.council = result;
        dossier.status = result.passed() ? DossierStatus.APPROVED : DossierStatus.NOT_APPROVED;
        if (result.passed()) {
            dossier.decidedAtUnitCode = dossier.tenant;
        }
        return saveMove(dossier, "COUNCIL_RESULT", from, result.explanation().get("vi"), caller,
                Map.of("for", String.valueOf(result.votesFor()), "against", String.valueOf(result.votesAgainst()),
                        "abstain", String.valueOf(result.abstentions()), "members", String.valueOf(result.members()),
                        "secretBallot", String.valueOf(result.secretBallot())));
    }

    public Dossier revoke(String id, long expected, RevocationRequest request, PlatformPrincipal caller) {
        Dossier dossier = get(id, caller);
        Versions.check(expected, dossier.version);
        DossierPolicy.POLICY.require(caller, Action.REVOKE);
        // A state award is revoked by the national level; the province's own awards by the province.
        boolean stateAward = NATIONAL_UNIT.equals(dossier.decidedAtUnitCode);
        boolean allowed = stateAward ? caller.isNational() && caller.has(PlatformRole.NATIONAL_ADMIN)
                : Objects.equals(caller.tenant(), dossier.tenant) && Objects.equals(caller.unitCode(), dossier.tenant);
        if (!allowed) {
            throw ProblemException.forbidden("forbidden");
        }
        if (dossier.status != DossierStatus.DECIDED && dossier.status != DossierStatus.PUBLISHED) {
            throw ProblemException.conflict("invalid-transition", "REVOKE", dossier.status);
        }
        DossierStatus from = dossier.status;
        dossier.status = DossierStatus.REVOKED;
        dossier.revocation = new Dossier.Revocation(request.reason(), request.legalBasis(), today(),
                caller.username());
        Dossier saved = saveMove(dossier, "REVOKE", from, request.reason(), caller,
                Map.of("legalBasis", request.legalBasis()));
        if (from == DossierStatus.PUBLISHED) {
            try {
                history.recordRevoked(saved.id, request.reason(), request.legalBasis(), today());
            } catch (RuntimeException failure) {
                log.warn("History not told of revocation of {}: {}", saved.id, failure.toString());
            }
        }
        return saved;
    }

    public Dossier addAttachment(String id, StoredAttachment attachment) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().push("attachments", attachment).inc("version", 1).set("updatedAt", clock.instant()),
                "dossiers");
        return mongo.findById(id, Dossier.class);
    }

    /** Who may add files: the proposing unit while it prepares the dossier, or the unit that holds it. */
    public void requireAttachmentWriter(Dossier dossier, PlatformPrincipal caller) {
        boolean proposer = Objects.equals(caller.unitCode(), dossier.proposingUnitCode)
                || caller.has(PlatformRole.PROVINCE_ADMIN) && Objects.equals(caller.tenant(), dossier.tenant);
        boolean holder = Objects.equals(caller.unitCode(), dossier.holderUnitCode);
        if (!(proposer || holder) || caller.has(PlatformRole.INSPECTOR)) {
            throw ProblemException.forbidden("forbidden");
        }
        // Refused, decided, published, revoked: the dossier is closed, its files are what it was judged on.
        if (CLOSED.contains(dossier.status)) {
            throw ProblemException.conflict("dossier-not-editable", dossier.status);
        }
        // Once it has left the proposer, only the unit holding it adds files (the proposer's again when returned).
        boolean preparing = dossier.status == DossierStatus.DRAFT || dossier.status == DossierStatus.RETURNED;
        if (!holder && !preparing) {
            throw ProblemException.forbidden("forbidden");
        }
    }

    private static final Set<DossierStatus> CLOSED = Set.of(DossierStatus.REJECTED, DossierStatus.NOT_APPROVED,
            DossierStatus.DECIDED, DossierStatus.PUBLISHED, DossierStatus.REVOKED);

    // ---------------------------------------------------------------- used by decisions and batches

    /** Saves a move already applied to the dossier: versioned save, quota release when it leaves the flow, audit. */
    Dossier saveMove(Dossier dossier, String action, DossierStatus from, String reason, PlatformPrincipal caller,
            Map<String, String> details) {
        TransitionRecord move = record(action, from, dossier.status, reason, caller);
        dossier.transitions.add(move);
        dossier.updatedAt = clock.instant();
        Dossier saved = mongo.save(dossier);
        if (from != null && from.holding() && !saved.status.holding()) {
            release(saved.quotaKeys, saved.claimKeys, saved.id);
        }
        audited(saved, move, details);
        return saved;
    }

    public Dossier applyDecision(Dossier dossier, String decisionId, String number, Long prize,
            PlatformPrincipal caller) {
        return applyDecision(dossier, decisionId, number, null, null, prize, caller);
    }

    public Dossier applyDecision(Dossier dossier, String decisionId, String number, String issuingBody,
            LocalDate signedOn, Long prize, PlatformPrincipal caller) {
        DossierStatus from = dossier.status;
        dossier.status = DossierStatus.DECIDED;
        dossier.decisionId = decisionId;
        dossier.decisionNumber = number;
        dossier.decisionIssuingBody = issuingBody;
        dossier.decisionSignedOn = signedOn;
        dossier.prizeMoneyVnd = prize;
        return saveMove(dossier, "DECISION", from, null, caller, Map.of("decisionId", decisionId, "number", number));
    }

    public Dossier applyPublication(Dossier dossier, PlatformPrincipal caller) {
        DossierStatus from = dossier.status;
        dossier.status = DossierStatus.PUBLISHED;
        return saveMove(dossier, "PUBLICATION", from, null, caller, Map.of("decisionId", dossier.decisionId));
    }

    /** The unit that must act at the current stop, with the stop's role; Sở Nội vụ's appraisers act province-wide. */
    static void requireActor(Dossier dossier, RouteStop stop, PlatformPrincipal caller) {
        if (stop == null) {
            throw ProblemException.conflict("invalid-transition", "-", dossier.status);
        }
        boolean role = caller.roles().stream().anyMatch(r -> r.claimName().equals(stop.role()));
        boolean unit = Objects.equals(caller.unitCode(), stop.unitCode())
                || stop.kind() == RouteStop.Kind.APPRAISAL && Objects.equals(caller.unitCode(), dossier.tenant)
                        && Objects.equals(caller.tenant(), dossier.tenant);
        if (!role || !unit) {
            throw ProblemException.forbidden("not-at-this-stop", stop.unitCode(), stop.role());
        }
    }

    private static void requireProposer(Dossier dossier, PlatformPrincipal caller) {
        DossierPolicy.POLICY.require(caller, Action.PROPOSE);
        boolean own = Objects.equals(caller.unitCode(), dossier.proposingUnitCode);
        boolean province = caller.has(PlatformRole.PROVINCE_ADMIN) && Objects.equals(caller.tenant(), dossier.tenant);
        if (!own && !province) {
            throw ProblemException.forbidden("not-proposing-unit", dossier.proposingUnitCode);
        }
    }

    private TransitionRecord record(String action, DossierStatus from, DossierStatus to, String reason,
            PlatformPrincipal caller) {
        return new TransitionRecord(UUID.randomUUID().toString(), action, from == null ? null : from.name(),
                to == null ? null : to.name(), reason, caller.username(), caller.unitCode(), clock.instant(), false);
    }

    /** Appends the audit record; when the trail fails, the transition stays unaudited for the reconciler. */
    void audited(Dossier saved, TransitionRecord move, Map<String, String> details) {
        try {
            audit.append(eventOf(saved, move, details));
            mongo.updateFirst(Query.query(Criteria.where("_id").is(saved.id).and("transitions.eventId")
                    .is(move.eventId())), new Update().set("transitions.$.audited", true), "dossiers");
            saved.transitions.replaceAll(t -> t.eventId().equals(move.eventId()) ? t.audited(true) : t);
        } catch (RuntimeException failure) {
            log.warn("Audit append failed for dossier {} event {}; the reconciler will retry: {}", saved.id,
                    move.eventId(), failure.toString());
        }
    }

    static AuditEvent eventOf(Dossier dossier, TransitionRecord move, Map<String, String> details) {
        Map<String, String> all = new HashMap<>(details == null ? Map.of() : details);
        if (dossier.holderUnitCode != null) {
            all.putIfAbsent("holderUnitCode", dossier.holderUnitCode);
        }
        all.putIfAbsent("awardFormCode", String.valueOf(dossier.awardFormCode));
        return new AuditEvent(move.eventId(), "DOSSIER", dossier.id, dossier.tenant, dossier.unitPath, move.action(),
                move.fromStatus(), move.toStatus(), move.reason(), all);
    }

    static Set<String> ids(List<Dossier> dossiers) {
        return new LinkedHashSet<>(dossiers.stream().map(d -> d.id).toList());
    }

    Instant now() {
        return clock.instant();
    }
}
