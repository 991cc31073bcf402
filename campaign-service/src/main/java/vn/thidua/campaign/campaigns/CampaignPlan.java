package vn.thidua.campaign.campaigns;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.thidua.campaign.awards.AwardOffer;
import vn.thidua.campaign.calendar.CampaignCalendar;
import vn.thidua.campaign.calendar.IntakeWindow;
import vn.thidua.campaign.criteria.ParticipantCategory;
import vn.thidua.campaign.targets.Target;

/**
 * The plan (kế hoạch) as one document: what a client may set. Tenant, owner path, status and version are the
 * server's.
 *
 * @param ownerUnitCode     the unit that issues the plan when it is not the caller's own (an agency-internal
 *                          plan of a province's agency, e.g. Ban Dân tộc 04-BDT); within the caller's tenant
 * @param standingAgencyCode cơ quan thường trực, as a unit code (12-SNNMT)
 * @param parentCampaignId  the campaign this plan implements (national → province → agency)
 */
public record CampaignPlan(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._/-]+") String code,
        @NotBlank @Size(max = 500) String name,
        @NotNull CampaignLevel level,
        CampaignKind kind,
        @NotNull @Min(2000) @Max(2100) Integer startYear,
        @NotNull @Min(2000) @Max(2100) Integer endYear,
        @Valid DocumentRef issuingDocument,
        @Size(max = 30) List<@Valid @NotNull DocumentRef> legalBasis,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String ownerUnitCode,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String standingAgencyCode,
        @Size(max = 64) String parentCampaignId,
        @Size(max = 20) List<@Valid @NotNull IntakeWindow> intakeWindows,
        @Size(max = 100) List<@Valid @NotNull Target> targets,
        @Size(max = 50) List<@Valid @NotNull ParticipantCategory> categories,
        @Size(max = 50) List<@Valid @NotNull AwardOffer> offers,
        @Valid CampaignCalendar calendar) {
}
