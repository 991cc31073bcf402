package vn.thidua.registration.campaigns;

import java.time.Duration;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import vn.thidua.registration.campaigns.CampaignApi.CampaignRecord;
import vn.thidua.shared.client.PlatformClients;
import vn.thidua.shared.error.ProblemException;

/**
 * Campaigns read from campaign-service with the caller's token, through the breaker {@value #BREAKER}. A campaign
 * the caller may not see is 404 here too; campaign-service away is 503 naming it, and nothing is written.
 */
@Component
public class Campaigns {

    public static final String BREAKER = "campaign-service";
    /** Phát động … sơ kết, tổng kết: a campaign takes registrations from launch until it is closed. */
    static final Set<String> OPEN_FOR_REGISTRATION = Set.of("LAUNCHED", "MID_TERM_REVIEW", "FINAL_REVIEW");

    private final CampaignApi api;
    private final PlatformClients clients;

    public Campaigns(PlatformClients clients, @Value("${thidua.services.campaign:http://localhost:8081}") String baseUrl) {
        this.clients = clients;
        this.api = clients.create(CampaignApi.class, baseUrl, Duration.ofSeconds(3));
    }

    /** The campaign as the caller sees it; 404 (field {@code campaignId}) when it does not exist for them. */
    public CampaignRecord get(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            throw ProblemException.invalid("campaignId", "required");
        }
        return clients.read(BREAKER, () -> {
            try {
                return api.get(id);
            } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Forbidden notVisible) {
                return null;
            }
        }, failure -> {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", BREAKER);
        }) instanceof CampaignRecord found ? found : notFound(id);
    }

    /**
     * The campaign's calendar resolved for a year by campaign-service (the one owner of calendar resolution).
     * 404 (campaign) when the caller may not see it; 400 naming {@code year} when campaign-service refuses the
     * year (outside the plan's period); campaign-service away is 503.
     */
    public Schedule schedule(String id, int year) {
        Object answer = clients.read(BREAKER, () -> {
            try {
                return api.schedule(id, year);
            } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Forbidden notVisible) {
                return null;
            } catch (HttpClientErrorException.BadRequest refusedYear) {
                return refusedYear;
            }
        }, failure -> {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", BREAKER);
        });
        if (answer instanceof Schedule found) {
            return found;
        }
        if (answer instanceof HttpClientErrorException.BadRequest) {
            throw ProblemException.invalid("year", "no-schedule", year);
        }
        throw ProblemException.notFound("campaign", id);
    }

    public static boolean acceptsRegistrations(CampaignRecord campaign) {
        return campaign.status() != null && OPEN_FOR_REGISTRATION.contains(campaign.status());
    }

    private static CampaignRecord notFound(String id) {
        throw ProblemException.notFound("campaign", id);
    }
}
