package vn.thidua.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import vn.thidua.shared.test.TestHttp;

/**
 * A launched Lai Châu campaign of this run, made from the demo plan of seed 004 (same targets, offers and
 * REGISTRATION chain: districts → 12-SNNMT by 15/01 until 30/06/2025, communes → 12-SNNMT by 15/01 from
 * 01/07/2025, 12-SNNMT → 12-SNV by 31/01), with its own code and the period 2021–2027, so that 2025 is late and
 * 2027 (deadline 15/01/2027) is on time. One per test run; every run has its own.
 */
final class RegistrationFixtures {

    static final String OWNER = "laichau.admin";
    /** Campaigns through the gateway; a separate URL lets this run against a registration-service of its own. */
    static final TestHttp CAMPAIGNS = new TestHttp(System.getProperty("thidua.campaigns.url", Stack.GATEWAY));
    private static String campaignId;

    private RegistrationFixtures() {
    }

    static synchronized String campaignId() {
        if (campaignId == null) {
            campaignId = TestCampaigns.launchedLaiChauCopy(CAMPAIGNS, "ST-REG-", "Phong trào kiểm thử đăng ký thi đua (system test)");
        }
        return campaignId;
    }

    /** The body of a registration of Thị trấn Tam Đường / Xã Bình Lư (03390) in this run's campaign. */
    static Map<String, Object> registrationBody(int year) {
        return Map.of("campaignId", campaignId(), "year", year, "unitCode", "03390",
                "commitments", List.of(Map.of("targetCode", "COMMUNES_NTM", "indicator", "NTM_CRITERIA_MET",
                        "committedValue", 19, "unitOfMeasure", "CRITERIA")),
                "awardForms", List.of("CO_THI_DUA_CAP_BO_TINH"));
    }

    /** The isolation test's registration: 03390 for 2026 (RegistrationsSystemTest uses 2025 and 2027). */
    static Map<String, Object> isolationRegistrationBody() {
        return registrationBody(2026);
    }
}
