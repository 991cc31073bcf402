package vn.thidua.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * What the fuzz suite ({@code vn.thidua.systemtest.fuzz}) borrows from the other system tests: real tokens, the
 * gateway's address and the isolation matrix's valid bodies and owned objects, so that bad input is sent to real
 * objects and next to bodies that would otherwise succeed.
 */
public final class FuzzFixtures {

    private static final Map<String, String> OWNED = new ConcurrentHashMap<>();

    private FuzzFixtures() {
    }

    public static String gateway() {
        return Stack.GATEWAY;
    }

    public static String token(String username) {
        return Stack.token(username);
    }

    /** A valid create body for a collection path, fresh each call (unique codes), or null when none is known. */
    public static Map<String, Object> validBody(String collection) {
        if ("/api/v1/registrations".equals(collection)) {
            // Not the isolation matrix's 03390/2026 (a fuzz case that succeeds would take it first), nor this
            // suite's own registration fixture's year (2023, below).
            Map<String, Object> registration = new java.util.LinkedHashMap<>(
                    RegistrationFixtures.registrationBody(2024));
            registration.put("campaignId", fuzzCampaignId());
            return registration;
        }
        if ("/api/v1/decisions".equals(collection)) {
            // A dossier of the suite's own: a decision case that succeeds must not take the matrix's dossier.
            return DossierFixtures.decisionBody(fuzzApprovedDossierId());
        }
        var body = TenantIsolationSystemTest.BODIES.get(collection);
        if (body == null) {
            return null;
        }
        // What is unique per campaign (a supporter of a unit, a registration) goes to a campaign of the fuzz suite's
        // own, so a fuzz case that succeeds never takes the isolation matrix's object.
        Map<String, Object> valid = new java.util.LinkedHashMap<>(body.get());
        if (RegistrationFixtures.campaignId().equals(valid.get("campaignId"))) {
            valid.put("campaignId", fuzzCampaignId());
        }
        return valid;
    }

    private static String fuzzCampaign;
    private static String fuzzApprovedDossier;

    static synchronized String fuzzApprovedDossierId() {
        if (fuzzApprovedDossier == null) {
            fuzzApprovedDossier = DossierFixtures.newApprovedDossierId();
        }
        return fuzzApprovedDossier;
    }

    /** A launched copy of the Lai Châu plan for this suite alone (one per run). */
    static synchronized String fuzzCampaignId() {
        if (fuzzCampaign == null) {
            fuzzCampaign = TestCampaigns.launchedLaiChauCopy(RegistrationFixtures.CAMPAIGNS, "ST-FUZ-",
                    "Phong trào kiểm thử dữ liệu sai (fuzz)");
        }
        return fuzzCampaign;
    }

    /** The id of an object Lai Châu owns in a collection (created once per run), or null when none can be made. */
    public static synchronized String ownedId(String collection) {
        String known = OWNED.get(collection);
        if (known != null) {
            return known;
        }
        String id;
        if (TenantIsolationSystemTest.READ_ONLY_OWNED.containsKey(collection)) {
            id = TenantIsolationSystemTest.READ_ONLY_OWNED.get(collection).get();
        } else if (TenantIsolationSystemTest.BODIES.containsKey(collection)) {
            // Objects of its own, apart from the isolation matrix's (which must stay unchanged): a registration of
            // another year than the matrix's 03390/2026 and the fuzz cases' 2024, decisions signed by the signer.
            Map<String, Object> body = switch (collection) {
                case "/api/v1/registrations" -> RegistrationFixtures.registrationBody(2023);
                case "/api/v1/decisions" -> DossierFixtures.decisionBody(DossierFixtures.newApprovedDossierId());
                default -> validBody(collection);
            };
            String creator = "/api/v1/decisions".equals(collection) ? "laichau.signer" : TenantIsolationSystemTest.OWNER;
            var created = Stack.GATEWAY_HTTP.post(collection, body).token(Stack.token(creator)).send();
            JsonNode answer = created.json();
            if (created.status() == 409 && answer.hasNonNull("existingId")) {
                // A fuzz case with a valid body made it first: that object serves as well.
                id = answer.get("existingId").asString();
            } else {
                assertThat(created.status()).as("fuzz fixture " + collection + ": " + created.text()).isEqualTo(201);
                id = answer.hasNonNull("id") ? answer.get("id").asString() : answer.get("code").asString();
            }
        } else {
            return null;
        }
        OWNED.put(collection, id);
        return id;
    }
}
