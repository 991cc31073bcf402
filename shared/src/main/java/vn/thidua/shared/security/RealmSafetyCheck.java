package vn.thidua.shared.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Outside development, whether the identity provider took the development realm overlay or kept a secret it should
 * have read from its environment: once the service is up, each trusted issuer's token endpoint is asked for a token
 * with the overlay's credentials (a demo user's password grant, the known development secrets) and with the literal
 * {@code ${THIDUA_…_SECRET}} that Keycloak keeps as the secret when the variable was unset at import. If any is
 * granted, the service logs why and stops (exit code 78). An endpoint that does not answer is retried, then left
 * with a warning: Keycloak may still be starting, and the check must not stop a healthy platform.
 */
public class RealmSafetyCheck implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(RealmSafetyCheck.class);
    static final int EXIT_CONFIG = 78;

    private final PlatformSecurityProperties properties;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public RealmSafetyCheck(PlatformSecurityProperties properties) {
        this.properties = properties;
    }

    /** The requests no production realm may grant, each with what it would mean. */
    static Map<String, Map<String, String>> probes() {
        Map<String, Map<String, String>> probes = new LinkedHashMap<>();
        for (String client : DevelopmentSecrets.DEVELOPMENT_CLIENTS) {
            probes.put("the development overlay (password grant of " + client + ")", Map.of("grant_type",
                    "password", "client_id", client, "username", "national.admin", "password", "demo"));
        }
        Map<String, String> variables = Map.of("thidua-service", "THIDUA_SERVICE_SECRET", "thidua-reporting",
                "THIDUA_REPORTING_SECRET");
        for (var client : variables.entrySet()) {
            List<String> secrets = new ArrayList<>(DevelopmentSecrets.KNOWN);
            secrets.add("${" + client.getValue() + "}");
            for (String secret : secrets) {
                String meaning = secret.startsWith("${") ? client.getValue() + " unset when the realm was imported"
                        : "a development secret";
                probes.put(client.getKey() + " accepts " + meaning, Map.of("grant_type", "client_credentials",
                        "client_id", client.getKey(), "client_secret", secret));
            }
        }
        return probes;
    }

    /** The token endpoint next to the issuer's keys (the address the service reaches), Keycloak's layout. */
    static URI tokenEndpoint(PlatformSecurityProperties.Issuer issuer) {
        String certs = issuer.effectiveJwkSetUri();
        return URI.create(certs.substring(0, certs.lastIndexOf('/')) + "/token");
    }

    /** What the endpoint granted among the probes; {@code null} when it never answered. */
    List<String> granted(URI endpoint) {
        List<String> granted = new ArrayList<>();
        for (var probe : probes().entrySet()) {
            String form = probe.getValue().entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(endpoint)
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    granted.add(probe.getKey());
                }
            } catch (java.io.IOException unreachable) {
                return null;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return granted;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (DevelopmentSecrets.isDevelopment(event.getApplicationContext().getEnvironment().getActiveProfiles())) {
            return;
        }
        Thread.ofVirtual().name("realm-safety-check").start(() -> check(event.getApplicationContext()));
    }

    private void check(ConfigurableApplicationContext context) {
        for (PlatformSecurityProperties.Issuer issuer : properties.getIssuers()) {
            URI endpoint = tokenEndpoint(issuer);
            List<String> granted = null;
            for (int attempt = 0; attempt < 10 && granted == null; attempt++) {
                granted = granted(endpoint);
                if (granted == null) {
                    sleep(Duration.ofSeconds(30));
                }
            }
            if (granted == null) {
                LOG.warn("realm safety check: {} did not answer; not checked", endpoint);
            } else if (!granted.isEmpty()) {
                LOG.error("Stopping: the identity provider {} grants tokens it must never grant outside development: "
                        + "{}. Import config/keycloak/thidua-realm.json alone, with THIDUA_SERVICE_SECRET and "
                        + "THIDUA_REPORTING_SECRET set (config/keycloak/README.md, Production).", issuer.getIssuerUri(),
                        granted);
                System.exit(org.springframework.boot.SpringApplication.exit(context, () -> EXIT_CONFIG));
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
