package vn.thidua.registration.registrations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.shared.sync.Stamp;

/**
 * A unit's registration (đăng ký thi đua) for a campaign and a year: one document, one per (tenant, campaign,
 * year, unit) by a unique index.
 *
 * @param unitPath     the registering unit's path as of the year's first deadline (province → … → unit): scope
 * @param reviewerCode the unit that reviews it, fixed at submission ({@link Routing})
 * @param recipients   every unit it has been routed to (reviewer, then batch recipients): they read it too
 * @param forwardedBy  units that have already forwarded it in a batch
 * @param deadline     the deadline it was judged against (yyyy-MM-dd), from the submission on; null when the
 *                     route has none (a defaulted chain: never late)
 * @param late         submitted after that deadline (accepted because the step says FLAG)
 * @param outsideWindow submitted on a day outside every registration intake window of its year (accepted
 *                     because the plan says FLAG)
 */
@Document("registrations")
public record Registration(
        @Id String id,
        String tenant,
        List<String> unitPath,
        String campaignId,
        String campaignCode,
        int year,
        String unitCode,
        String unitName,
        String unitLevel,
        RegistrationStatus status,
        List<Commitment> commitments,
        List<String> awardForms,
        String note,
        String reviewerCode,
        String reviewerOffice,
        RouteRecord route,
        String deadline,
        boolean late,
        Boolean outsideWindow,
        Instant submittedAt,
        List<String> recipients,
        List<String> forwardedBy,
        List<String> batchIds,
        List<Event> history,
        @Version Long version,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        long changeSeq,
        Instant changedAt) {

    /** How the reviewer was found and which step set the deadline. */
    public record RouteRecord(int stepOrder, String stepName, Routing.How how, Routing.LatePolicy latePolicy) {
    }

    /** One step of the history: who did what, when, from which status to which, why. */
    public record Event(RegistrationAction action, RegistrationStatus from, RegistrationStatus to, String by,
            String byUnit, Instant at, String reason, Boolean late) {
    }

    Registration edited(List<Commitment> newCommitments, List<String> newForms, String newNote, String by,
            Instant at, Stamp stamp) {
        return new Registration(id, tenant, unitPath, campaignId, campaignCode, year, unitCode, unitName, unitLevel,
                status, newCommitments, newForms, newNote, reviewerCode, reviewerOffice, route, deadline, late,
                outsideWindow, submittedAt, recipients, forwardedBy, batchIds, history, version, createdBy, createdAt,
                by, at, stamp.seq(), stamp.at());
    }

    Registration submitted(Routing.Route r, boolean isLate, boolean outside, Event event, Instant at,
            Stamp stamp) {
        List<String> to = new ArrayList<>(recipients == null ? List.of() : recipients);
        if (!to.contains(r.reviewerCode())) {
            to.add(r.reviewerCode());
        }
        return new Registration(id, tenant, unitPath, campaignId, campaignCode, year, unitCode, unitName, unitLevel,
                RegistrationStatus.SUBMITTED, commitments, awardForms, note, r.reviewerCode(), r.reviewerOffice(),
                new RouteRecord(r.stepOrder(), r.stepName(), r.how(), r.latePolicy()),
                r.deadline() == null ? null : r.deadline().toString(),
                isLate, outside, at, to, forwardedBy, batchIds, appended(event), version, createdBy, createdAt,
                event.by(), at, stamp.seq(), stamp.at());
    }

    Registration moved(RegistrationStatus to, Event event, Instant at, Stamp stamp) {
        return new Registration(id, tenant, unitPath, campaignId, campaignCode, year, unitCode, unitName, unitLevel,
                to, commitments, awardForms, note, reviewerCode, reviewerOffice, route, deadline, late, outsideWindow,
                submittedAt, recipients, forwardedBy, batchIds, appended(event), version, createdBy, createdAt,
                event.by(), at, stamp.seq(), stamp.at());
    }

    private List<Event> appended(Event event) {
        List<Event> all = new ArrayList<>(history == null ? List.of() : history);
        all.add(event);
        return all;
    }
}
