package vn.thidua.shared.security;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * At start-up, before the service serves anything: every property (configuration files, the config server, the
 * environment) resolved and compared with the development secrets ({@link DevelopmentSecrets}); outside development
 * the service stops with a message that names the properties.
 */
public class DevelopmentSecretsCheck implements InitializingBean {

    private final ConfigurableEnvironment environment;

    public DevelopmentSecretsCheck(ConfigurableEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        String refusal = DevelopmentSecrets.refusal(environment.getActiveProfiles(), resolvedProperties());
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
    }

    private Map<String, String> resolvedProperties() {
        Map<String, String> values = new TreeMap<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    values.computeIfAbsent(name, this::resolved);
                }
            }
        }
        return values;
    }

    private String resolved(String name) {
        try {
            return environment.getProperty(name);
        } catch (RuntimeException unresolvable) {
            // A placeholder without a value is not a development secret; its own consumer reports it.
            return null;
        }
    }
}
