package vn.thidua.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Đơn vị không còn tồn tại: đọc được lịch sử, không ghi được gì. */
class UnitsInForceTest {

    // A district and a commune of a province nobody seeded (tenant 77).
    static final PlatformPrincipal DISTRICT_OFFICER = new PlatformPrincipal("d", "huyen.canbo", "huyen.canbo",
            Set.of(PlatformRole.DISTRICT_OFFICER), "77", "770", UnitLevel.DISTRICT);
    static final PlatformPrincipal COMMUNE_OFFICER = new PlatformPrincipal("c", "xa.canbo", "xa.canbo",
            Set.of(PlatformRole.COMMUNE_OFFICER), "77", "77001", UnitLevel.COMMUNE);
    static final PlatformPrincipal PROVINCE_ADMIN = new PlatformPrincipal("p", "snv", "snv",
            Set.of(PlatformRole.PROVINCE_ADMIN), "77", "77", UnitLevel.PROVINCE);

    static final LocalDate LAST_DAY_OF_DISTRICTS = LocalDate.of(2025, 6, 30);
    static final LocalDate FIRST_DAY_WITHOUT = LocalDate.of(2025, 7, 1);

    @Test
    void aDistrictOfficerWritesUntilTheLastDayOfDistricts() {
        assertThat(UnitsInForce.mayRequest(DISTRICT_OFFICER, "POST", LocalDate.of(2024, 1, 15))).isTrue();
        assertThat(UnitsInForce.mayRequest(DISTRICT_OFFICER, "PUT", LAST_DAY_OF_DISTRICTS)).isTrue();
    }

    @Test
    void fromTheFirstOfJuly2025ADistrictOfficerWritesNothing() {
        for (String write : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            assertThat(UnitsInForce.mayRequest(DISTRICT_OFFICER, write, FIRST_DAY_WITHOUT)).as(write).isFalse();
            assertThat(UnitsInForce.mayRequest(DISTRICT_OFFICER, write, LocalDate.of(2026, 12, 7))).as(write)
                    .isFalse();
        }
        assertThat(UnitsInForce.refusal(DISTRICT_OFFICER, "POST", FIRST_DAY_WITHOUT))
                .hasValueSatisfying(args -> assertThat(args).containsExactly("770", "2025-07-01"));
    }

    @Test
    void aDistrictOfficerKeepsReadingItsHistoryAfterTheReform() {
        for (String read : new String[] {"GET", "HEAD", "OPTIONS", "get"}) {
            assertThat(UnitsInForce.mayRequest(DISTRICT_OFFICER, read, FIRST_DAY_WITHOUT)).as(read).isTrue();
        }
    }

    @Test
    void aUnitAtDistrictLevelIsNotInForceWhateverItsRole() {
        PlatformPrincipal districtSigner = new PlatformPrincipal("s", "huyen.ky", "huyen.ky",
                Set.of(PlatformRole.DECISION_SIGNER), "77", "770", UnitLevel.DISTRICT);
        assertThat(UnitsInForce.inForce(districtSigner, LAST_DAY_OF_DISTRICTS)).isTrue();
        assertThat(UnitsInForce.inForce(districtSigner, FIRST_DAY_WITHOUT)).isFalse();
    }

    @Test
    void communesAndProvincesAreInForceBeforeAndAfter() {
        for (LocalDate day : new LocalDate[] {LAST_DAY_OF_DISTRICTS, FIRST_DAY_WITHOUT, LocalDate.of(2030, 1, 1)}) {
            assertThat(UnitsInForce.mayRequest(COMMUNE_OFFICER, "POST", day)).isTrue();
            assertThat(UnitsInForce.mayRequest(PROVINCE_ADMIN, "DELETE", day)).isTrue();
        }
    }

    @Test
    void theDayIsVietnamsNotUtc() {
        // 30 June 2025 at 23:30 UTC is 06:30 on 1 July in Hà Nội: the districts have ended.
        Clock lateOn30JuneUtc = Clock.fixed(Instant.parse("2025-06-30T23:30:00Z"), ZoneOffset.UTC);
        assertThat(UnitsInForce.today(lateOn30JuneUtc)).isEqualTo(FIRST_DAY_WITHOUT);
        Clock eveningOf30JuneInHanoi = Clock.fixed(Instant.parse("2025-06-30T16:59:59Z"), ZoneOffset.UTC);
        assertThat(UnitsInForce.today(eveningOf30JuneInHanoi)).isEqualTo(LAST_DAY_OF_DISTRICTS);
    }
}
