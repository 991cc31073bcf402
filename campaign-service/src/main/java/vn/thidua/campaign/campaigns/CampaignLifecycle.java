package vn.thidua.campaign.campaigns;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;

/**
 * The lifecycle rule: dự thảo → phát động → sơ kết → tổng kết → kết thúc, who may move a campaign, and what a plan
 * needs before it is launched. Plain Java.
 *
 * <p>A national campaign is moved by the national board; a province or agency-internal campaign by the
 * emulation secretariat (Sở Nội vụ, province admin) of its own province.
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

    public static boolean mayMove(CampaignLevel level, String campaignTenant, PlatformPrincipal caller) {
        if (level == CampaignLevel.NATIONAL) {
            return caller.has(PlatformRole.NATIONAL_ADMIN) && caller.isNational();
        }
        return caller.has(PlatformRole.PROVINCE_ADMIN) && campaignTenant != null
                && campaignTenant.equals(caller.tenant());
    }

    /** May the caller edit the plan in this state? Same people as those who move it; closed campaigns are final. */
    public static boolean mayEdit(CampaignStatus status, CampaignLevel level, String campaignTenant,
            PlatformPrincipal caller) {
        return status != CampaignStatus.CLOSED && mayMove(level, campaignTenant, caller);
    }

    public static Decision decide(CampaignStatus current, Transition transition, CampaignPlan plan,
            String campaignTenant, PlatformPrincipal caller) {
        if (!mayMove(plan.level(), campaignTenant, caller)) {
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
