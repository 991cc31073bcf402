package vn.thidua.campaign.campaigns;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.campaign.validation.Violation;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;

/**
 * The lifecycle rule: dự thảo → phát động → sơ kết → tổng kết → kết thúc, who may move a campaign, and what a plan
 * needs before it is launched. Plain Java.
 *
 * <p>A national campaign is moved by the national board; any other campaign of a province by the emulation
 * secretariat (Sở Nội vụ, province admin) of that province; a lower unit's own plan (a district's, a commune's, an
 * agency's) also by that unit's officers: district-officer, commune-officer, department-officer at the owner unit.
 */
public final class CampaignLifecycle {

    private CampaignLifecycle() {
    }

    /** Why a move is refused. */
    public enum Refusal { ROLE, STATE, INCOMPLETE }

    public record Decision(CampaignStatus to, Refusal refusal, List<Violation> missing) {
        public boolean allowed() {
            return refusal == null;
        }
    }

    public static boolean mayMove(CampaignLevel level, String campaignTenant, String ownerUnitCode,
            PlatformPrincipal caller) {
        if (level == CampaignLevel.NATIONAL) {
            return caller.has(PlatformRole.NATIONAL_ADMIN) && caller.isNational();
        }
        if (campaignTenant == null || !campaignTenant.equals(caller.tenant())) {
            return false;
        }
        return caller.has(PlatformRole.PROVINCE_ADMIN)
                || ownPlanLevel(caller) == level && caller.unitCode().equals(ownerUnitCode);
    }

    /**
     * The level of plan a lower unit's officer issues for their own unit (a district officer a DISTRICT plan, a
     * commune officer a COMMUNE plan, an agency's department officer its AGENCY_INTERNAL plan); null for others.
     */
    public static CampaignLevel ownPlanLevel(PlatformPrincipal caller) {
        if (caller.unitLevel() == null || caller.unitCode() == null || caller.tenant() == null) {
            return null;
        }
        return switch (caller.unitLevel()) {
            case DISTRICT -> caller.has(PlatformRole.DISTRICT_OFFICER) ? CampaignLevel.DISTRICT : null;
            case COMMUNE -> caller.has(PlatformRole.COMMUNE_OFFICER) ? CampaignLevel.COMMUNE : null;
            case AGENCY -> caller.has(PlatformRole.DEPARTMENT_OFFICER) ? CampaignLevel.AGENCY_INTERNAL : null;
            default -> null;
        };
    }

    /** Whether the caller issues plans only as a lower unit (not as the province's or the nation's admin). */
    public static boolean issuesAsLowerUnit(PlatformPrincipal caller) {
        return !caller.has(PlatformRole.PROVINCE_ADMIN) && !caller.has(PlatformRole.NATIONAL_ADMIN)
                && ownPlanLevel(caller) != null;
    }

    /** May the caller edit the plan in this state? Same people as those who move it; closed campaigns are final. */
    public static boolean mayEdit(CampaignStatus status, CampaignLevel level, String campaignTenant,
            String ownerUnitCode, PlatformPrincipal caller) {
        return status != CampaignStatus.CLOSED && mayMove(level, campaignTenant, ownerUnitCode, caller);
    }

    public static Decision decide(CampaignStatus current, Transition transition, CampaignPlan plan,
            String campaignTenant, String ownerUnitCode, PlatformPrincipal caller) {
        if (!mayMove(plan.level(), campaignTenant, ownerUnitCode, caller)) {
            return new Decision(null, Refusal.ROLE, List.of());
        }
        if (transition.from() != current) {
            return new Decision(null, Refusal.STATE, List.of());
        }
        if (transition == Transition.LAUNCH) {
            List<Violation> missing = missingForLaunch(plan);
            if (!missing.isEmpty()) {
                return new Decision(null, Refusal.INCOMPLETE, missing);
            }
        }
        return new Decision(transition.to(), null, List.of());
    }

    /**
     * No launch without a kind and a calendar, nor without targets where the plan's kind has measurable ones. An
     * agency's internal emulation (seed 002) and an occasion-based or thematic campaign (theo đợt, chuyên đề) set
     * criteria and awards, not indicators to reach.
     */
    public static List<Violation> missingForLaunch(CampaignPlan plan) {
        List<Violation> missing = new ArrayList<>();
        if (plan.kind() == null) {
            missing.add(new Violation("kind", "required-for-launch"));
        }
        if (hasMeasurableTargets(plan) && (plan.targets() == null || plan.targets().isEmpty())) {
            missing.add(new Violation("targets", "required-for-launch"));
        }
        if (plan.calendar() == null || plan.calendar().isEmpty()) {
            missing.add(new Violation("calendar", "required-for-launch"));
        }
        return missing;
    }

    /** Whether the plan's level and kind call for measurable targets (a kind not yet given: assume so). */
    static boolean hasMeasurableTargets(CampaignPlan plan) {
        return plan.level() != CampaignLevel.AGENCY_INTERNAL
                && plan.kind() != CampaignKind.BY_PERIOD && plan.kind() != CampaignKind.THEMATIC;
    }
}
