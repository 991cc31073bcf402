package vn.thidua.launcher.realm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The realm as code in two parts: what production imports holds no person, no password grant and no secret; the
 * development overlay adds them, and the merged realm the launcher imports is the old development realm.
 */
class RealmFilesTest {

    static final Path DIR = Path.of("..", "config", "keycloak");
    static final Path PRODUCTION = DIR.resolve("thidua-realm.json");
    static final Path OVERLAY = DIR.resolve("thidua-realm-dev.json");
    /** A secret may only name an environment variable, without a default after ':'. */
    static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*}");

    @Test
    void productionRealmHoldsNoUserOnlyTheServiceAccountsOfItsOwnClients() throws Exception {
        JsonNode realm = RealmOverlay.read(PRODUCTION);
        Set<String> serviceClients = new TreeSet<>();
        for (JsonNode client : realm.get("clients")) {
            if (client.path("serviceAccountsEnabled").asBoolean(false)) {
                serviceClients.add(client.get("clientId").asString());
            }
        }
        for (JsonNode user : realm.path("users")) {
            // A service account is the technical user Keycloak binds to a confidential client; never a person.
            assertThat(user.path("serviceAccountClientId").asString(""))
                    .as("user %s", user.path("username").asString()).isIn(serviceClients);
            assertThat(user.has("credentials")).as("credentials of %s", user.path("username").asString()).isFalse();
        }
    }

    @Test
    void productionRealmHasNoPasswordGrantNoImplicitFlowNoPublicServiceAccount() throws Exception {
        for (JsonNode client : RealmOverlay.read(PRODUCTION).get("clients")) {
            String id = client.get("clientId").asString();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(false)).as("password grant on %s", id)
                    .isFalse();
            assertThat(client.path("implicitFlowEnabled").asBoolean(false)).as("implicit flow on %s", id).isFalse();
        }
    }

    @Test
    void productionRealmHoldsNoSecretOnlyEnvironmentReferencesWithoutDefault() throws Exception {
        List<String> secrets = new ArrayList<>();
        collectSecrets(RealmOverlay.read(PRODUCTION), "", secrets);
        assertThat(secrets).isNotEmpty().allSatisfy(entry ->
                assertThat(entry.substring(entry.indexOf('=') + 1)).as(entry).matches(ENV_REFERENCE));
        assertThat(Files.readString(PRODUCTION)).doesNotContain("dev-only").doesNotContain("\"demo\"");
    }

    @Test
    void serviceAccountsReadFeedsOnlyThroughTheNamedReadScope() throws Exception {
        JsonNode realm = RealmOverlay.read(PRODUCTION);
        for (JsonNode user : realm.get("users")) {
            assertThat(user.get("realmRoles").toString()).isEqualTo("[\"report-reader\"]");
        }
        for (JsonNode client : realm.get("clients")) {
            if (client.path("serviceAccountsEnabled").asBoolean(false)) {
                assertThat(client.get("fullScopeAllowed").asBoolean(true)).isFalse();
                assertThat(client.get("defaultClientScopes").toString()).contains("\"thidua.feeds.read\"");
                assertThat(client.get("publicClient").asBoolean(true)).isFalse();
            }
        }
    }

    @Test
    void mergedRealmIsTheDevelopmentRealmWithDemoUsersDevClientsAndDevSecrets() throws Exception {
        JsonNode production = RealmOverlay.read(PRODUCTION);
        JsonNode merged = RealmOverlay.merge(production, RealmOverlay.read(OVERLAY));
        assertThat(names(merged.get("users"), "username")).contains("national.admin", "laichau.admin",
                "quangtri.district", "service-account-thidua-service", "service-account-thidua-reporting");
        assertThat(names(merged.get("clients"), "clientId")).contains("thidua-dev-cli", "thidua-load-test",
                "thidua-mobile", "thidua-service", "thidua-reporting");
        JsonNode reporting = find(merged.get("clients"), "clientId", "thidua-reporting");
        assertThat(reporting.get("secret").asString()).isEqualTo("dev-only-reporting-secret");
        // The overlay changes the secret only: the rest of the client is the production one.
        assertThat(reporting.get("defaultClientScopes")).isEqualTo(
                find(production.get("clients"), "clientId", "thidua-reporting").get("defaultClientScopes"));
        assertThat(merged.get("realm").asString()).isEqualTo("thidua");
        assertThat(merged.get("clients").size()).isEqualTo(production.get("clients").size() + 2);
        // The production document itself is unchanged by the merge.
        assertThat(production).isEqualTo(RealmOverlay.read(PRODUCTION));
    }

    @Test
    void overlayListOfPlainValuesReplacesAndNamedEntriesMerge() {
        JsonNode base = json("{\"a\":1,\"uris\":[\"x\",\"y\"],\"clients\":[{\"clientId\":\"c\",\"p\":1,\"q\":2}]}");
        JsonNode overlay = json("{\"b\":2,\"uris\":[\"z\"],\"clients\":[{\"clientId\":\"c\",\"q\":3},"
                + "{\"clientId\":\"d\"}]}");
        assertThat(RealmOverlay.merge(base, overlay)).isEqualTo(json("{\"a\":1,\"uris\":[\"z\"],\"clients\":["
                + "{\"clientId\":\"c\",\"p\":1,\"q\":3},{\"clientId\":\"d\"}],\"b\":2}"));
    }

    private static JsonNode json(String text) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(text);
    }

    private static void collectSecrets(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            for (var field : node.properties()) {
                String key = field.getKey();
                if (key.toLowerCase().contains("secret") && field.getValue().isString()) {
                    out.add(path + "/" + key + "=" + field.getValue().asString());
                }
                collectSecrets(field.getValue(), path + "/" + key, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectSecrets(node.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(entry -> names.add(entry.path(field).asString("")));
        return names;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode entry : array) {
            if (value.equals(entry.path(field).asString(""))) {
                return entry;
            }
        }
        throw new AssertionError(value + " not found");
    }
}
