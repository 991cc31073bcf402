package vn.thidua.campaign.campaigns;

import java.time.Instant;

/**
 * A campaign in a list: who, what, when, and where it stands, without the plan's targets, criteria, offers and
 * calendar (a full plan is 5–15 KB; a phone listing twenty needs none of it). The full plan: GET by id, or the
 * list with {@code view=full}.
 */
public record CampaignSummary(
        String id, String code, String name, CampaignLevel level, CampaignKind kind, Integer startYear,
        Integer endYear, DocumentRef issuingDocument, String standingAgencyCode, String parentCampaignId,
        CampaignStatus status, String tenant, String ownerUnitCode, Long version, Instant updatedAt) {

    /** The stored fields a summary needs: the list reads only these from the store. */
    static final String[] FIELDS = {"plan.code", "plan.name", "plan.level", "plan.kind", "plan.startYear",
        "plan.endYear", "plan.issuingDocument", "plan.standingAgencyCode", "plan.parentCampaignId", "status",
        "tenant", "ownerUnitCode", "version", "updatedAt"};

    static CampaignSummary of(Campaign c) {
        CampaignPlan p = c.plan();
        return new CampaignSummary(c.id(), p.code(), p.name(), p.level(), p.kind(), p.startYear(), p.endYear(),
                p.issuingDocument(), p.standingAgencyCode(), p.parentCampaignId(), c.status(), c.tenant(),
                c.ownerUnitCode(), c.version(), c.updatedAt());
    }
}
