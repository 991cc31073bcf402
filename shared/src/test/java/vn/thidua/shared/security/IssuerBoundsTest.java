package vn.thidua.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a trusted issuer may assert: the platform's realm everything; a province's realm its province only. */
class IssuerBoundsTest {

    static final IssuerBounds QUANG_TRI_REALM = IssuerBounds.province("44");

    static PlatformPrincipal principal(String tenant, String unit, UnitLevel level, PlatformRole... roles) {
        return new PlatformPrincipal("s", "u", null, Set.of(roles), tenant, unit, level);
    }

    @Test
    void aProvinceRealmAssertsItsOwnProvincesUsers() {
        assertThat(QUANG_TRI_REALM.refusal(principal("44", "44", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN)))
                .isEmpty();
        assertThat(QUANG_TRI_REALM.refusal(principal("44", "19597", UnitLevel.COMMUNE, PlatformRole.COMMUNE_OFFICER)))
                .isEmpty();
        assertThat(QUANG_TRI_REALM.refusal(principal("44", "44-SYT", UnitLevel.AGENCY,
                PlatformRole.DEPARTMENT_OFFICER))).isEmpty();
        assertThat(QUANG_TRI_REALM.refusal(principal("44", "44", UnitLevel.PROVINCE, PlatformRole.INSPECTOR)))
                .as("a province's inspection team, within its province").isEmpty();
    }

    @Test
    void aProvinceRealmMayNotMintNationalPowers() {
        assertThat(QUANG_TRI_REALM.refusal(principal(null, "VN", UnitLevel.NATIONAL, PlatformRole.NATIONAL_ADMIN)))
                .hasValue("issuer may not assert the national level");
        assertThat(QUANG_TRI_REALM.refusal(principal("44", "44", UnitLevel.PROVINCE, PlatformRole.NATIONAL_ADMIN)))
                .hasValue("issuer may not assert the role national-admin");
        assertThat(QUANG_TRI_REALM.refusal(principal("44", "44", UnitLevel.PROVINCE, PlatformRole.REPORT_READER)))
                .hasValue("issuer may not assert the role report-reader");
        assertThat(QUANG_TRI_REALM.refusal(principal(null, "44", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN)))
                .hasValue("issuer's tokens must name a tenant");
    }

    @Test
    void aProvinceRealmMayNotAssertAnotherProvince() {
        assertThat(QUANG_TRI_REALM.refusal(principal("12", "12", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN)))
                .hasValue("issuer may not assert tenant 12");
        assertThat(QUANG_TRI_REALM.refusal(principal("44", "12", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN)))
                .as("its own tenant but another province's unit").isPresent();
        assertThat(QUANG_TRI_REALM.refusal(principal("44", "12-SYT", UnitLevel.AGENCY,
                PlatformRole.DEPARTMENT_OFFICER))).isPresent();
    }

    @Test
    void aRealmOfSeveralProvincesAssertsEachOfThem_andThePlatformRealmEverything() {
        IssuerBounds north = IssuerBounds.province("12", "04");
        assertThat(north.refusal(principal("04", "04", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN))).isEmpty();
        assertThat(north.refusal(principal("86", "86", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN))).isPresent();
        IssuerBounds platform = IssuerBounds.national();
        assertThat(platform.refusal(principal(null, "VN", UnitLevel.NATIONAL, PlatformRole.NATIONAL_ADMIN))).isEmpty();
        assertThat(platform.refusal(principal("86", "86", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN))).isEmpty();
    }

    @Test
    void aNationalRealmBoundToSomeTenantsStillNamesOne() {
        IssuerBounds bounded = new IssuerBounds(Set.of("12"), UnitLevel.NATIONAL);
        assertThat(bounded.refusal(principal(null, "VN", UnitLevel.NATIONAL, PlatformRole.NATIONAL_ADMIN)))
                .isPresent();
        assertThat(bounded.refusal(principal("12", "12", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN))).isEmpty();
    }

    @Test
    void severalIssuersMustEachDeclareTheirBounds() {
        PlatformSecurityProperties.Issuer undeclared = issuer("https://kc/realms/quangtri", null);
        assertThat(undeclared.bounds(true)).isEqualTo(IssuerBounds.national());
        assertThatThrownBy(() -> undeclared.bounds(false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must declare max-level");
        PlatformSecurityProperties.Issuer everyTenant = issuer("https://kc/realms/quangtri", UnitLevel.PROVINCE);
        everyTenant.setTenants(List.of("*"));
        assertThatThrownBy(() -> everyTenant.bounds(false)).hasMessageContaining("must list its tenants");
        PlatformSecurityProperties.Issuer quangTri = issuer("https://kc/realms/quangtri", UnitLevel.PROVINCE);
        quangTri.setTenants(List.of("44"));
        assertThat(quangTri.bounds(false)).isEqualTo(QUANG_TRI_REALM);
    }

    static PlatformSecurityProperties.Issuer issuer(String uri, UnitLevel maxLevel) {
        PlatformSecurityProperties.Issuer issuer = new PlatformSecurityProperties.Issuer();
        issuer.setIssuerUri(uri);
        issuer.setMaxLevel(maxLevel);
        return issuer;
    }
}
