package vn.thidua.award.dossiers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.award.attachments.StoredAttachment;
import vn.thidua.award.checks.Finding;
import vn.thidua.award.checks.RuleSnapshot;
import vn.thidua.award.duties.SeparationOfDuties;
import vn.thidua.award.schedule.WorkingDays;
import vn.thidua.shared.error.ProblemException;

/**
 * An award dossier (hồ sơ đề nghị khen thưởng): one aggregate, one document. Scope fields: {@code tenant}, the
 * proposing unit's {@code unitPath} (as of the dossier's year) and the {@code routeUnits} it passes through, so
 * district, standing agency and Sở Nội vụ read the dossiers on their route. Its status changes only through its
 * own methods, which refuse a move the {@link Workflow} does not allow; saved with the optimistic {@code version}.
 */
@Document("dossiers")
public class Dossier {

    @Id
    public String id;
    public String tenant;
    public List<String> unitPath;
    public List<String> routeUnits = new ArrayList<>();
    /** The unit that holds the dossier now (đơn vị đang xử lý). */
    public String holderUnitCode;

    public String campaignId;
    public int year;
    /** ANNUAL, MID_TERM_REVIEW, FINAL_REVIEW, ON_ACHIEVEMENT (dịp khen thưởng). */
    public String occasion;
    public Nominee nominee;
    public String categoryCode;
    public String awardFormCode;
    public String awardFormName;
    public String proposingUnitCode;
    public String proposingUnitName;
    public String proposingLevel;
    /**
     * The level of each code on the unit path (COMMUNE, DISTRICT, PROVINCE, AGENCY), as {@code {unitCode, level}}
     * pairs: unit codes are data, never field names of the stored document.
     */
    public List<UnitLevel> pathLevels = new ArrayList<>();
    /** Tóm tắt thành tích. */
    public String achievementSummary;
    /** The achievement this award is for (một thành tích chỉ khen một lần), e.g. "NTM-2024". */
    public String achievementKey;
    /**
     * Figures the dossier declares (CONTRIBUTION_VND, OCOP_STARS …), checked against thresholds; stored as
     * {@code {key, value}} pairs (the codes are the plan's, never field names), shown by the API as an object.
     */
    public List<Figure> figures = new ArrayList<>();
    public List<StoredAttachment> attachments = new ArrayList<>();

    /** The rule version it is decided with, taken when received. */
    public RuleSnapshot rules;
    public List<RouteStop> route;
    public Integer stopIndex;
    public DossierStatus status;
    public boolean late;
    /** Received outside every intake window (đợt tiếp nhận) of a plan that accepts and flags such dossiers. */
    public boolean outsideWindow;
    public List<LateFlag> lateFlags = new ArrayList<>();
    /**
     * Working days Sở Nội vụ has to appraise (thời hạn thẩm định), from the plan's schedule at submission: the
     * appraisal stop gets its decide-by date when the dossier arrives there.
     */
    public Integer appraisalWorkingDays;
    /** The findings of the last rule check. */
    public List<Finding> findings;
    public CouncilResult council;
    /** The unit that decided within its competence, or the province after the council. */
    public String decidedAtUnitCode;
    public String decisionId;
    public String decisionNumber;
    /** The decision's issuing body and day (a state decision: Thủ tướng Chính phủ, Chủ tịch nước). */
    public String decisionIssuingBody;
    public LocalDate decisionSignedOn;
    public Long prizeMoneyVnd;
    /** A STATE form: the province's submission to the national level (tờ trình), the latest one. */
    public StateProposal stateProposal;
    public Revocation revocation;
    /** Quota counters and once-only claims this dossier holds. */
    public List<String> quotaKeys = new ArrayList<>();
    public List<String> claimKeys = new ArrayList<>();
    public List<TransitionRecord> transitions = new ArrayList<>();

    @Version
    public Long version;
    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;
    /** The dossier's place in the dossiers change feed ({@link DossierFeed}), taken at every write of a move. */
    public Long changeSeq;
    public Instant changedAt;

    /** A declared figure: the indicator code and its value. */
    public record Figure(String key, Double value) {
    }

    /** A unit on the proposer's path and its level. */
    public record UnitLevel(String unitCode, String level) {
    }

    /** The declared figures by code. */
    public Map<String, Double> figureMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        if (figures != null) {
            figures.forEach(f -> map.put(f.key(), f.value()));
        }
        return map;
    }

    public void declareFigures(Map<String, Double> declared) {
        figures = new ArrayList<>();
        if (declared != null) {
            new TreeMap<>(declared).forEach((key, value) -> figures.add(new Figure(key, value)));
        }
    }

    /** The levels of the path's codes by code. */
    public Map<String, String> levels() {
        Map<String, String> map = new LinkedHashMap<>();
        if (pathLevels != null) {
            pathLevels.forEach(l -> map.put(l.unitCode(), l.level()));
        }
        return map;
    }

    public static List<UnitLevel> levelList(Map<String, String> levels) {
        List<UnitLevel> list = new ArrayList<>();
        levels.forEach((code, level) -> list.add(new UnitLevel(code, level)));
        return list;
    }

    /** Late hand-over: which step, its deadline and the day it happened. */
    public record LateFlag(int stepOrder, String stepName, LocalDate deadline, LocalDate handedOverOn) {
    }

    /** Tờ trình of the province to the national level: number, date, signer, and who entered it when. */
    public record StateProposal(String number, LocalDate signedOn, String signerName, String enteredBy,
            Instant enteredAt) {
    }

    /** Thu hồi: reason and legal basis (Chương VII Luật TĐKT). */
    public record Revocation(String reason, String legalBasis, LocalDate revokedOn, String revokedBy) {
    }

    /**
     * Who prepared this dossier (created, edited or submitted it, on any round) and for which unit: what the
     * separation of duties judges deciders, appraisers, signers and publishers against.
     */
    public SeparationOfDuties.Preparation preparation() {
        java.util.Set<String> preparers = new java.util.HashSet<>();
        if (createdBy != null) {
            preparers.add(createdBy);
        }
        for (TransitionRecord move : transitions) {
            if (PREPARING_MOVES.contains(move.action()) && move.actor() != null) {
                preparers.add(move.actor());
            }
        }
        return new SeparationOfDuties.Preparation(preparers, proposingUnitCode);
    }

    private static final java.util.Set<String> PREPARING_MOVES = java.util.Set.of("CREATE", "EDIT", "SUBMIT");

    public RouteStop currentStop() {
        return route == null || stopIndex == null || stopIndex >= route.size() ? null : route.get(stopIndex);
    }

    // ------------------------------------------------------------------------------------------ state changes
    // Every change of status goes through one of these methods, which refuse a move the workflow does not allow
    // from the current state (409 invalid-transition) before anything changes.

    /** The move an action would make now; 409 when the workflow does not allow it from this state. */
    public Workflow.Move allowed(Workflow.Action action) {
        Workflow.Move move = Workflow.move(status, action, route, stopIndex);
        if (move == null) {
            throw ProblemException.conflict("invalid-transition", action, status);
        }
        return move;
    }

    /** Received by the first stop of its route, with the rules it is judged by and what it holds. */
    public void submit(RuleSnapshot snapshot, List<RouteStop> plannedRoute, List<Finding> checked,
            List<String> quotas, List<String> claims, LocalDate today) {
        Workflow.Move move = Workflow.move(status, Workflow.Action.SUBMIT, plannedRoute, null);
        if (move == null) {
            throw ProblemException.conflict("invalid-transition", Workflow.Action.SUBMIT, status);
        }
        rules = snapshot;
        route = new ArrayList<>(plannedRoute);
        findings = checked;
        arrive(move, today);
        routeUnits = plannedRoute.stream().map(RouteStop::unitCode).distinct().toList();
        quotaKeys = new ArrayList<>(quotas);
        claimKeys = new ArrayList<>(claims);
    }

    /** To the next stop of its route (also SUBMIT's and the batch's way in). */
    public void forward(List<Finding> checked, LocalDate today) {
        Workflow.Move move = allowed(Workflow.Action.FORWARD);
        findings = checked;
        arrive(move, today);
    }

    /** A batch rolled back: the forwarded dossier goes back to the stop it left. */
    public void undoForward() {
        if (status == DossierStatus.DRAFT || stopIndex == null || stopIndex == 0) {
            throw ProblemException.conflict("invalid-transition", "FORWARD_UNDONE", status);
        }
        status = DossierStatus.IN_REVIEW;
        stopIndex = stopIndex - 1;
        holderUnitCode = route.get(stopIndex).unitCode();
    }

    /** Decided within the competence of the stop's level (the unit then issues the decision). */
    public void approveAtStop(List<Finding> checked) {
        Workflow.Move move = allowed(Workflow.Action.DECIDE);
        findings = checked;
        decidedAtUnitCode = currentStop().unitCode();
        status = move.to();
    }

    /** Sở Nội vụ's appraisal done: the council is next. */
    public void appraised(List<Finding> checked) {
        status = allowed(Workflow.Action.APPRAISE).to();
        findings = checked;
    }

    /** Back to the proposing unit to complete (from a stop, or from the province after the national board). */
    public void returnToProposer() {
        Workflow.Move move = allowed(Workflow.Action.RETURN);
        status = move.to();
        stopIndex = move.stopIndex();
        if (move.to() == DossierStatus.RETURNED) {
            holderUnitCode = proposingUnitCode;
            decidedAtUnitCode = null;
        } else {
            holderUnitCode = tenant;
        }
    }

    public void reject() {
        Workflow.Move move = allowed(Workflow.Action.REJECT);
        status = move.to();
        stopIndex = move.stopIndex();
    }

    /** The council's vote at the province: approved (the province decides) or not. */
    public void recordCouncil(CouncilResult result) {
        if (status != DossierStatus.AWAITING_COUNCIL) {
            throw ProblemException.conflict("invalid-transition", "COUNCIL_RESULT", status);
        }
        council = result;
        status = result.passed() ? DossierStatus.APPROVED : DossierStatus.NOT_APPROVED;
        if (result.passed()) {
            decidedAtUnitCode = tenant;
        }
    }

    /** A STATE form: the province's submission (tờ trình) sends it to the national board. */
    public void proposeToState(StateProposal proposal, List<Finding> checked, String nationalUnit) {
        status = allowed(Workflow.Action.PROPOSE).to();
        stateProposal = proposal;
        findings = checked;
        holderUnitCode = nationalUnit;
    }

    /** The national board's appraisal done: the deciding authority is next. */
    public void stateAppraised(List<Finding> checked, String nationalUnit) {
        status = allowed(Workflow.Action.APPRAISE).to();
        findings = checked;
        decidedAtUnitCode = nationalUnit;
    }

    /** On a decision: number, issuing body, day, prize money. */
    public void decide(String onDecision, String number, String issuingBody, LocalDate signedOn, Long prize) {
        if (status != DossierStatus.APPROVED && status != DossierStatus.STATE_APPRAISED) {
            throw ProblemException.conflict("invalid-transition", "DECISION", status);
        }
        status = DossierStatus.DECIDED;
        decisionId = onDecision;
        decisionNumber = number;
        decisionIssuingBody = issuingBody;
        decisionSignedOn = signedOn;
        prizeMoneyVnd = prize;
    }

    /** The decision was not written after all: back to waiting for it. */
    public void undoDecision(String nationalUnit) {
        if (status != DossierStatus.DECIDED) {
            throw ProblemException.conflict("invalid-transition", "DECISION_UNDONE", status);
        }
        status = nationalUnit.equals(decidedAtUnitCode) ? DossierStatus.STATE_APPRAISED : DossierStatus.APPROVED;
        decisionId = null;
        decisionNumber = null;
        decisionIssuingBody = null;
        decisionSignedOn = null;
        prizeMoneyVnd = null;
    }

    public void publish() {
        if (status != DossierStatus.DECIDED) {
            throw ProblemException.conflict("invalid-transition", "PUBLICATION", status);
        }
        status = DossierStatus.PUBLISHED;
    }

    public void revoke(Revocation why) {
        if (status != DossierStatus.DECIDED && status != DossierStatus.PUBLISHED) {
            throw ProblemException.conflict("invalid-transition", "REVOKE", status);
        }
        status = DossierStatus.REVOKED;
        revocation = why;
    }

    /** A hand-over judged against a step's deadline; a late one accepted under FLAG is flagged on the dossier. */
    public Finding judgeDeadline(RouteStop.Deadline deadline, LocalDate today) {
        Finding finding = FlowFindings.deadline(deadline, today);
        if (finding.outcome() == Finding.Outcome.WARN) {
            late = true;
            lateFlags.add(new LateFlag(deadline.stepOrder(), deadline.stepName(), deadline.date(), today));
        }
        return finding;
    }

    /** Judged against the stop's decide-by date (the appraisal limit): after it, accepted and flagged late. */
    public Finding judgeDecideBy(RouteStop.Deadline decideBy, LocalDate today) {
        Finding finding = FlowFindings.decidedBy(decideBy, today);
        if (finding.outcome() == Finding.Outcome.WARN) {
            late = true;
            lateFlags.add(new LateFlag(decideBy.stepOrder(), decideBy.stepName(), decideBy.date(), today));
        }
        return finding;
    }

    /**
     * Received outside the plan's intake windows, which accept and flag: said apart from the late steps (as
     * registrations do), the window itself is named by the INTAKE_WINDOW finding.
     */
    public void flagOutsideIntake() {
        outsideWindow = true;
    }

    private void arrive(Workflow.Move move, LocalDate today) {
        status = move.to();
        stopIndex = move.stopIndex();
        RouteStop stop = route.get(move.stopIndex());
        holderUnitCode = stop.unitCode();
        if (stop.kind() == RouteStop.Kind.APPRAISAL && appraisalWorkingDays != null && stop.decideBy() == null) {
            // Thời hạn thẩm định: counted from the day the dossier reaches Sở Nội vụ.
            RouteStop.Deadline decideBy = new RouteStop.Deadline(stop.arrival() == null ? 0
                    : stop.arrival().stepOrder(), "Thẩm định", WorkingDays.after(today, appraisalWorkingDays), "FLAG");
            route = new ArrayList<>(route);
            route.set(move.stopIndex(), stop.withDecideBy(decideBy));
            if (findings != null) {
                findings = new ArrayList<>(findings);
                findings.add(FlowFindings.decideBy(decideBy, appraisalWorkingDays, today));
            }
        }
    }
}
