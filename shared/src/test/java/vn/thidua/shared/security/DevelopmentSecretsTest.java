package vn.thidua.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A known development secret stops a service outside development, with a message naming the property. */
class DevelopmentSecretsTest {

    static StandardEnvironment environment(Map<String, Object> properties, String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        environment.setActiveProfiles(profiles);
        return environment;
    }

    @Test
    void theDefaultOfAPlaceholderIsCaughtInADeployment() {
        var environment = environment(Map.of("thidua.reporting.identity.client-secret",
                "${THIDUA_TEST_UNSET_SECRET_VARIABLE:dev-only-service-secret}"), "k8s");
        assertThatThrownBy(() -> new DevelopmentSecretsCheck(environment).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("thidua.reporting.identity.client-secret")
                .hasMessageContaining("[k8s]")
                .hasMessageNotContaining("dev-only-service-secret");
    }

    @Test
    void aDevelopmentSecretServesInDevelopmentOnly() {
        Map<String, Object> dev = Map.of("client-secret", "dev-only-reporting-secret");
        assertThatCode(() -> new DevelopmentSecretsCheck(environment(dev, "dev")).afterPropertiesSet())
                .doesNotThrowAnyException();
        assertThatCode(() -> new DevelopmentSecretsCheck(environment(dev)).afterPropertiesSet())
                .as("no profile: the local stack and tests").doesNotThrowAnyException();
        assertThatThrownBy(() -> new DevelopmentSecretsCheck(environment(dev, "prod")).afterPropertiesSet())
                .hasMessageContaining("client-secret");
    }

    @Test
    void aProductionSecretAndAnUnresolvablePlaceholderStartInADeployment() {
        var environment = environment(Map.of("client-secret", "kH3x9-production-value", "other",
                "${THIDUA_TEST_UNSET_VARIABLE}"), "k8s");
        assertThatCode(() -> new DevelopmentSecretsCheck(environment).afterPropertiesSet())
                .doesNotThrowAnyException();
    }

    @Test
    void theKnownSecretsAndClientsAreThoseOfTheRealmOverlay() throws Exception {
        JsonNode overlay = JsonMapper.builder().build().readTree(
                Files.readString(Path.of("..", "config", "keycloak", "thidua-realm-dev.json")));
        Set<String> secrets = new HashSet<>();
        Set<String> passwordClients = new HashSet<>();
        for (JsonNode client : overlay.get("clients")) {
            if (client.has("secret")) {
                secrets.add(client.get("secret").asString());
            }
            if (client.path("directAccessGrantsEnabled").asBoolean(false)) {
                passwordClients.add(client.get("clientId").asString());
            }
        }
        assertThat(secrets).isEqualTo(DevelopmentSecrets.KNOWN);
        assertThat(passwordClients).isEqualTo(DevelopmentSecrets.DEVELOPMENT_CLIENTS);
    }
}
