package vn.thidua.reporting.feeds;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.thidua.reporting.readmodel.Projections;
import vn.thidua.reporting.readmodel.ReadModelStore;

/**
 * The followers of the six feeds reporting reads, as its service identity: {@code thidua.reporting.identity.*}
 * (client id, secret, token endpoint: the {@code thidua-reporting} client, realm role {@code report-reader}).
 * Polling every {@code thidua.reporting.feeds.poll-interval} (3 s), at most
 * {@code max-pages} pages of {@code page-size} items per feed and round; {@code enabled=false} stops the polling.
 */
@Configuration(proxyBeanMethods = false)
class FeedsConfiguration {

    @Bean
    ServiceToken reportingServiceToken(
            @Value("${thidua.reporting.identity.token-uri:${thidua.security.issuers[0].issuer-uri:http://localhost:8180/realms/thidua}/protocol/openid-connect/token}") String tokenUri,
            @Value("${thidua.reporting.identity.client-id:thidua-reporting}") String clientId,
            @Value("${thidua.reporting.identity.client-secret:${THIDUA_REPORTING_SECRET:dev-only-reporting-secret}}") String secret) {
        return new ServiceToken(tokenUri, clientId, secret, Duration.ofSeconds(5), Clock.systemUTC());
    }

    @Bean
    Followers followers(ServiceToken token, ReadModelStore store, FeedPositions positions, MeterRegistry meters,
            @Value("${thidua.services.campaign:http://localhost:8081}") String campaign,
            @Value("${thidua.services.registration:http://localhost:8082}") String registration,
            @Value("${thidua.services.award:http://localhost:8083}") String award,
            @Value("${thidua.reporting.feeds.page-size:100}") int pageSize,
            @Value("${thidua.reporting.feeds.max-pages:50}") int maxPages,
            @Value("${thidua.reporting.feeds.batch:" + FeedFollower.DEFAULT_BATCH + "}") int batch,
            @Value("${thidua.sync.settle-lag:2s}") Duration settleLag) {
        List<FeedSpec> specs = List.of(
                new FeedSpec(Projections.UNITS, registration, "/api/v1/units/changes"),
                new FeedSpec(Projections.SUCCESSIONS, registration, "/api/v1/units/successions/changes"),
                new FeedSpec(Projections.CAMPAIGNS, campaign, "/api/v1/campaigns/changes"),
                new FeedSpec(Projections.REGISTRATIONS, registration, "/api/v1/registrations/changes"),
                new FeedSpec(Projections.DOSSIERS, award, "/api/v1/dossiers/changes"),
                new FeedSpec(Projections.DECISIONS, award, "/api/v1/decisions/changes"));
        FeedClient client = new FeedClient(token, Duration.ofSeconds(10));
        Clock clock = Clock.systemUTC();
        List<FeedFollower> followers = specs.stream()
                .map(spec -> new FeedFollower(spec, client, store, positions, clock, pageSize, maxPages, batch)).toList();
        return new Followers(followers, positions, clock, settleLag, meters);
    }

    /** The polling itself, off in tests that feed the read model by hand. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "thidua.reporting.feeds.enabled", havingValue = "true", matchIfMissing = true)
    static class Polling {

        private final Followers followers;

        Polling(Followers followers) {
            this.followers = followers;
        }

        @Scheduled(initialDelayString = "${thidua.reporting.feeds.initial-delay:5s}",
                fixedDelayString = "${thidua.reporting.feeds.poll-interval:3s}")
        void poll() {
            followers.pollAll();
        }
    }
}
