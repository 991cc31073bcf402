package vn.thidua.campaign.campaigns;

import java.time.Instant;
import java.util.List;
import vn.thidua.campaign.awards.AwardOffer;
import vn.thidua.campaign.calendar.CampaignCalendar;
import vn.thidua.campaign.calendar.IntakeWindow;
import vn.thidua.campaign.criteria.ParticipantCategory;
import vn.thidua.campaign.targets.Target;

/** A campaign as the API shows it: the plan's fields flat, then the server's. Also the stored version snapshot. */
public record CampaignView(
        String id, String code, String name, CampaignLevel level, CampaignKind kind, Integer startYear,
        Integer endYear, DocumentRef issuingDocument, List<DocumentRef> legalBasis, String standingAgencyCode,
        String parentCampaignId, List<IntakeWindow> intakeWindows, List<Target> targets,
        List<ParticipantCategory> categories, List<AwardOffer> offers, CampaignCalendar calendar,
        CampaignStatus status, String tenant, String ownerUnitCode, List<StatusChange> history, Long version,
        String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

    static CampaignView of(Campaign c) {
        CampaignPlan p = c.plan();
        return new CampaignView(c.id(), p.code(), p.name(), p.level(), p.kind(), p.startYear(), p.endYear(),
                p.issuingDocument(), p.legalBasis(), p.standingAgencyCode(), p.parentCampaignId(), p.intakeWindows(),
                p.targets(), p.categories(), p.offers(), p.calendar(), c.status(), c.tenant(), c.ownerUnitCode(),
                c.history(), c.version(), c.createdBy(), c.createdAt(), c.updatedBy(), c.updatedAt());
    }
}
