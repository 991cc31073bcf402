package vn.thidua.registration.units;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.registration.units.UnitRegistryApiTest.unit;
import static vn.thidua.shared.security.PlatformRole.COMMUNE_OFFICER;
import static vn.thidua.shared.security.PlatformRole.NATIONAL_ADMIN;
import static vn.thidua.shared.security.PlatformRole.PROVINCE_ADMIN;
import static vn.thidua.shared.test.ChangeFeedChecks.head;
import static vn.thidua.shared.test.ChangeFeedChecks.ids;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import vn.thidua.registration.PlatformWebTest;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.sync.Stamp;
import vn.thidua.shared.test.ChangeFeedChecks;
import vn.thidua.shared.test.TestTokens;

/** The units and successions change feeds over HTTP: order, paging, again-later, scope, settle gate, bad input. */
class UnitFeedApiTest extends PlatformWebTest {

    final String national = TestTokens.token("nat", null, "VN", UnitLevel.NATIONAL, NATIONAL_ADMIN);
    final String laiChauAdmin = TestTokens.token("lc-admin", "12", "12", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String caoBangAdmin = TestTokens.token("cb-admin", "04", "04", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String commune = TestTokens.token("lc-commune", "12", "03390", UnitLevel.COMMUNE, COMMUNE_OFFICER);

    @Autowired
    MongoTemplate mongo;

    JsonNode page(String token, long since, int size) {
        var response = http.get("/api/v1/units/changes?since=" + since + "&size=" + size).token(token).send();
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    String create(Map<String, Object> body) {
        var created = http.post("/api/v1/units", body).token(laiChauAdmin).send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("code").asString();
    }

    @Test
    void theImportedUnitsAreInTheFeedFromTheStart_inSequenceOrder() {
        JsonNode first = page(national, 0, 100);
        assertThat(ids(first)).hasSize(100);
        assertThat(first.get("more").asBoolean()).isTrue();
        JsonNode item = first.get("items").get(0);
        assertThat(item.get("official").asBoolean()).isTrue();
        assertThat(item.has("searchKeys")).as("an API view, not the stored document").isFalse();
        assertThat(item.get("path").isArray()).isTrue();
        JsonNode laiChau = page(laiChauAdmin, 0, 100);
        laiChau.get("items").forEach(unit -> assertThat(unit.get("tenant").asString()).isEqualTo("12"));
    }

    @Test
    void aUnitEditedBetweenPagesComesAgainAfterLaterOnes_withinTheCallersScope() {
        long start = head(mongo, UnitFeed.UNITS);
        String village = create(unit(null, "VILLAGE", "Bản Nà Feed", "03390", "2025-07-01"));
        String agency = create(unit(null, "AGENCY", "Sở Feed tỉnh Lai Châu", "12", "2025-07-01"));
        JsonNode first = page(laiChauAdmin, start, 1);
        assertThat(ids(first)).containsExactly(village);
        assertThat(first.get("more").asBoolean()).isTrue();

        var renamed = http.put("/api/v1/units/" + village, unit(village, "VILLAGE", "Bản Nà Feed Mới", "03390",
                "2025-07-01")).token(laiChauAdmin).header("If-Match", "\"0\"").send();
        assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
        JsonNode rest = page(laiChauAdmin, first.get("nextCursor").asLong(), 10);
        assertThat(ids(rest)).containsExactly(agency, village);
        JsonNode latest = rest.get("items").get(1);
        assertThat(latest.get("name").asString()).isEqualTo("Bản Nà Feed Mới");
        assertThat(latest.get("version").asLong()).isEqualTo(1);
        assertThat(latest.get("names")).as("the rename keeps the earlier name").hasSize(2);
        assertThat(rest.get("more").asBoolean()).isFalse();
        assertThat(page(laiChauAdmin, rest.get("nextCursor").asLong(), 10).get("items")).isEmpty();

        assertThat(ids(page(commune, start, 10))).as("a commune sees its subtree: the village, not the agency")
                .containsExactly(village);
        assertThat(ids(page(caoBangAdmin, start, 10))).as("another province sees none of it").isEmpty();
        assertThat(ids(page(national, start, 10))).containsExactly(agency, village);
    }

    @Test
    void anUnsettledUnitStopsTheFeed_untilItSettles() {
        long start = head(mongo, UnitFeed.UNITS);
        String a = create(unit(null, "VILLAGE", "Bản Chờ A", "03390", "2025-07-01"));
        String b = create(unit(null, "VILLAGE", "Bản Chờ B", "03390", "2025-07-01"));
        String c = create(unit(null, "VILLAGE", "Bản Chờ C", "03390", "2025-07-01"));
        Query bQuery = Query.query(Criteria.where("_id").is(b));
        Instant written = mongo.findOne(bQuery, Unit.class).changedAt();
        // b as a slow writer leaves it: its number is taken at a time the settle lag has not passed yet.
        mongo.updateFirst(bQuery, Update.update(Stamp.AT, NOW.plusSeconds(60)), Unit.class);
        try {
            JsonNode gated = page(laiChauAdmin, start, 10);
            assertThat(ids(gated)).containsExactly(a);
            assertThat(gated.get("more").asBoolean()).isTrue();
        } finally {
            mongo.updateFirst(bQuery, Update.update(Stamp.AT, written), Unit.class);
        }
        assertThat(ids(page(laiChauAdmin, start, 10))).containsExactly(a, b, c);
    }

    @Test
    void successionsAreTheirOwnFeed_forEveryRole() {
        JsonNode first = http.get("/api/v1/units/successions/changes?since=0&size=100").token(commune).send().json();
        assertThat(ids(first)).hasSize(100);
        JsonNode link = first.get("items").get(0);
        assertThat(link.get("fromCode").asString()).isNotBlank();
        assertThat(link.get("toCode").asString()).isNotBlank();
        assertThat(link.get("effectiveDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(link.get("kind").asString()).isNotBlank();
        List<String> again = ids(http.get("/api/v1/units/successions/changes?since=0&size=100").token(caoBangAdmin)
                .send().json());
        assertThat(again).isEqualTo(ids(first));
    }

    @Test
    void badSinceOrSizeIs400NamingTheParameter() {
        ChangeFeedChecks.refusesBadParameters(http, "/api/v1/units/changes", laiChauAdmin);
        ChangeFeedChecks.refusesBadParameters(http, "/api/v1/units/successions/changes", laiChauAdmin);
    }
}
