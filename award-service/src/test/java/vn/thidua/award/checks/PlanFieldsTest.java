package vn.thidua.award.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.award.clients.CampaignApi.CampaignRecord;
import vn.thidua.award.clients.CampaignApi.Condition;
import vn.thidua.award.clients.CampaignApi.Rule;
import vn.thidua.award.clients.RegistrationApi.RegistrationItem;

/**
 * The plan fields the checks read arrive from campaign-service's JSON: the records keep a shorter constructor for
 * old callers, and it must not be the one JSON is read with.
 */
class PlanFieldsTest {

    static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void aRulesPeriodAndOnceScopeAndAConditionsReferenceYearAreRead() {
        Rule rule = JSON.readValue("""
                {"kind":"QUOTA","description":"03 hộ mỗi xã mỗi năm","per":{"unitType":"COMMUNE"},"maxCount":3,
                 "period":"YEAR","onceScope":"LIFETIME","legalBasis":"KH 01","validFrom":"2021-01-01",
                 "conditions":[{"kind":"RATE_SUSTAINED","indicator":"POVERTY_RATE","comparison":"AT_MOST",
                 "value":-2,"consecutiveYears":3,"referenceYear":2020}]}""", Rule.class);

        assertThat(rule.period()).isEqualTo("YEAR");
        assertThat(rule.onceScope()).isEqualTo("LIFETIME");
        assertThat(rule.conditions()).extracting(Condition::referenceYear).containsExactly(2020);
    }

    @Test
    void aCampaignsTargetsAndARegistrationsCommitmentsAreRead() {
        CampaignRecord campaign = JSON.readValue("""
                {"id":"c1","targets":[{"code":"POVERTY","indicator":"POVERTY_RATE","unitOfMeasure":"PERCENT",
                 "targetValue":3,"progress":{"method":"RATE","comparison":"AT_MOST"}}]}""", CampaignRecord.class);
        RegistrationItem registration = JSON.readValue("""
                {"id":"r1","year":2024,"unitCode":"03390","commitments":[{"targetCode":"POVERTY",
                 "committedValue":2.5}]}""", RegistrationItem.class);

        assertThat(campaign.targetList()).singleElement().satisfies(t -> assertThat(t.comparison())
                .isEqualTo("AT_MOST"));
        assertThat(registration.commitmentList()).singleElement()
                .satisfies(c -> assertThat(c.committedValue()).isEqualTo(2.5));
    }
}
