package vn.thidua.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import vn.thidua.shared.test.TestHttp;

/** The demo plans that the launcher's demo data launches, found on the running stack by their codes. */
final class DemoPlans {

    /** National plans have no tenant: a commune of Lai Châu registers for them, entered by its province admin. */
    static final String NATIONAL_TENANT = "12";
    static final String NATIONAL_REGISTRAR = "laichau.admin";

    /**
     * A launched plan and who registers for it.
     *
     * @param units the units that may register (null: the communes of the tenant in force at the end of the year)
     */
    record Launched(String code, String id, String registrar, String tenant, int year, List<String> units) {
    }

    private DemoPlans() {
    }

    /** Every plan the demo data launches, with the last year of its period that has no intake limit. */
    static List<Launched> launched() {
        JsonNode data;
        try {
            data = TestHttp.JSON.readTree(Files.readString(Stack.ROOT.resolve(
                    "launcher/src/main/resources/demo/demo-data.json")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        JsonNode campaigns = Stack.GATEWAY_HTTP.get("/api/v1/campaigns?size=100").token(Stack.token("national.admin"))
                .send().json().get("items");
        List<Launched> out = new ArrayList<>();
        for (JsonNode request : data.get("requests")) {
            String key = request.get("key").asString();
            if (!key.startsWith("launch-campaign-")) {
                continue;
            }
            JsonNode entered = null;
            for (JsonNode candidate : data.get("requests")) {
                if (key.substring("launch-".length()).equals(candidate.get("key").asString())) {
                    entered = candidate;
                }
            }
            assertThat(entered).as("the demo request that enters " + key).isNotNull();
            String code = entered.get("body").get("code").asString();
            String id = null;
            String tenant = null;
            for (JsonNode c : campaigns) {
                if (code.equals(c.get("code").asString())) {
                    id = c.get("id").asString();
                    tenant = c.path("tenant").asString(null);
                }
            }
            assertThat(id).as("demo plan " + code + " on the stack").isNotNull();
            String registrar = tenant == null ? NATIONAL_REGISTRAR : entered.get("as").asString();
            out.add(new Launched(code, id, registrar, tenant == null ? NATIONAL_TENANT : tenant,
                    yearWithoutIntakeLimit(entered.get("body")), null));
        }
        return out;
    }

    /**
     * The last year of the period whose registrations have no intake window: a closed window may refuse them
     * (contract §1, {@code outsidePolicy} REFUSE by default), which is the plan's rule, not a missing route.
     */
    static int yearWithoutIntakeLimit(JsonNode plan) {
        for (int year = plan.get("endYear").asInt(); year > plan.get("startYear").asInt(); year--) {
            boolean limited = false;
            for (JsonNode window : plan.path("intakeWindows")) {
                limited |= "REGISTRATION".equals(window.path("kind").asString(""))
                        && (window.path("forYear").isMissingNode() || window.path("forYear").isNull()
                        || window.path("forYear").asInt() == year);
            }
            if (!limited) {
                return year;
            }
        }
        return plan.get("startYear").asInt();
    }

    /**
     * A unit of the plan's tenant registers for the year (trying other units when one is already registered by an
     * earlier run: one registration per unit, campaign and year), then submits it; the submission's answer.
     */
    static TestHttp.Response registerAndSubmit(Launched plan) {
        List<String> units = plan.units() != null ? plan.units() : communes(plan);
        for (String unit : units) {
            var created = Answers.checked("registration " + plan.code(), Stack.GATEWAY_HTTP.post(
                    "/api/v1/registrations", Map.of("campaignId", plan.id(), "year", plan.year(), "unitCode", unit,
                            "commitments", List.of(), "awardForms", List.of()))
                    .token(Stack.token(plan.registrar())).send());
            if (created.status() == 409) {
                continue;
            }
            assertThat(created.status()).as("registration of %s for %s %d: %s", unit, plan.code(), plan.year(),
                    created.text()).isEqualTo(201);
            return Answers.checked("registration submit " + plan.code(), Stack.GATEWAY_HTTP.post(
                    "/api/v1/registrations/" + created.json().get("id").asString() + "/transitions",
                    Map.of("action", "SUBMIT")).token(Stack.token(plan.registrar()))
                    .header("If-Match", created.header("ETag")).send());
        }
        throw new AssertionError("no commune of " + plan.tenant() + " could register for " + plan.code() + " "
                + plan.year() + " (none found, or all already registered): " + units);
    }

    private static List<String> communes(Launched plan) {
        // The province's communes in force at the end of the year (before 1 July 2025 they sit under districts).
        JsonNode items = Stack.GATEWAY_HTTP.get("/api/v1/units?province=" + plan.tenant() + "&level=COMMUNE&size=100"
                + "&asOf=" + plan.year() + "-12-31").token(Stack.token(plan.registrar())).send().json().get("items");
        List<String> codes = new ArrayList<>();
        items.forEach(u -> codes.add(u.get("code").asString()));
        Collections.shuffle(codes, new Random());
        return codes.subList(0, Math.min(20, codes.size()));
    }
}
