package vn.thidua.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReportReaderAccessTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/campaigns/changes", "/api/v1/units/changes", "/api/v1/units/successions/changes",
            "/api/v1/registrations/changes", "/api/v1/progress/changes", "/api/v1/support-assignments/changes",
            "/api/v1/dossiers/changes", "/api/v1/decisions/changes", "/api/v1/reports/overview"})
    void readsTheChangeFeedsOfEveryServiceAndTheReports(String path) {
        assertThat(ReportReaderAccess.permits("GET", path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/dossiers/d-1", "/api/v1/dossiers", "/api/v1/audit/dossiers/d-1",
            "/api/v1/award-history", "/api/v1/units/12/changes", "/api/v1/dossiers/D1/changes", "/api/v1/changes",
            "/api/v1/reports/", "/api/v1/campaigns/changes/", "/actuator/env", "/api/v2/dossiers/changes",
            "/api/v1/campaigns/changes.json"})
    void readsNothingElse(String path) {
        assertThat(ReportReaderAccess.permits("GET", path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
    void writesNothingNotEvenOnAFeedPath(String method) {
        assertThat(ReportReaderAccess.permits(method, "/api/v1/dossiers/changes")).isFalse();
        assertThat(ReportReaderAccess.permits(method, "/api/v1/reports/overview")).isFalse();
    }

    @Test
    void theRoleNarrowsWhateverElseTheTokenCarriesAndIsNational() {
        PlatformPrincipal reader = new PlatformPrincipal("s", "service-account-thidua-reporting", null,
                Set.of(PlatformRole.REPORT_READER, PlatformRole.NATIONAL_ADMIN), null, "VN", UnitLevel.NATIONAL);
        assertThat(ReportReaderAccess.applies(reader)).isTrue();
        assertThat(reader.isNational()).isTrue();
        PlatformPrincipal admin = new PlatformPrincipal("a", "national.admin", null, Set.of(PlatformRole.NATIONAL_ADMIN),
                null, "VN", UnitLevel.NATIONAL);
        assertThat(ReportReaderAccess.applies(admin)).isFalse();
        PlatformPrincipal provinceReader = new PlatformPrincipal("p", "p", null, Set.of(PlatformRole.REPORT_READER),
                "12", "12", UnitLevel.PROVINCE);
        assertThat(provinceReader.isNational()).as("national scope only with a national unit level").isFalse();
    }
}
