package vn.thidua.award.dossiers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.thidua.award.checks.Competence;
import vn.thidua.award.checks.Finding;
import vn.thidua.award.checks.RuleSnapshot;
import vn.thidua.award.clients.CampaignApi.CampaignRecord;
import vn.thidua.award.clients.CampaignApi.CatalogueEntry;
import vn.thidua.award.clients.CampaignApi.Category;
import vn.thidua.award.clients.CampaignApi.Offer;
import vn.thidua.award.clients.PlatformData;
import vn.thidua.award.dossiers.ActionRequests.TransitionRequest;
import vn.thidua.award.reservations.ReservationScope;
import vn.thidua.award.schedule.ResolvedSchedule;
import vn.thidua.award.schedule.Schedules;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.PlatformPrincipal;

/**
 * Submission (trình hồ sơ): the rule version the dossier is judged by (a snapshot of the plan's category, offer
 * and rules in force, and the catalogue entry), its route from the plan's chain for its year, the checks, and the
 * once-only claims and quota slots taken, only when nothing else blocks. The calendar is campaign-service's
 * resolved schedule of the dossier's year (its one owner): route, deadlines, intake windows, appraisal limit.
 */
@Component
class Submission {

    private final PlatformData data;
    private final DossierChecks checks;
    private final DossierJournal journal;
    private final Schedules schedules;

    Submission(PlatformData data, DossierChecks checks, DossierJournal journal, Schedules schedules) {
        this.schedules = schedules;
        this.data = data;
        this.checks = checks;
        this.journal = journal;
    }

    Dossier submit(Dossier dossier, TransitionRequest request, PlatformPrincipal caller) {
        DossierAccess.requireProposer(dossier, caller);
        if (dossier.status != DossierStatus.DRAFT && dossier.status != DossierStatus.RETURNED) {
            throw ProblemException.conflict("invalid-transition", Workflow.Action.SUBMIT, dossier.status);
        }
        PlatformData.VersionedCampaign read = data.campaign(dossier.campaignId);
        CampaignRecord campaign = read.campaign();
        ResolvedSchedule schedule = schedules.of(dossier.campaignId, dossier.year);
        LocalDate today = checks.today();
        // The intake window first: outside a REFUSE window nothing else is looked at.
        Finding intake = intake(schedule, dossier, today);
        CatalogueEntry form = data.catalogueEntry(dossier.awardFormCode).orElseThrow(
                () -> ProblemException.invalid("awardFormCode", "unknown-award-form", dossier.awardFormCode));
        LocalDate referenceDay = referenceDay(schedule, dossier.year);
        RuleSnapshot snapshot = snapshot(campaign, read.etag(), dossier, form, today, referenceDay);
        RoutePlanner.Place place = new RoutePlanner.Place(dossier.proposingUnitCode, dossier.proposingLevel,
                dossier.unitPath, withRouteLevels(dossier, schedule, referenceDay));
        String standingAgency = schedule.standingAgencyCode() != null ? schedule.standingAgencyCode()
                : campaign.standingAgencyCode();
        List<RouteStop> route = RoutePlanner.reroutedOn(RoutePlanner.plan(schedule.dossierSteps(), place,
                dossier.tenant, standingAgency, Competence.deciderLevel(form.level())), today);
        dossier.rules = snapshot;
        dossier.appraisalWorkingDays = schedule.appraisalWorkingDays();
        RouteStop first = route.getFirst();
        DossierChecks.Evaluation evaluation = checks.evaluate(dossier);
        List<Finding> findings = new ArrayList<>(evaluation.findings());
        if (intake != null) {
            findings.add(intake);
        }
        findings.add(dossier.judgeDeadline(first.arrival(), today));
        findings.add(Competence.decidedAt(form));
        Finding agencyPlan = Competence.agencyPlan(form, campaign.level(), campaign.ownerUnitCode(),
                agencyName(campaign.ownerUnitCode(), referenceDay), dossier.proposingUnitCode, dossier.unitPath);
        if (agencyPlan != null) {
            findings.add(agencyPlan);
        }
        DossierChecks.refuseIfBlocked(findings);
        try (ReservationScope scope = checks.scopeFor(dossier)) {
            DossierChecks.Taken taken = checks.reserve(dossier, evaluation, findings, scope);
            DossierStatus from = dossier.status;
            dossier.submit(snapshot, route, findings, taken.quotaKeys(), taken.claimKeys(), today);
            Dossier saved = journal.saveMove(dossier, "SUBMIT", from, request.reason(), caller,
                    Map.of("toUnit", first.unitCode(), "campaignVersion", String.valueOf(read.etag())));
            scope.commit();
            return saved;
        }
    }

    /**
     * The rule version: the plan's category, the offer with only the rules in force on the day received (but no
     * later than the round's reference day), and the catalogue entry.
     */
    RuleSnapshot snapshot(CampaignRecord campaign, String etag, Dossier dossier, CatalogueEntry form,
            LocalDate receivedOn, LocalDate referenceDay) {
        LocalDate today = checks.today();
        LocalDate rulesDay = today.isBefore(referenceDay) ? today : referenceDay;
        Offer offer = campaign.offerList().stream().filter(o -> o.formCode().equals(dossier.awardFormCode))
                .findFirst().map(o -> new Offer(o.formCode(), o.categoryCodes(), o.occasions(), o.note(),
                        o.ruleList().stream().filter(r -> r.inForceOn(rulesDay)).toList()))
                .orElse(null);
        Category category = campaign.categoryList().stream().filter(c -> c.code().equals(dossier.categoryCode))
                .findFirst().orElse(null);
        return new RuleSnapshot(campaign.id(), etag, campaign.code(), campaign.name(), campaign.standingAgencyCode(),
                receivedOn, rulesDay, category, offer, form, campaign.targetList());
    }

    /** The registry's name of a plan's owning unit, else its code. */
    private String agencyName(String code, LocalDate day) {
        if (code == null) {
            return null;
        }
        try {
            return data.unit(code, day).map(u -> u.name()).orElse(code);
        } catch (RuntimeException unavailable) {
            return code;
        }
    }

    /** The findings now of a dossier not yet submitted, judged by the plan's rules of today. */
    List<Finding> draftChecks(Dossier dossier) {
        CampaignRecord campaign = data.campaign(dossier.campaignId).campaign();
        CatalogueEntry form = data.catalogueEntry(dossier.awardFormCode).orElse(null);
        dossier.rules = snapshot(campaign, null, dossier, form, null, referenceDay(dossier.campaignId, dossier.year));
        return checks.recheck(dossier);
    }

    /**
     * Thời gian tiếp nhận: a plan's DOSSIER windows for the year. Inside one (or none given): a PASS finding, or
     * none. Outside all of them: 422 {@code outside-intake-window} naming the nearest window when it refuses,
     * else accepted with a WARN finding and flagged.
     */
    static Finding intake(ResolvedSchedule schedule, Dossier dossier, LocalDate today) {
        List<ResolvedSchedule.IntakeWindow> windows = schedule.dossierWindows();
        if (windows.isEmpty()) {
            return null;
        }
        for (ResolvedSchedule.IntakeWindow window : windows) {
            if (window.contains(today)) {
                return Finding.coded("INTAKE_WINDOW", Finding.Outcome.PASS, "intake.inside", null,
                        Map.of("opensOn", String.valueOf(window.opensOn()), "closesOn",
                                String.valueOf(window.closesOn())), window.opensOn(), window.closesOn());
            }
        }
        ResolvedSchedule.IntakeWindow nearest = windows.stream().min(java.util.Comparator.comparingLong(
                w -> Math.abs(java.time.temporal.ChronoUnit.DAYS.between(today,
                        w.closesOn() != null ? w.closesOn() : w.opensOn())))).orElseThrow();
        Map<String, Object> named = Map.of("opensOn", String.valueOf(nearest.opensOn()), "closesOn",
                String.valueOf(nearest.closesOn()), "on", today.toString());
        if (nearest.refuses()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "outside-intake-window", List.of(), named,
                    nearest.opensOn(), nearest.closesOn());
        }
        dossier.flagOutsideIntake();
        return Finding.coded("INTAKE_WINDOW", Finding.Outcome.WARN, "intake.outside-flagged", null, named,
                nearest.opensOn(), nearest.closesOn());
    }

    /** The reference day of the dossier's year in the plan's schedule (see {@link #referenceDay(ResolvedSchedule, int)}). */
    LocalDate referenceDay(String campaignId, int year) {
        return referenceDay(schedules.of(campaignId, year), year);
    }

    /**
     * The day the proposer's place is read for: the first deadline of the dossier's year in the DOSSIER chain
     * (a 2024 dossier of commune 03390 sits under district 106; a 2025 one directly under the province); 1 January
     * of the next year when the chain has no deadline.
     */
    static LocalDate referenceDay(ResolvedSchedule schedule, int year) {
        return schedule.dossierSteps().stream().map(ResolvedSchedule.Step::deadline).filter(Objects::nonNull)
                .findFirst().orElse(LocalDate.of(year + 1, 1, 1));
    }

    /** Route units that are not on the proposer's path (standing agency, Sở Nội vụ) get their level too. */
    private Map<String, String> withRouteLevels(Dossier dossier, ResolvedSchedule schedule, LocalDate day) {
        Map<String, String> levels = new HashMap<>(dossier.levels());
        for (ResolvedSchedule.Step step : schedule.dossierSteps()) {
            for (var end : Stream.of(step.to(), step.via()).filter(Objects::nonNull).toList()) {
                if (end.unitCode() != null && !levels.containsKey(end.unitCode())) {
                    data.unit(end.unitCode(), day).ifPresent(u -> levels.put(end.unitCode(), u.level()));
                }
            }
        }
        return levels;
    }
}
