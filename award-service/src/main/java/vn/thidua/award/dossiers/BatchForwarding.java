package vn.thidua.award.dossiers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import vn.thidua.award.checks.Finding;
import vn.thidua.award.reservations.ReservationScope;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.PlatformPrincipal;

/**
 * A level forwards a list of dossiers in one action (danh sách đề nghị): every dossier is checked first and nothing
 * moves unless all can; then each is saved with its version. Should one lose a race between the check and its save
 * (412), those already forwarded are moved back (FORWARD_UNDONE, audited) and the answer is 409. Each dossier takes
 * through its own reservation scope, committed when it is saved: what was taken for one not forwarded goes back.
 */
@Component
class BatchForwarding {

    private final Dossiers dossiers;
    private final DossierChecks checks;
    private final DossierJournal journal;

    BatchForwarding(Dossiers dossiers, DossierChecks checks, DossierJournal journal) {
        this.dossiers = dossiers;
        this.checks = checks;
        this.journal = journal;
    }

    List<Dossier> forwardAll(ActionRequests.ForwardingRequest request, PlatformPrincipal caller) {
        BatchRefusal errors = new BatchRefusal();
        List<Dossier> ready = new ArrayList<>();
        Map<String, ReservationScope> scopes = new LinkedHashMap<>();
        LocalDate today = checks.today();
        try {
            for (String id : new LinkedHashSet<>(request.dossierIds())) {
                try {
                    Dossier dossier = dossiers.get(id, caller);
                    DossierAccess.requireActor(dossier, dossier.currentStop(), caller);
                    RouteStop next = dossier.route.get(dossier.allowed(Workflow.Action.FORWARD).stopIndex());
                    // Deadline first (REFUSE answers before anything is taken), then the checks that take slots.
                    Finding timely = dossier.judgeDeadline(next.arrival(), today);
                    ReservationScope scope = checks.scopeFor(dossier);
                    scopes.put(id, scope);
                    List<Finding> findings = checks.recheckAndTake(dossier, scope);
                    findings.add(timely);
                    dossier.forward(findings, today);
                    ready.add(dossier);
                } catch (ProblemException refused) {
                    if (refused.status().is5xxServerError()) {
                        // Not a refusal of this dossier (a service away, an injected fault): the whole list fails
                        // as it is, and every scope opened so far gives back below.
                        throw refused;
                    }
                    errors.add(id, refused);
                }
            }
            if (!errors.isEmpty()) {
                throw errors.problem(request.dossierIds().size());
            }
            return saveAll(ready, request.note(), caller, scopes);
        } finally {
            scopes.values().forEach(ReservationScope::close);
        }
    }

    private List<Dossier> saveAll(List<Dossier> ready, String note, PlatformPrincipal caller,
            Map<String, ReservationScope> scopes) {
        List<Dossier> done = new ArrayList<>();
        DossierStatus from = DossierStatus.IN_REVIEW;
        for (Dossier dossier : ready) {
            try {
                done.add(journal.saveMove(dossier, "FORWARD", from, note, caller,
                        Map.of("toUnit", dossier.holderUnitCode, "batch", String.valueOf(ready.size()))));
                scopes.get(dossier.id).commit();
            } catch (OptimisticLockingFailureException lost) {
                // The saved ones keep what they hold and are moved back; the unsaved ones' scopes give back.
                for (Dossier back : done) {
                    back.undoForward();
                    journal.saveMove(back, "FORWARD_UNDONE", from,
                            "batch rolled back: " + dossier.id + " changed meanwhile", caller, Map.of());
                }
                throw ProblemException.conflict("batch-conflict", dossier.id);
            }
        }
        return done;
    }
}
