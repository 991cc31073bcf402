package vn.thidua.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * No client is exempt from the rate limit in what ships (the gateway's own configuration and the config server's
 * gateway.yml); the launcher's development override (a system property) binds to the load-test client alone.
 */
class PackagedRateLimitTest {

    static Properties yaml(Resource resource) {
        YamlPropertiesFactoryBean factory = new YamlPropertiesFactoryBean();
        factory.setResources(resource);
        return factory.getObject();
    }

    @Test
    void packagedConfigurationExemptsNoClient() {
        for (Resource resource : new Resource[] {new ClassPathResource("application.yml"),
                new FileSystemResource(Path.of("..", "config", "src", "main", "resources", "config-repo",
                        "gateway.yml"))}) {
            assertThat(resource.exists()).as(resource.getDescription()).isTrue();
            assertThat(yaml(resource).stringPropertyNames())
                    .as(resource.getDescription())
                    .noneMatch(name -> name.startsWith("thidua.gateway.rate-limit.client-overrides."))
                    .noneMatch(name -> name.startsWith("thidua.gateway.rate-limit.client-overrides["));
        }
    }

    @Test
    void theLaunchersDevelopmentOverrideBindsToTheLoadTestClientOnly() {
        GatewayProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
                "thidua.gateway.rate-limit.client-overrides[thidua-load-test]", "1000000")))
                .bind("thidua.gateway", GatewayProperties.class).get();
        assertThat(properties.getRateLimit().getClientOverrides()).containsExactly(Map.entry("thidua-load-test",
                1_000_000));
        assertThat(properties.getRateLimit().getRequestsPerSecond()).isEqualTo(20);
    }
}
