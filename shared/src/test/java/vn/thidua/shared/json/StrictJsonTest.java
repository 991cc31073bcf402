package vn.thidua.shared.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/** The mapper every service reads requests with refuses what issue 12's attacker stored. */
class StrictJsonTest {

    enum Level { NATIONAL, PROVINCE }

    record Plan(String name, Level level, int startYear, Integer endYear, int consecutiveYears, double amount,
            LocalDate validFrom) {
    }

    private final JsonMapper mapper = JsonMapper.builder().addModule(StrictJson.module(new YearRange(1900, 2100)))
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS).disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT).build();

    private Plan read(String name, String level, String startYear, String amount, String validFrom) {
        return mapper.readValue("{\"name\":" + name + ",\"level\":" + level + ",\"startYear\":" + startYear
                + ",\"endYear\":2030,\"consecutiveYears\":3,\"amount\":" + amount + ",\"validFrom\":" + validFrom
                + "}", Plan.class);
    }

    @Test
    void aValidBodyReadsAsBefore() {
        Plan plan = read("\"Phong trào\\tthi đua\\nnăm 2026\"", "\"PROVINCE\"", "2026", "1.5e3", "\"2026-01-01\"");
        assertThat(plan.level()).isEqualTo(Level.PROVINCE);
        assertThat(plan.startYear()).isEqualTo(2026);
        assertThat(plan.amount()).isEqualTo(1500.0);
        assertThat(plan.validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void aNumberMustBeFinite() {
        assertThatThrownBy(() -> read("\"x\"", "\"PROVINCE\"", "2026", "1e309", "\"2026-01-01\""))
                .isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> read("\"x\"", "\"PROVINCE\"", "2026", "NaN", "\"2026-01-01\""))
                .isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> read("\"x\"", "\"PROVINCE\"", "2026", "\"Infinity\"", "\"2026-01-01\""))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void anEnumIsReadByNameOnly() {
        assertThatThrownBy(() -> read("\"x\"", "1", "2026", "1", "\"2026-01-01\""))
                .isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> read("\"x\"", "\"1\"", "2026", "1", "\"2026-01-01\""))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void aYearAndADateStayWithinTheConfiguredRange() {
        for (String year : new String[] {"0", "-1", "10000", "1899", "2101"}) {
            assertThatThrownBy(() -> read("\"x\"", "\"PROVINCE\"", year, "1", "\"2026-01-01\""))
                    .as("startYear " + year).isInstanceOf(JacksonException.class);
        }
        for (String date : new String[] {"\"0000-01-01\"", "\"-0001-01-01\"", "\"+10000-01-01\"", "\"2025-02-30\"",
                "20260101", "[2026,1,1]"}) {
            assertThatThrownBy(() -> read("\"x\"", "\"PROVINCE\"", "2026", "1", date))
                    .as("validFrom " + date).isInstanceOf(JacksonException.class);
        }
        assertThat(read("\"x\"", "\"PROVINCE\"", "1900", "1", "\"2100-12-31\"").startYear()).isEqualTo(1900);
    }

    @Test
    void aCountOfYearsIsNotAYear() {
        Plan plan = mapper.readValue("{\"name\":\"x\",\"level\":\"PROVINCE\",\"startYear\":2026,"
                + "\"consecutiveYears\":0,\"amount\":1,\"validFrom\":\"2026-01-01\"}", Plan.class);
        assertThat(plan.consecutiveYears()).isZero();
        assertThat(plan.endYear()).isNull();
    }

    @Test
    void aTextHoldsNoControlCharacterNorLoneSurrogate() {
        for (String name : new String[] {"\"a\\u0000b\"", "\"\\u001b[31mred\"", "\"a\\u007fb\"", "\"a\\u0085b\"",
                "\"\\ud800\""}) {
            assertThatThrownBy(() -> read(name, "\"PROVINCE\"", "2026", "1", "\"2026-01-01\""))
                    .as(name).isInstanceOf(JacksonException.class);
        }
        assertThat(StrictJson.isCleanText("Xã Sơn Bình 😀\r\n\t")).isTrue();
    }

    @Test
    void aFractionIsNotCutFromAnInteger() {
        assertThatThrownBy(() -> read("\"x\"", "\"PROVINCE\"", "2026.5", "1", "\"2026-01-01\""))
                .isInstanceOf(JacksonException.class);
    }
}
