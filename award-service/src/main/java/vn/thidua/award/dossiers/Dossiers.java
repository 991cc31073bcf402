package vn.thidua.award.dossiers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.thidua.award.attachments.StoredAttachment;
import vn.thidua.award.checks.Competence;
import vn.thidua.award.checks.Finding;
import vn.thidua.award.clients.CampaignApi.CampaignRecord;
import vn.thidua.award.clients.CampaignApi.Category;
import vn.thidua.award.clients.PlatformData;
import vn.thidua.award.dossiers.ActionRequests.CouncilRequest;
import vn.thidua.award.dossiers.ActionRequests.RevocationRequest;
import vn.thidua.award.dossiers.ActionRequests.TransitionRequest;
import vn.thidua.award.dossiers.DossierPolicy.Action;
import vn.thidua.award.duties.DutyDenials;
import vn.thidua.award.duties.SeparationOfDuties;
import vn.thidua.award.history.AwardHistory;
import vn.thidua.award.reservations.ReservationScope;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.lists.BoundedLists;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.units.UnitRegistryApi.UnitRecord;
import vn.thidua.shared.web.PageResponse;
import vn.thidua.shared.web.Versions;

/**
 * Dossiers: create, edit, move along the route, council results, decisions' effects and revocation. Access is
 * {@link DossierAccess}'s, checks and reservations {@link DossierChecks}', submission {@link Submission}'s, the
 * national leg {@link NationalLeg}'s, batches {@link BatchForwarding}'s; the state changes are the
 * {@link Dossier}'s own methods, and every accepted change is one versioned save through {@link DossierJournal}.
 * Checks and permissions come before any write.
 */
@Service
public class Dossiers {

    private static final Logger log = LoggerFactory.getLogger(Dossiers.class);
    /** The national board's unit (Ban Thi đua – Khen thưởng Trung ương), holder of a dossier proposed to the state. */
    public static final String NATIONAL_UNIT = DossierAccess.NATIONAL_UNIT;

    private final MongoTemplate mongo;
    private final PlatformData data;
    private final DossierChecks checks;
    private final DossierJournal journal;
    private final Submission submission;
    private final NationalLeg nationalLeg;
    private final AwardHistory history;
    private final AwardSettings settings;
    private final Clock clock;
    private final BoundedLists lists;

    Dossiers(BoundedLists lists, MongoTemplate mongo, PlatformData data, DossierChecks checks,
            DossierJournal journal, Submission submission, NationalLeg nationalLeg, AwardHistory history,
            AwardSettings settings, Clock clock) {
        this.mongo = mongo;
        this.data = data;
        this.checks = checks;
        this.journal = journal;
        this.submission = submission;
        this.nationalLeg = nationalLeg;
        this.history = history;
        this.settings = settings;
        this.clock = clock;
        this.lists = lists;
    }

    // ---------------------------------------------------------------- reading

    public Dossier get(String id, PlatformPrincipal caller) {
        DossierPolicy.POLICY.require(caller, Action.READ);
        Dossier dossier = id == null ? null : mongo.findById(id, Dossier.class);
        if (dossier == null || !DossierAccess.visible(caller, dossier)) {
            throw ProblemException.notFound("dossier", id);
        }
        return dossier;
    }

    public PageResponse<Dossier> list(PlatformPrincipal caller, DossierStatus status, String campaignId,
            String holderUnitCode, int page, int size, String after) {
        DossierPolicy.POLICY.require(caller, Action.READ);
        return lists.page("dossiers", Dossier.class, DossierIndexes.listFilter(caller, status, campaignId,
                holderUnitCode), DossierIndexes.LIST_ORDER, page, size, after);
    }

    /** {@code GET /dossiers/{id}/checks}: the findings now, with the dossier's snapshot (or the plan's, for a draft). */
    public List<Finding> checks(String id, PlatformPrincipal caller) {
        Dossier dossier = get(id, caller);
        return dossier.rules == null ? submission.draftChecks(dossier) : checks.recheck(dossier);
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
        return journal.insert(dossier, caller);
    }

    public Dossier update(String id, long expected, DossierRequest request, PlatformPrincipal caller) {
        Dossier dossier = get(id, caller);
        Versions.check(expected, dossier.version);
        DossierAccess.requireProposer(dossier, caller);
        if (dossier.status != DossierStatus.DRAFT && dossier.status != DossierStatus.RETURNED) {
            throw ProblemException.conflict("dossier-not-editable", dossier.status);
        }
        if (!request.campaignId().equals(dossier.campaignId)) {
            throw ProblemException.invalid("campaignId", "immutable");
        }
        CampaignRecord campaign = data.campaign(request.campaignId()).campaign();
        fill(dossier, request, campaign, dossier.proposingUnitCode, caller);
        return journal.saveMove(dossier, "EDIT", dossier.status, null, caller, Map.of());
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
        boolean inPeriod = campaign.startYear() == null || campaign.endYear() == null
                || request.year() >= campaign.startYear() && request.year() <= campaign.endYear();
        LocalDate referenceDay = inPeriod ? submission.referenceDay(campaign.id(), request.year())
                : LocalDate.of(request.year() + 1, 1, 1);
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
        Map<String, String> levels = new LinkedHashMap<>();
        for (String code : unit.path()) {
            data.unit(code, referenceDay).ifPresent(u -> levels.put(code, u.level()));
        }
        dossier.pathLevels = Dossier.levelList(levels);
        dossier.achievementSummary = request.achievementSummary();
        dossier.achievementKey = request.achievementKey();
        dossier.declareFigures(request.figures());
    }

    // ---------------------------------------------------------------- moves along the route

    public Dossier transition(String id, long expected, TransitionRequest request, PlatformPrincipal caller) {
        Dossier dossier = get(id, caller);
        Versions.check(expected, dossier.version);
        Workflow.Action action = request.action();
        if (Workflow.needsReason(action) && (request.reason() == null || request.reason().isBlank())) {
            throw ProblemException.invalid("reason", "required");
        }
        if (action == Workflow.Action.SUBMIT) {
            return submission.submit(dossier, request, caller);
        }
        if (action == Workflow.Action.PROPOSE || DossierStatus.NATIONAL_LEG.contains(dossier.status)) {
            return nationalLeg.move(dossier, request, caller);
        }
        RouteStop stop = dossier.currentStop();
        DossierAccess.requireActor(dossier, stop, caller);
        DossierAccess.requireSeparateDuty(dossier, action, caller);
        Workflow.Move move = dossier.allowed(action);
        DossierStatus from = dossier.status;
        LocalDate today = checks.today();
        Map<String, String> details = new HashMap<>();
        try (ReservationScope scope = checks.scopeFor(dossier)) {
            switch (action) {
                case FORWARD -> {
                    RouteStop next = dossier.route.get(move.stopIndex());
                    // Deadline first (REFUSE answers 422 before anything is taken), then the checks that take slots.
                    Finding timely = dossier.judgeDeadline(next.arrival(), today);
                    List<Finding> findings = checks.recheckAndTake(dossier, scope);
                    findings.add(timely);
                    dossier.forward(findings, today);
                    details.put("toUnit", next.unitCode());
                }
                case DECIDE -> {
                    Finding competent = Competence.check(dossier.rules.form(), stop.level(), today);
                    if (competent.blocks()) {
                        throw DossierChecks.checksFailed(List.of(competent));
                    }
                    Finding timely = stop.decideBy() == null ? null : dossier.judgeDeadline(stop.decideBy(), today);
                    List<Finding> findings = checks.recheckAndTake(dossier, scope);
                    findings.add(competent);
                    if (timely != null) {
                        findings.add(timely);
                    }
                    dossier.approveAtStop(findings);
                }
                case APPRAISE -> {
                    List<Finding> findings = checks.recheckAndTake(dossier, scope);
                    if (stop.decideBy() != null) {
                        // Thời hạn thẩm định: appraised after the decide-by date is accepted and flagged late.
                        findings.add(dossier.judgeDecideBy(stop.decideBy(), today));
                    }
                    dossier.appraised(findings);
                }
                case RETURN -> dossier.returnToProposer();
                case REJECT -> dossier.reject();
                default -> throw ProblemException.conflict("invalid-transition", action, dossier.status);
            }
            Dossier saved = journal.saveMove(dossier, action.name(), from, request.reason(), caller, details);
            scope.commit();
            return saved;
        }
    }

    // ---------------------------------------------------------------- council, revocation, attachments

    public Dossier council(String id, long expected, CouncilRequest request, PlatformPrincipal caller) {
        Dossier dossier = get(id, caller);
        Versions.check(expected, dossier.version);
        DutyDenials.require(SeparationOfDuties.mayRecordCouncilVote(caller, dossier.preparation()), dossier.id);
        DossierPolicy.POLICY.require(caller, Action.RECORD_COUNCIL);
        DossierAccess.requireActor(dossier, dossier.currentStop(), caller);
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
        dossier.recordCouncil(result);
        return journal.saveMove(dossier, "COUNCIL_RESULT", from, result.explanation().get("vi"), caller,
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
        DossierStatus from = dossier.status;
        dossier.revoke(new Dossier.Revocation(request.reason(), request.legalBasis(), checks.today(),
                caller.username()));
        Dossier saved = journal.saveMove(dossier, "REVOKE", from, request.reason(), caller,
                Map.of("legalBasis", request.legalBasis()));
        if (from == DossierStatus.PUBLISHED) {
            try {
                history.recordRevoked(saved.id, request.reason(), request.legalBasis(), checks.today());
            } catch (RuntimeException failure) {
                log.warn("History not told of revocation of {}: {}", saved.id, failure.toString());
            }
        }
        return saved;
    }

    public Dossier addAttachment(String id, StoredAttachment attachment) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), journal.stamped(
                new Update().push("attachments", attachment).inc("version", 1).set("updatedAt", clock.instant())),
                "dossiers");
        return mongo.findById(id, Dossier.class);
    }

    // ---------------------------------------------------------------- used by decisions

    /** Re-checks for a decision: FAIL blocks. */
    public List<Finding> checksForDecision(Dossier dossier, String deciderLevel) {
        return checks.checksForDecision(dossier, deciderLevel);
    }

    public Dossier applyDecision(Dossier dossier, String decisionId, String number, String issuingBody,
            LocalDate signedOn, Long prize, PlatformPrincipal caller) {
        DossierStatus from = dossier.status;
        dossier.decide(decisionId, number, issuingBody, signedOn, prize);
        return journal.saveMove(dossier, "DECISION", from, null, caller,
                Map.of("decisionId", decisionId, "number", number));
    }

    /** A decision not written after all (another dossier of it changed meanwhile): back to where it was. */
    public Dossier undoDecision(Dossier decided, PlatformPrincipal caller) {
        DossierStatus from = decided.status;
        String decisionId = decided.decisionId;
        decided.undoDecision(NATIONAL_UNIT);
        return journal.saveMove(decided, "DECISION_UNDONE", from, "decision not written: a dossier changed meanwhile",
                caller, Map.of("decisionId", String.valueOf(decisionId)));
    }

    public Dossier applyPublication(Dossier dossier, PlatformPrincipal caller) {
        DossierStatus from = dossier.status;
        dossier.publish();
        return journal.saveMove(dossier, "PUBLICATION", from, null, caller, Map.of("decisionId", dossier.decisionId));
    }
}
