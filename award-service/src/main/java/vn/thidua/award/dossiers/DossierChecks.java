package vn.thidua.award.dossiers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.thidua.award.checks.AwardClaims;
import vn.thidua.award.checks.ClaimDemand;
import vn.thidua.award.checks.CommitmentCheck;
import vn.thidua.award.checks.Competence;
import vn.thidua.award.checks.Finding;
import vn.thidua.award.checks.QuotaCounters;
import vn.thidua.award.checks.QuotaDemand;
import vn.thidua.award.checks.RegistryFacts;
import vn.thidua.award.checks.RuleChecks;
import vn.thidua.award.clients.PlatformData;
import vn.thidua.award.history.AwardHistory;
import vn.thidua.award.reservations.ReservationScope;
import vn.thidua.award.reservations.Reservations;
import vn.thidua.shared.error.ProblemException;

/**
 * Rule evaluation with reservations: runs {@link RuleChecks} on a dossier with the facts of the day, adds the
 * flow's own findings, and takes what the checks demand (once-only claims, quota slots) through a
 * {@link ReservationScope}, so a refusal or any later failure gives them back.
 */
@Component
public class DossierChecks {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final MongoTemplate mongo;
    private final PlatformData data;
    private final QuotaCounters quotas;
    private final AwardClaims claims;
    private final AwardHistory history;
    private final Reservations reservations;
    private final Clock clock;

    public DossierChecks(MongoTemplate mongo, PlatformData data, QuotaCounters quotas, AwardClaims claims,
            AwardHistory history, Reservations reservations, Clock clock) {
        this.mongo = mongo;
        this.data = data;
        this.quotas = quotas;
        this.claims = claims;
        this.history = history;
        this.reservations = reservations;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    /**
     * What this request takes for the dossier, given back on any failure before {@code commit()}, except what the
     * stored dossier holds by then (a concurrent move of it won and keeps its slots).
     */
    ReservationScope scopeFor(Dossier dossier) {
        return reservations.open(dossier.id, () -> {
            Dossier now = mongo.findById(dossier.id, Dossier.class);
            if (now == null || now.status == null || !now.status.holding()) {
                return Set.of();
            }
            Set<String> held = new HashSet<>(now.quotaKeys);
            held.addAll(now.claimKeys);
            return held;
        });
    }

    record Evaluation(List<Finding> findings, List<QuotaDemand> quotas, List<ClaimDemand> claims) {
    }

    /** What the dossier holds after taking: the keys of the quota slots and of the claims. */
    record Taken(List<String> quotaKeys, List<String> claimKeys) {
    }

    Evaluation evaluate(Dossier dossier) {
        RegistryFacts progress = new RegistryFacts(data, today());
        RuleChecks.Facts facts = progress;
        RuleChecks.Evaluation evaluation = RuleChecks.evaluate(dossier.rules, subject(dossier), facts);
        List<Finding> findings = new ArrayList<>(evaluation.findings());
        findings.addAll(registration(dossier, facts));
        if (!progress.notVisible().isEmpty()) {
            // Said, not hidden: the checks above that needed these units' figures were left to the reviewer.
            findings.add(FlowFindings.progressScope(progress.notVisible()));
        }
        return new Evaluation(findings, evaluation.quotas(), evaluation.claims());
    }

    /** The one place a {@link RuleChecks.Subject} is built from a dossier (contract §3: adapt here at merge). */
    RuleChecks.Subject subject(Dossier dossier) {
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
                dossier.nominee.ruleType(), keys, dossier.nominee.unitCode(), dossier.occasion, dossier.figureMap(),
                dossier.achievementKey, dossier.proposingUnitCode, dossier.proposingLevel, dossier.unitPath,
                dossier.levels(), dossier.year);
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
    private List<Finding> registration(Dossier dossier, RuleChecks.Facts facts) {
        String unit = dossier.nominee.unitCode() != null ? dossier.nominee.unitCode() : dossier.proposingUnitCode;
        var page = data.registrations(dossier.campaignId, dossier.year, unit);
        if (page == null || page.items() == null || page.items().isEmpty()) {
            return List.of(FlowFindings.registration(unit, dossier.year, null, null));
        }
        var first = page.items().getFirst();
        List<Finding> findings = new ArrayList<>();
        findings.add(FlowFindings.registration(unit, dossier.year, String.valueOf(first.id()), first.status()));
        // Year-end review is judged against what the unit committed to (seed 004): each commitment against its value.
        findings.addAll(CommitmentCheck.check(first, dossier.rules.targetList(), facts));
        return findings;
    }

    /** At submission: takes every claim, then every quota slot; a claim held elsewhere or a full quota refuses. */
    Taken reserve(Dossier dossier, Evaluation evaluation, List<Finding> findings, ReservationScope scope) {
        List<String> claimKeys = new ArrayList<>();
        List<String> quotaKeys = new ArrayList<>();
        boolean refused = false;
        for (ClaimDemand demand : evaluation.claims()) {
            String holder = scope.claim(demand, dossier.tenant);
            findings.add(RuleChecks.claimFinding(demand, holder));
            if (holder == null) {
                claimKeys.add(demand.key());
            } else {
                refused = true;
            }
        }
        for (QuotaDemand demand : refused ? List.<QuotaDemand>of() : evaluation.quotas()) {
            QuotaCounters.Use use = scope.reserve(demand);
            findings.add(RuleChecks.quotaFinding(demand, use.used(), use.granted()));
            if (!use.granted()) {
                refused = true;
                break;
            }
            quotaKeys.add(demand.key());
        }
        if (refused) {
            throw checksFailed(findings);
        }
        return new Taken(quotaKeys, claimKeys);
    }

    /** Re-runs the checks of a received dossier without taking anything (its own slots count as held). */
    List<Finding> recheck(Dossier dossier) {
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
     * the level above can see, e.g. the district's NTM status the commune could not read). What is taken is added
     * to the dossier's holdings; the scope gives it back if anything fails before the save.
     */
    List<Finding> recheckAndTake(Dossier dossier, ReservationScope scope) {
        Evaluation evaluation = evaluate(dossier);
        List<Finding> findings = new ArrayList<>(evaluation.findings());
        List<String> newQuotas = new ArrayList<>();
        List<String> newClaims = new ArrayList<>();
        boolean refused = false;
        for (ClaimDemand demand : evaluation.claims()) {
            boolean held = dossier.claimKeys.contains(demand.key());
            String holder = held ? claims.heldElsewhere(demand, dossier.id) : scope.claim(demand, dossier.tenant);
            findings.add(RuleChecks.claimFinding(demand, holder));
            if (holder != null) {
                refused = true;
            } else if (!held) {
                newClaims.add(demand.key());
            }
        }
        for (QuotaDemand demand : evaluation.quotas()) {
            boolean held = dossier.quotaKeys.contains(demand.key());
            QuotaCounters.Use use = refused || held ? quotas.peek(demand, dossier.id) : scope.reserve(demand);
            findings.add(RuleChecks.quotaFinding(demand, use.used(), held || use.granted()));
            if (!held && !use.granted()) {
                refused = true;
            } else if (!held && !refused) {
                newQuotas.add(demand.key());
            }
        }
        if (refused || findings.stream().anyMatch(Finding::blocks)) {
            throw checksFailed(findings);
        }
        dossier.quotaKeys.addAll(newQuotas);
        dossier.claimKeys.addAll(newClaims);
        return findings;
    }

    /** Re-checks for a decision (used by decisions): FAIL blocks. */
    List<Finding> checksForDecision(Dossier dossier, String deciderLevel) {
        List<Finding> findings = recheck(dossier);
        findings.add(Competence.check(dossier.rules.form(), deciderLevel, today()));
        return findings;
    }

    static void refuseIfBlocked(List<Finding> findings) {
        if (findings.stream().anyMatch(Finding::blocks)) {
            throw checksFailed(findings);
        }
    }

    static ProblemException checksFailed(List<Finding> findings) {
        List<Finding> failed = findings.stream().filter(Finding::blocks).toList();
        // The failing findings in words (without their closing full stops, which the message template adds).
        String language = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "vi";
        String names = String.join("; ", failed.stream().map(f -> f.message().get(language).replaceAll("\\.$", ""))
                .toList());
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "rule-checks-failed", List.of(),
                java.util.Map.of("findings", findings), names);
    }
}
