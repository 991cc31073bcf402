package vn.thidua.reporting.feeds;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import vn.thidua.reporting.readmodel.Change;

/** Reads one page of a feed as reporting's service identity ({@link ServiceToken}). */
public class FeedClient {

    private final RestClient http;
    private final ServiceToken token;

    public FeedClient(ServiceToken token, Duration timeout) {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().connectTimeout(timeout).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(timeout);
        this.http = RestClient.builder().requestFactory(requests).build();
        this.token = token;
    }

    FeedPage read(FeedSpec spec, long since, int size) {
        JsonNode page = http.get().uri(spec.baseUrl() + spec.path() + "?since={since}&size={size}", since, size)
                .headers(headers -> headers.setBearerAuth(token.get()))
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    if (response.getStatusCode().value() == 401) {
                        token.forget();
                    }
                    throw new IllegalStateException(spec.name() + " feed answered " + response.getStatusCode());
                })
                .body(JsonNode.class);
        if (page == null || !page.path("items").isArray()) {
            throw new IllegalStateException(spec.name() + " feed answered without items");
        }
        List<Change> changes = new ArrayList<>();
        Instant newest = null;
        for (JsonNode item : page.get("items")) {
            changes.add(ItemMapping.change(spec.name(), item));
            if (item.hasNonNull("changedAt")) {
                Instant at = Instant.parse(item.get("changedAt").asString());
                newest = newest == null || at.isAfter(newest) ? at : newest;
            }
        }
        return new FeedPage(changes, page.path("nextCursor").asLong(since), page.path("more").asBoolean(false),
                newest);
    }
}
