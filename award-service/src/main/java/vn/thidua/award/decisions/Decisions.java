package vn.thidua.award.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.thidua.award.audit.AuditEvent;
import vn.thidua.award.audit.AuditTrail;
import vn.thidua.award.checks.Competence;
import vn.thidua.award.checks.Finding;
import vn.thidua.award.dossiers.AwardSettings;
import vn.thidua.award.dossiers.BatchRefusal;
import vn.thidua.award.dossiers.DossierAccess;
import vn.thidua.award.dossiers.Dossier;
import vn.thidua.award.dossiers.DossierPolicy;
import vn.thidua.award.dossiers.DossierPolicy.Action;
import vn.thidua.award.dossiers.DossierStatus;
import vn.thidua.award.dossiers.Dossiers;
import vn.thidua.award.dossiers.PrizeMoney;
import vn.thidua.award.dossiers.TransitionRecord;
import vn.thidua.award.duties.DutyDenials;
import vn.thidua.award.duties.SeparationOfDuties;
import vn.thidua.award.history.AwardHistory;
import vn.thidua.award.history.AwardedEntry;
import vn.thidua.award.reservations.ReservationScope;
import vn.thidua.award.reservations.Reservations;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.lists.BoundedLists;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.tenancy.Scope;
import vn.thidua.shared.tenancy.ScopeQueries;
import vn.thidua.shared.web.PageResponse;

/**
 * Decisions (quyết định khen thưởng): issued for approved dossiers after the rule checks and the competence check
 * are re-run, listing the awardees with their prize money; then published, which puts each award on the nominee's
 * history.
 */
@Service
public class Decisions {

    private static final Logger log = LoggerFactory.getLogger(Decisions.class);

    private final MongoTemplate mongo;
    private final Dossiers dossiers;
    private final AuditTrail audit;
    private final AwardHistory history;
    private final AwardSettings settings;
    private final Clock clock;
    private final DecisionClaims claims;
    private final Reservations reservations;
    private final DecisionFeed feed;
    private final BoundedLists lists;

    public Decisions(MongoTemplate mongo, Dossiers dossiers, AuditTrail audit, AwardHistory history,
            AwardSettings settings, Clock clock, Reservations reservations, DecisionFeed feed, BoundedLists lists) {
        this.lists = lists;
        this.reservations = reservations;
        this.feed = feed;
        this.claims = new DecisionClaims(mongo, clock);
        this.mongo = mongo;
        this.dossiers = dossiers;
        this.audit = audit;
        this.history = history;
        this.settings = settings;
        this.clock = clock;
    }

    public Decision get(String id, PlatformPrincipal caller) {
        DossierPolicy.POLICY.require(caller, Action.READ);
        Decision decision = id == null ? null : mongo.findById(id, Decision.class);
        if (decision == null || !Scope.covers(caller, decision.tenant, decision.unitPath)) {
            throw ProblemException.notFound("decision", id);
        }
        return decision;
    }

    public PageResponse<Decision> list(PlatformPrincipal caller, int page, int size, String after) {
        DossierPolicy.POLICY.require(caller, Action.READ);
        // Newest first; the indexes (tenant[, unitPath], createdAt, _id) are declared with the dossiers'.
        return lists.page("decisions", Decision.class, ScopeQueries.visibleTo(caller),
                Sort.by(Sort.Direction.DESC, "createdAt"), page, size, after);
    }

    public Decision issue(DecisionRequest request, PlatformPrincipal caller) {
        // The national board records state decisions (Thủ tướng Chính phủ, Chủ tịch nước): a tenant-less decision.
        boolean national = caller.isNational() && caller.has(PlatformRole.NATIONAL_ADMIN);
        // Who signs comes first, naming the rule: a decision-signer of the issuing body (the caller's unit).
        DutyDenials.require(SeparationOfDuties.maySign(caller, caller.unitCode(), national, List.of()),
                request.number());
        DossierPolicy.POLICY.require(caller, Action.ISSUE_DECISION);
        if (caller.tenant() == null && !national) {
            throw ProblemException.forbidden("forbidden");
        }
        String signerName = signerName(request, caller, national);
        String tenant = national ? null : caller.tenant();
        int year = request.signedOn().getYear();
        if (mongo.exists(DecisionNumbers.sameNumber(caller.unitCode(), year, request.number()), Decision.class)) {
            throw DecisionNumbers.taken(request.number(), caller.unitCode(), year);
        }
        // Nobody signs a decision on a dossier he prepared (read here so the refusal is the rule's 403).
        for (String id : new LinkedHashSet<>(request.dossierIds())) {
            Dossier dossier = id == null ? null : mongo.findById(id, Dossier.class);
            if (dossier != null && DossierAccess.visible(caller, dossier)) {
                DutyDenials.require(SeparationOfDuties.maySign(caller, caller.unitCode(), national,
                        List.of(dossier.preparation())), id);
            }
        }
        BatchRefusal errors = new BatchRefusal();
        List<Dossier> awarded = new ArrayList<>();
        for (String id : new LinkedHashSet<>(request.dossierIds())) {
            try {
                Dossier dossier = dossiers.get(id, caller);
                // A state decision is for a dossier the national board appraised; the others for approved ones.
                DossierStatus ready = national ? DossierStatus.STATE_APPRAISED : DossierStatus.APPROVED;
                if (dossier.status != ready) {
                    throw ProblemException.conflict("invalid-transition", "DECISION", dossier.status);
                }
                if (!Objects.equals(dossier.decidedAtUnitCode, caller.unitCode())) {
                    throw ProblemException.forbidden("not-at-this-stop", dossier.decidedAtUnitCode, "decision-signer");
                }
                String level = national ? Competence.NATIONAL
                        : Objects.equals(caller.unitCode(), dossier.tenant) ? "PROVINCE"
                        : dossier.levels().getOrDefault(caller.unitCode(), "DISTRICT");
                List<Finding> findings = dossiers.checksForDecision(dossier, level);
                if (national && dossier.rules.form() != null) {
                    findings.add(Competence.issuingBody(dossier.rules.form(), request.issuingBody()));
                }
                if (findings.stream().anyMatch(Finding::blocks)) {
                    throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "rule-checks-failed", List.of(),
                            Map.of("findings", findings), "");
                }
                dossier.findings = findings;
                awarded.add(dossier);
            } catch (ProblemException refused) {
                errors.add(id, refused);
            }
        }
        if (!errors.isEmpty()) {
            throw errors.problem(request.dossierIds().size());
        }
        Decision decision = new Decision();
        decision.id = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        decision.tenant = tenant;
        decision.decidingUnitCode = caller.unitCode();
        decision.unitPath = national ? List.of(caller.unitCode())
                : Objects.equals(caller.unitCode(), caller.tenant()) ? List.of(caller.tenant())
                : List.of(caller.tenant(), caller.unitCode());
        decision.number = request.number();
        decision.signedOn = request.signedOn();
        decision.issuingBody = request.issuingBody();
        decision.signerName = signerName;
        decision.signedBy = national ? null : caller.username();
        decision.year = year;
        decision.status = Decision.Status.ISSUED;
        decision.createdBy = caller.username();
        decision.createdAt = clock.instant();
        long total = 0;
        for (Dossier dossier : awarded) {
            Long prize = null;
            String basis = "Kế hoạch không quy định tiền thưởng cho hình thức này trong phiên bản quy định của hồ sơ";
            var rule = PrizeMoney.ruleOn(dossier.rules.offer() == null ? List.of() : dossier.rules.offer().ruleList(),
                    dossier.rules.rulesInForceOn());
            var salary = settings.baseSalaryOn(request.signedOn());
            if (rule.isPresent() && salary.isPresent()) {
                prize = PrizeMoney.amount(rule.get(), dossier.nominee.ruleType(), salary.get().getAmountVnd(),
                        settings.getPrizeRoundingVnd());
                basis = rule.get().baseSalaryMultiple() + " × " + salary.get().getAmountVnd() + " VND ("
                        + salary.get().getLegalBasis() + ")" + ("HOUSEHOLD".equals(dossier.nominee.ruleType())
                        && rule.get().householdMultipleOfIndividual() != null
                        ? " × " + rule.get().householdMultipleOfIndividual() : "") + "; " + rule.get().legalBasis();
                total += prize;
            }
            decision.awardees.add(new Decision.Awardee(dossier.id, dossier.nominee.ruleType(), dossier.nominee.name(),
                    dossier.nominee.personalId(), dossier.nominee.unitCode(), dossier.proposingUnitCode,
                    dossier.awardFormCode, dossier.rules.form() == null ? null : dossier.rules.form().name(), prize,
                    basis));
        }
        decision.totalPrizeMoneyVnd = total;
        TransitionRecord issued = record("DECISION_ISSUED", null, Decision.Status.ISSUED.name(), caller);
        List<Dossier> applied = new ArrayList<>();
        decision.transitions.add(issued);
        List<String> dossierIds = awarded.stream().map(d -> d.id).toList();
        try (ReservationScope scope = reservations.open()) {
            claims.claimAll(dossierIds, decision.id, scope);
            Decision saved;
            try {
                feed.stamp(decision);
                saved = mongo.insert(decision);
            } catch (org.springframework.dao.DuplicateKeyException numberTaken) {
                // The same number issued at the same moment by another signer: the unique index decided.
                throw DecisionNumbers.taken(request.number(), caller.unitCode(), year);
            }
            scope.taken("decision-written", () -> {
                mongo.remove(Query.query(Criteria.where("_id").is(saved.id)), Decision.class);
                // A reader may have copied it meanwhile: the feed says it is gone.
                feed.removed(saved);
            });
            for (int i = 0; i < awarded.size(); i++) {
                Dossier decided = dossiers.applyDecision(awarded.get(i), saved.id, saved.number, saved.issuingBody,
                        saved.signedOn, saved.awardees.get(i).prizeMoneyVnd(), caller);
                applied.add(decided);
            }
            audited(saved, issued, Map.of("number", saved.number, "dossiers", String.valueOf(awarded.size())));
            scope.commit();
            return saved;
        } finally {
            if (applied.size() < awarded.size()) {
                // A dossier changed meanwhile (412): those already decided go back to APPROVED, audited.
                applied.forEach(d -> dossiers.undoDecision(d, caller));
            }
        }
    }

    public Decision publish(String id, PlatformPrincipal caller) {
        Decision decision = get(id, caller);
        DossierPolicy.POLICY.require(caller, Action.PUBLISH);
        // Whoever prepared one of its dossiers is refused first, naming the rule, wherever he sits.
        List<SeparationOfDuties.Preparation> prepared = new ArrayList<>();
        for (Decision.Awardee awardee : decision.awardees) {
            Dossier dossier = mongo.findById(awardee.dossierId(), Dossier.class);
            if (dossier != null) {
                prepared.add(dossier.preparation());
            }
        }
        DutyDenials.require(SeparationOfDuties.mayPublish(caller, prepared), decision.id);
        // The deciding unit publishes: the province, district or commune, or the national board for a state decision.
        if (!Objects.equals(caller.unitCode(), decision.decidingUnitCode)
                || decision.tenant == null && !caller.isNational()) {
            throw ProblemException.forbidden("forbidden");
        }
        if (decision.status != Decision.Status.ISSUED) {
            throw ProblemException.conflict("invalid-transition", "PUBLISH", decision.status);
        }
        decision.status = Decision.Status.PUBLISHED;
        decision.publishedAt = clock.instant();
        TransitionRecord published = record("PUBLICATION", Decision.Status.ISSUED.name(),
                Decision.Status.PUBLISHED.name(), caller);
        decision.transitions.add(published);
        feed.stamp(decision);
        Decision saved = mongo.save(decision);
        audited(saved, published, Map.of("number", saved.number));
        for (Decision.Awardee awardee : saved.awardees) {
            Dossier dossier = mongo.findById(awardee.dossierId(), Dossier.class);
            if (dossier == null || dossier.status != DossierStatus.DECIDED) {
                continue;
            }
            Dossier done = dossiers.applyPublication(dossier, caller);
            try {
                history.recordAwarded(new AwardedEntry(done.id, saved.id, saved.number, saved.signedOn,
                        saved.issuingBody, done.awardFormCode, awardee.awardFormName(), done.campaignId, done.year,
                        done.nominee.type().name(), done.nominee.name(), done.nominee.personalId(),
                        done.nominee.birthDate(), done.nominee.unitCode(), done.proposingUnitCode, done.tenant,
                        done.unitPath, awardee.prizeMoneyVnd()));
            } catch (RuntimeException failure) {
                log.warn("History not told of award {} on decision {}: {}", done.id, saved.number, failure.toString());
            }
        }
        return saved;
    }

    /**
     * The signer's name on the decision: the authenticated signer's own (a different name sent is refused, so the
     * record never names someone who did not sign); the state signer for a decision the national board records.
     */
    private static String signerName(DecisionRequest request, PlatformPrincipal caller, boolean national) {
        String sent = request.signerName() == null || request.signerName().isBlank() ? null
                : request.signerName().strip();
        if (national) {
            if (sent == null) {
                throw ProblemException.invalid("signerName", "required");
            }
            return sent;
        }
        String own = caller.displayName() == null || caller.displayName().isBlank() ? caller.username()
                : caller.displayName();
        if (sent != null && !sent.equals(own)) {
            throw ProblemException.invalid("signerName", "signer-is-authenticated-user", own);
        }
        return own;
    }

    private TransitionRecord record(String action, String from, String to, PlatformPrincipal caller) {
        return new TransitionRecord(UUID.randomUUID().toString(), action, from, to, null, caller.username(),
                caller.unitCode(), clock.instant(), false);
    }

    void audited(Decision saved, TransitionRecord move, Map<String, String> details) {
        try {
            audit.append(eventOf(saved, move, details));
            mongo.updateFirst(Query.query(Criteria.where("_id").is(saved.id).and("transitions.eventId")
                    .is(move.eventId())), new Update().set("transitions.$.audited", true), "decisions");
            saved.transitions.replaceAll(t -> t.eventId().equals(move.eventId()) ? t.audited(true) : t);
        } catch (RuntimeException failure) {
            log.warn("Audit append failed for decision {}; the reconciler will retry: {}", saved.id, failure.toString());
        }
    }

    public static AuditEvent eventOf(Decision decision, TransitionRecord move, Map<String, String> details) {
        Map<String, String> all = new HashMap<>(details == null ? Map.of() : details);
        all.putIfAbsent("number", decision.number);
        return new AuditEvent(move.eventId(), "DECISION", decision.id, decision.tenant, decision.unitPath,
                move.action(), move.fromStatus(), move.toStatus(), move.reason(), all);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
    }
}
