package vn.thidua.registration.registrations;

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
 * Who may do what with registrations, support assignments and progress; which objects is the scope's job (and,
 * for reviews, the reviewer recorded on the registration).
 */
public final class RegistrationPolicy {

    public enum Action { READ, REGISTER, REVIEW, FORWARD, SUPPORT, RECORD_PROGRESS }

    public static final RolePolicy<Action> POLICY = RolePolicy.of(Action.class)
            // The reporting service's account reads the change feeds (national); the shared ReportReaderAccess
            // refuses it every other path and every write before any controller runs.
            .allow(Action.READ, vn.thidua.shared.security.PlatformRole.REPORT_READER)
            .allow(Action.READ, NATIONAL_ADMIN, PROVINCE_ADMIN, APPRAISER, STANDING_AGENCY_OFFICER,
                    DEPARTMENT_OFFICER, DISTRICT_OFFICER, COMMUNE_OFFICER, DECISION_SIGNER, INSPECTOR)
            // The registering unit's officers, and anyone above it in scope.
            .allow(Action.REGISTER, NATIONAL_ADMIN, PROVINCE_ADMIN, STANDING_AGENCY_OFFICER, DEPARTMENT_OFFICER,
                    DISTRICT_OFFICER, COMMUNE_OFFICER)
            // The reviewing unit's officers (district, standing agency, Sở Nội vụ) and the province admin.
            .allow(Action.REVIEW, NATIONAL_ADMIN, PROVINCE_ADMIN, STANDING_AGENCY_OFFICER, DEPARTMENT_OFFICER,
                    DISTRICT_OFFICER)
            .allow(Action.FORWARD, NATIONAL_ADMIN, PROVINCE_ADMIN, STANDING_AGENCY_OFFICER, DEPARTMENT_OFFICER,
                    DISTRICT_OFFICER)
            // Đăng ký hỗ trợ: a department or agency for itself, or the province for any of its agencies.
            .allow(Action.SUPPORT, NATIONAL_ADMIN, PROVINCE_ADMIN, STANDING_AGENCY_OFFICER, DEPARTMENT_OFFICER)
            .allow(Action.RECORD_PROGRESS, NATIONAL_ADMIN, PROVINCE_ADMIN, STANDING_AGENCY_OFFICER,
                    DEPARTMENT_OFFICER, DISTRICT_OFFICER, COMMUNE_OFFICER)
            .build();

    private RegistrationPolicy() {
    }
}
