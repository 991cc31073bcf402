package vn.thidua.shared.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The secrets and clients of the development realm overlay ({@code config/keycloak/thidua-realm-dev.json}): known to
 * everyone who reads the repository, so they must never serve outside development. Development is the {@code dev}
 * profile, or no profile at all (the local stack, tests); any other profile ({@code k8s}) is a deployment.
 * {@code DevelopmentSecretsTest} keeps this list equal to the overlay's secrets.
 */
public final class DevelopmentSecrets {

    /** The overlay's client secrets. */
    public static final Set<String> KNOWN = Set.of("dev-only-service-secret", "dev-only-reporting-secret");

    /** The overlay's password-grant clients: a token issued to one of them comes from the development realm. */
    public static final Set<String> DEVELOPMENT_CLIENTS = Set.of("thidua-dev-cli", "thidua-load-test");

    public static final String DEVELOPMENT_PROFILE = "dev";

    private DevelopmentSecrets() {
    }

    public static boolean isDevelopment(String... activeProfiles) {
        return activeProfiles.length == 0 || Arrays.asList(activeProfiles).contains(DEVELOPMENT_PROFILE);
    }

    /** The names of the properties whose value holds a known development secret (never the values). */
    public static List<String> offending(Map<String, String> properties) {
        return properties.entrySet().stream()
                .filter(e -> e.getValue() != null && KNOWN.stream().anyMatch(e.getValue()::contains))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** Why a service with these profiles and properties must not start, or {@code null} when it may. */
    public static String refusal(String[] activeProfiles, Map<String, String> properties) {
        if (isDevelopment(activeProfiles)) {
            return null;
        }
        List<String> names = offending(properties);
        if (names.isEmpty()) {
            return null;
        }
        return "Refusing to start with profiles " + Arrays.toString(activeProfiles) + ": " + names
                + " hold a development secret of the realm overlay (config/keycloak/thidua-realm-dev.json), known to"
                + " anyone who reads the repository. Give the production secret from the environment"
                + " (THIDUA_REPORTING_SECRET, THIDUA_SERVICE_SECRET), or run with the 'dev' profile on a developer"
                + " machine.";
    }
}
