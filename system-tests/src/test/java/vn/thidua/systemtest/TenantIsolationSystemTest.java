package vn.thidua.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.shared.test.TestHttp;

/**
 * Tenant isolation, generated over every operation the services publish in their OpenAPI documents (read through
 * the gateway) and sent through the gateway and again on each service's own port (issue 12: a port reached directly
 * must keep the same scope), so it grows as endpoints are added: for users of every role in two other provinces, nothing Lai
 * Châu owns is returned (lists, reads by id) or changed (updates), and what they create lands in their own tenant.
 *
 * <p>An operation with a path parameter needs a fixture: how to create, as Lai Châu, the object it addresses.
 * A new operation without one fails this test, naming it, until its fixture is added below.
 */
class TenantIsolationSystemTest {

    static final TestHttp GATEWAY = Stack.GATEWAY_HTTP;
    static final String OWNER = "laichau.admin";
    static final String OWNER_TENANT = "12";
    static final List<String> SERVICES = List.of("campaign-service", "registration-service", "award-service",
            "reporting-service");

    /** Users of other provinces, every role the demo realm gives them, with their tenant. */
    static final Map<String, String> FOREIGN_USERS = new LinkedHashMap<>();

    static {
        for (String role : List.of("admin", "appraiser", "district", "commune")) {
            FOREIGN_USERS.put("caobang." + role, "04");
            FOREIGN_USERS.put("quangtri." + role, "44");
        }
    }

    /** A valid body for creates and updates, per collection path. */
    static final Map<String, Supplier<Map<String, Object>>> BODIES = Map.of(
            "/api/v1/campaigns", () -> Map.of("code", "ISO-" + UUID.randomUUID().toString().substring(0, 8),
                    "name", "Phong trào kiểm thử cô lập", "level", "PROVINCE", "startYear", 2026, "endYear", 2030),
            // A province's addition to the award catalogue (the law's entries are global reference data).
            "/api/v1/award-catalogue", () -> Map.of("code", "ISO_" + UUID.randomUUID().toString().substring(0, 8)
                    .toUpperCase().replace('-', '_'), "name", "Danh hiệu kiểm thử cô lập", "kind", "TITLE",
                    "level", "MINISTRY_OR_PROVINCE", "decidedBy", List.of("Chủ tịch Ủy ban nhân dân cấp tỉnh"),
                    "recipients", List.of("COLLECTIVE"), "legalBasis", "06/2022/QH15", "validFrom", "2026-01-01"),
            // A unit the province registers (an agency); official administrative units are public reference data.
            "/api/v1/units", () -> Map.of("level", "AGENCY", "name", "Ban kiểm thử cô lập", "type", "Ban",
                    "parentCode", "12", "validFrom", "2025-07-01"),
            // A registration of 03390 for 2026 in this run's launched Lai Châu campaign (RegistrationFixtures).
            "/api/v1/registrations", () -> RegistrationFixtures.isolationRegistrationBody(),
            // Mặt trận tỉnh supports 03390 in that campaign.
            "/api/v1/support-assignments", () -> Map.of("supporterUnitCode", "12-MTTQ", "supportedUnitCode", "03390",
                    "campaignId", RegistrationFixtures.campaignId()),
            // A result of 03390 (no campaign link needed).
            "/api/v1/progress", () -> Map.of("unitCode", "03390", "indicator", "ISOLATION_PROBE", "value", 1,
                    "unitOfMeasure", "FLAG", "measuredOn", "2026-01-01"),
            // A dossier Sở Nội vụ enters for one of 12-SNNMT's staff in this run's dossier campaign (DossierFixtures).
            "/api/v1/dossiers", () -> DossierFixtures.isolationDossierBody(),
            // A decision for a dossier of that campaign taken through appraisal and council.
            "/api/v1/decisions", () -> DossierFixtures.isolationDecisionBody());

    /**
     * Read-only collections (no create through the API): how to get the id of an object Lai Châu owns by its own
     * flow. Their objects cannot change through the API, so the owner's re-read check skips them.
     */
    static final Map<String, Supplier<String>> READ_ONLY_OWNED = Map.of(
            // A record of Lai Châu's audit chain, addressed as chain:sequence (AuditAndHistorySystemTest).
            "/api/v1/audit", AuditAndHistorySystemTest::laiChauAuditRecordId);

    /** The services' own ports: the matrix runs through the gateway and again on each service directly. */
    static final Map<String, TestHttp> SERVICE_PORTS = Map.of(
            "campaign-service", new TestHttp("http://localhost:8081"),
            "registration-service", new TestHttp("http://localhost:8082"),
            "award-service", new TestHttp("http://localhost:8083"),
            "reporting-service", new TestHttp("http://localhost:8084"));

    record Operation(String method, String path, String service) {
        String collection() {
            int brace = path.indexOf("/{");
            return brace < 0 ? path : path.substring(0, brace);
        }

        boolean addressesOne() {
            return path.contains("{");
        }
    }

    @Test
    void nothingOutsideTheCallersTenantIsReturnedOrChanged() {
        List<Operation> operations = publishedOperations();
        assertThat(operations).as("operations published by the services").isNotEmpty();
        Map<String, String> ownedIds = new LinkedHashMap<>();
        List<String> missingFixtures = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        int probes = 0;

        for (Operation operation : operations) {
            if (operation.addressesOne() && !BODIES.containsKey(operation.collection())
                    && !READ_ONLY_OWNED.containsKey(operation.collection())) {
                missingFixtures.add(operation.method() + " " + operation.path());
                continue;
            }
            String ownedId = operation.addressesOne()
                    ? ownedIds.computeIfAbsent(operation.collection(), this::createOwned) : null;
            for (Map.Entry<String, String> user : FOREIGN_USERS.entrySet()) {
                for (TestHttp via : List.of(GATEWAY, SERVICE_PORTS.get(operation.service()))) {
                    probes++;
                    String leak = probe(via, operation, ownedId, user.getKey(), user.getValue());
                    if (leak != null) {
                        leaks.add(leak + (via == GATEWAY ? "" : " (on " + operation.service() + "'s port)"));
                    }
                }
            }
        }
        // The owner's objects are unchanged after every foreign attempt.
        for (Map.Entry<String, String> owned : ownedIds.entrySet()) {
            if (READ_ONLY_OWNED.containsKey(owned.getKey())) {
                continue;
            }
            var again = GATEWAY.get(owned.getKey() + "/" + owned.getValue()).token(Stack.token(OWNER)).send();
            probes++;
            if (again.status() != 200 || !"\"0\"".equals(again.header("ETag"))) {
                leaks.add("owner's " + owned.getKey() + "/" + owned.getValue() + " changed: " + again.status() + " "
                        + again.header("ETag"));
            }
        }
        System.out.printf("tenant isolation: %d operations, %d probes, %d leaks%n", operations.size(), probes,
                leaks.size());
        assertThat(missingFixtures).as("operations without an isolation fixture").isEmpty();
        assertThat(leaks).as("leaks").isEmpty();
    }

    private String probe(TestHttp via, Operation operation, String ownedId, String user, String tenant) {
        String token = Stack.token(user);
        String path = ownedId == null ? operation.path() : operation.path().replaceAll("\\{[^}]+}", ownedId);
        TestHttp.Response response = switch (operation.method()) {
            case "GET" -> via.get(path).token(token).send();
            case "PUT" -> via.put(path, BODIES.get(operation.collection()).get()).token(token)
                    .header("If-Match", "\"0\"").send();
            case "POST" -> {
                Map<String, Object> body = new LinkedHashMap<>(BODIES.containsKey(operation.collection())
                        ? BODIES.get(operation.collection()).get() : Map.of());
                body.put("tenant", OWNER_TENANT);
                body.put("unitPath", List.of(OWNER_TENANT));
                yield via.post(path, body).token(token).send();
            }
            // Deleting another tenant's object (a draft campaign): 404, and the owner's copy stays.
            case "DELETE" -> via.delete(path).token(token).header("If-Match", "\"0\"").send();
            default -> null;
        };
        if (response == null) {
            return "unprobed method " + operation.method() + " " + operation.path();
        }
        String where = operation.method() + " " + path + " as " + user;
        if (ownedId != null) {
            // Reading or changing another tenant's object: never 2xx, and 404 rather than 403 for reads.
            if (response.status() < 300) {
                return where + " → " + response.status();
            }
            if (operation.method().equals("GET") && response.status() != 404) {
                return where + " → " + response.status() + " (expected 404)";
            }
            return null;
        }
        if (response.status() == 429) {
            return where + " → rate limited; probe not conclusive";
        }
        List<String> foreignTenants = new ArrayList<>();
        collectTenants(response.json(), foreignTenants, tenant);
        return foreignTenants.isEmpty() ? null : where + " returned objects of tenants " + foreignTenants;
    }

    private static void collectTenants(JsonNode node, List<String> foreign, String callerTenant) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            if (node.path("official").asBoolean(false)) {
                // Official administrative units (codes and names by QĐ 19/2025) are public to every user.
                return;
            }
            JsonNode tenant = node.get("tenant");
            if (tenant != null && tenant.isString() && !tenant.asString().equals(callerTenant)) {
                foreign.add(tenant.asString());
            }
            node.values().forEach(child -> collectTenants(child, foreign, callerTenant));
        } else if (node.isArray()) {
            node.forEach(child -> collectTenants(child, foreign, callerTenant));
        }
    }

    private String createOwned(String collection) {
        if (READ_ONLY_OWNED.containsKey(collection)) {
            return READ_ONLY_OWNED.get(collection).get();
        }
        // A decision is signed by the province's decision signer (separation of duties), not by Sở Nội vụ.
        String creator = "/api/v1/decisions".equals(collection) ? "laichau.signer" : OWNER;
        var created = GATEWAY.post(collection, BODIES.get(collection).get()).token(Stack.token(creator)).send();
        assertThat(created.status()).as("fixture " + collection + ": " + created.text()).isEqualTo(201);
        JsonNode body = created.json();
        return body.hasNonNull("id") ? body.get("id").asString() : body.get("code").asString();
    }

    private static List<Operation> publishedOperations() {
        List<Operation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            var doc = GATEWAY.get("/docs/" + service + "/v3/api-docs").send();
            assertThat(doc.status()).as("API docs of " + service).isEqualTo(200);
            doc.json().get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
                if (path.getKey().startsWith("/api/v1/")) {
                    operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), service));
                }
            }));
        }
        return operations;
    }
}
