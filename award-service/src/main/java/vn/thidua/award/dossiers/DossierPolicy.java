package vn.thidua.award.dossiers;

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

/**
 * Who may do what with dossiers and decisions (function level); which dossiers is the scope's job, and at which
 * stop the route's (the role of the stop and its unit).
 */
public final class DossierPolicy {

    public enum Action { READ, PROPOSE, REVIEW, APPRAISE, RECORD_COUNCIL, ISSUE_DECISION, PUBLISH, REVOKE,
        PROPOSE_TO_STATE, STATE_APPRAISE }

    public static final RolePolicy<Action> POLICY = RolePolicy.of(Action.class)
            // The reporting service's account reads the change feeds (national); the shared ReportReaderAccess
            // refuses it every other path and every write before any controller runs.
            .allow(Action.READ, vn.thidua.shared.security.PlatformRole.REPORT_READER)
            .allow(Action.READ, NATIONAL_ADMIN, PROVINCE_ADMIN, APPRAISER, STANDING_AGENCY_OFFICER,
                    DEPARTMENT_OFFICER, DISTRICT_OFFICER, COMMUNE_OFFICER, DECISION_SIGNER, INSPECTOR)
            // The unit that proposes its own nominees: xã, huyện, sở/ngành, cơ quan thường trực; Sở Nội vụ for any.
            .allow(Action.PROPOSE, COMMUNE_OFFICER, DISTRICT_OFFICER, DEPARTMENT_OFFICER, STANDING_AGENCY_OFFICER,
                    PROVINCE_ADMIN)
            .allow(Action.REVIEW, DISTRICT_OFFICER, STANDING_AGENCY_OFFICER, DEPARTMENT_OFFICER, PROVINCE_ADMIN,
                    APPRAISER, COMMUNE_OFFICER)
            .allow(Action.APPRAISE, APPRAISER)
            .allow(Action.RECORD_COUNCIL, APPRAISER)
            // A decision is signed by a decision-signer of the issuing body (the province chairman, a commune
            // chairman, an agency head): the signer is the authenticated user (SeparationOfDuties). The national
            // board records the state decision (Thủ tướng Chính phủ, Chủ tịch nước) signed outside the platform.
            .allow(Action.ISSUE_DECISION, DECISION_SIGNER, NATIONAL_ADMIN)
            // Publication (công bố) by the issuing body; SeparationOfDuties keeps out whoever prepared a dossier.
            .allow(Action.PUBLISH, DECISION_SIGNER, DISTRICT_OFFICER, COMMUNE_OFFICER, PROVINCE_ADMIN, NATIONAL_ADMIN)
            .allow(Action.REVOKE, DECISION_SIGNER, PROVINCE_ADMIN, NATIONAL_ADMIN)
            // A STATE form: the Chairman of the provincial People's Committee signs the submission (tờ trình);
            // Sở Nội vụ enters it. The Central Emulation and Commendation Board appraises it.
            .allow(Action.PROPOSE_TO_STATE, DECISION_SIGNER, PROVINCE_ADMIN)
            .allow(Action.STATE_APPRAISE, NATIONAL_ADMIN)
            .build();

    private DossierPolicy() {
    }
}
