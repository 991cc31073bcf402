package vn.thidua.reporting.feeds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * reporting-service's own identity towards the other services (client credentials): the feeds are read as the
 * service, never with a user's token, so the read models hold every province and each report scopes them to its
 * caller. The token is kept until shortly before it expires.
 */
public class ServiceToken {

    /** Ask again this long before expiry, so a page is never fetched with a token that lapses in flight. */
    static final Duration MARGIN = Duration.ofSeconds(30);

    private final RestClient http;
    private final String tokenUri;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    public ServiceToken(String tokenUri, String clientId, String clientSecret, Duration timeout, Clock clock) {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().connectTimeout(timeout).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(timeout);
        this.http = RestClient.builder().requestFactory(requests).build();
        this.tokenUri = tokenUri;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    public synchronized String get() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("grant_type", "client_credentials");
            form.add("client_id", clientId);
            form.add("client_secret", clientSecret);
            JsonNode answer = http.post().uri(tokenUri).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form).retrieve().body(JsonNode.class);
            if (answer == null || !answer.hasNonNull("access_token")) {
                throw new IllegalStateException("The token endpoint answered without an access token");
            }
            token = answer.get("access_token").asString();
            long seconds = answer.path("expires_in").asLong(60);
            renewAt = clock.instant().plusSeconds(seconds).minus(MARGIN);
        }
        return token;
    }

    /** Drop the kept token (a feed answered 401: the realm may have rotated keys). */
    public synchronized void forget() {
        token = null;
    }
}
