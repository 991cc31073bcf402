package vn.thidua.shared.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * Realm roles the platform understands. The realm (config/keycloak) defines exactly these names; other realm
 * roles in a token (offline_access, default roles) are ignored.
 */
public enum PlatformRole {
    /** Ban Thi đua – Khen thưởng Trung ương. */
    NATIONAL_ADMIN("national-admin"),
    /** Sở Nội vụ: the province's emulation secretariat. */
    PROVINCE_ADMIN("province-admin"),
    /** Thẩm định viên / thành viên Hội đồng TĐKT. */
    APPRAISER("appraiser"),
    /** Cơ quan thường trực of a campaign. */
    STANDING_AGENCY_OFFICER("standing-agency-officer"),
    /** Sở, ban, ngành, đoàn thể. */
    DEPARTMENT_OFFICER("department-officer"),
    DISTRICT_OFFICER("district-officer"),
    COMMUNE_OFFICER("commune-officer"),
    /** Người ký quyết định (chủ tịch UBND). */
    DECISION_SIGNER("decision-signer"),
    /** Đoàn kiểm tra: read-only. */
    INSPECTOR("inspector"),
    /**
     * Đọc dữ liệu báo cáo: a service account (the reporting service) that reads the change feeds of every service,
     * nationally, and nothing else ({@link ReportReaderAccess}).
     */
    REPORT_READER("report-reader");

    private final String claimName;

    PlatformRole(String claimName) {
        this.claimName = claimName;
    }

    public String claimName() {
        return claimName;
    }

    public String authority() {
        return "ROLE_" + claimName;
    }

    public static Optional<PlatformRole> fromClaim(String name) {
        return Arrays.stream(values()).filter(r -> r.claimName.equals(name)).findFirst();
    }
}
