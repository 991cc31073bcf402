package vn.thidua.campaign.campaigns;

import static vn.thidua.shared.security.PlatformRole.APPRAISER;
import static vn.thidua.shared.security.PlatformRole.COMMUNE_OFFICER;
import static vn.thidua.shared.security.PlatformRole.DECISION_SIGNER;
import static vn.thidua.shared.security.PlatformRole.DEPARTMENT_OFFICER;
import static vn.thidua.shared.security.PlatformRole.DISTRICT_OFFICER;
import static vn.thidua.shared.security.PlatformRole.INSPECTOR;
import static vn.thidua.shared.security.PlatformRole.NATIONAL_ADMIN;
import static vn.thidua.shared.security.PlatformRole.PROVINCE_ADMIN;
import static vn.thidua.shared.security.PlatformRole.STANDING_AGENCY_OFFICER;

import vn.thidua.shared.security.RolePolicy;

/** Who may do what with campaigns; which campaigns is the scope's job, whose campaign the lifecycle's. */
final class CampaignPolicy {

    enum Action { READ, CREATE, EDIT, CREATE_NATIONAL, TRANSITION }

    static final RolePolicy<Action> POLICY = RolePolicy.of(Action.class)
            // The reporting service's account reads the change feeds (national); the shared ReportReaderAccess
            // refuses it every other path and every write before any controller runs.
            .allow(Action.READ, vn.thidua.shared.security.PlatformRole.REPORT_READER)
            .allow(Action.READ, NATIONAL_ADMIN, PROVINCE_ADMIN, APPRAISER, STANDING_AGENCY_OFFICER,
                    DEPARTMENT_OFFICER, DISTRICT_OFFICER, COMMUNE_OFFICER, DECISION_SIGNER, INSPECTOR)
            // The national board launches national campaigns; Sở Nội vụ the province's; a district, commune or
            // agency its own plan implementing one of them (which plans: CampaignLifecycle.mayMove).
            .allow(Action.CREATE, NATIONAL_ADMIN, PROVINCE_ADMIN, DISTRICT_OFFICER, COMMUNE_OFFICER,
                    DEPARTMENT_OFFICER)
            .allow(Action.EDIT, NATIONAL_ADMIN, PROVINCE_ADMIN, DISTRICT_OFFICER, COMMUNE_OFFICER,
                    DEPARTMENT_OFFICER)
            .allow(Action.TRANSITION, NATIONAL_ADMIN, PROVINCE_ADMIN, DISTRICT_OFFICER, COMMUNE_OFFICER,
                    DEPARTMENT_OFFICER)
            .allow(Action.CREATE_NATIONAL, NATIONAL_ADMIN)
            .build();

    private CampaignPolicy() {
    }
}
