package vn.thidua.award.dossiers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.thidua.award.checks.Competence;
import vn.thidua.award.checks.Finding;
import vn.thidua.award.dossiers.ActionRequests.TransitionRequest;
import vn.thidua.award.reservations.ReservationScope;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.PlatformPrincipal;

/**
 * The national leg of a STATE form after the province's council: the province proposes it (tờ trình of the
 * Chairman of the provincial People's Committee: number, date, signer), the Central Emulation and Commendation
 * Board appraises it (accept → to the deciding authority, return to the province, reject), then records the state
 * decision through {@code Decisions}. The plan gives the national step no deadline, so none is judged.
 */
@Component
class NationalLeg {

    private final DossierChecks checks;
    private final DossierJournal journal;
    private final Clock clock;

    NationalLeg(DossierChecks checks, DossierJournal journal, Clock clock) {
        this.checks = checks;
        this.journal = journal;
        this.clock = clock;
    }

    Dossier move(Dossier dossier, TransitionRequest request, PlatformPrincipal caller) {
        Workflow.Action action = request.action();
        Workflow.Actor actor = Workflow.actor(dossier.status);
        if (actor == Workflow.Actor.ROUTE_STOP) {
            throw ProblemException.conflict("invalid-transition", action, dossier.status);
        }
        DossierAccess.requireLegActor(dossier, actor, caller);
        DossierAccess.requireSeparateDuty(dossier, action, caller);
        dossier.allowed(action);
        DossierStatus from = dossier.status;
        Map<String, String> details = new HashMap<>();
        try (ReservationScope scope = checks.scopeFor(dossier)) {
            switch (action) {
                case PROPOSE -> {
                    ActionRequests.StateSubmission submission = requireSubmission(request.submission());
                    String approvedAt = Objects.equals(dossier.decidedAtUnitCode, dossier.tenant) ? "PROVINCE"
                            : String.valueOf(dossier.levels().get(dossier.decidedAtUnitCode));
                    Finding proposal = Competence.proposal(dossier.rules.form(), approvedAt);
                    if (proposal.blocks()) {
                        throw DossierChecks.checksFailed(List.of(proposal));
                    }
                    List<Finding> findings = checks.recheckAndTake(dossier, scope);
                    findings.add(proposal);
                    dossier.proposeToState(new Dossier.StateProposal(submission.number().strip(),
                            submission.signedOn(), submission.signerName().strip(), caller.username(),
                            clock.instant()), findings, DossierAccess.NATIONAL_UNIT);
                    details.put("toUnit", DossierAccess.NATIONAL_UNIT);
                    details.put("submissionNumber", dossier.stateProposal.number());
                    details.put("submissionSignedOn", String.valueOf(submission.signedOn()));
                    details.put("submissionSigner", dossier.stateProposal.signerName());
                }
                case APPRAISE -> {
                    List<Finding> findings = checks.recheckAndTake(dossier, scope);
                    findings.add(Competence.check(dossier.rules.form(), Competence.NATIONAL, checks.today()));
                    dossier.stateAppraised(findings, caller.unitCode());
                    details.put("decidedBy", String.join(" / ", dossier.rules.form().decidedBy() == null
                            ? List.of() : dossier.rules.form().decidedBy()));
                }
                case RETURN -> {
                    dossier.returnToProposer();
                    details.put("toUnit", dossier.holderUnitCode);
                }
                case REJECT -> {
                    details.put("atUnit", String.valueOf(dossier.holderUnitCode));
                    dossier.reject();
                }
                default -> throw ProblemException.conflict("invalid-transition", action, dossier.status);
            }
            Dossier saved = journal.saveMove(dossier, action.name(), from, request.reason(), caller, details);
            scope.commit();
            return saved;
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
}
