package vn.thidua.award.schedule;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import vn.thidua.shared.client.PlatformClients;
import vn.thidua.shared.error.ProblemException;

/**
 * Reads a plan's resolved schedule from campaign-service. A plan the caller cannot see is 422 naming
 * {@code campaignId}; a year campaign-service refuses (outside the plan's period) is 422 naming {@code year};
 * campaign-service away is 503 naming it — a deadline is never judged without the schedule.
 */
@Component
public class Schedules {

    static final String BREAKER = "campaign-service";

    private final PlatformClients clients;
    private final ScheduleApi api;

    public Schedules(PlatformClients clients,
            @Value("${thidua.services.campaign:http://localhost:8081}") String campaignUrl) {
        this.clients = clients;
        this.api = clients.create(ScheduleApi.class, campaignUrl, Duration.ofSeconds(3));
    }

    public ResolvedSchedule of(String campaignId, int year) {
        // A refusal is an answer, not a failure: it must neither be retried nor open the breaker.
        String[] refused = new String[1];
        ResolvedSchedule schedule = clients.read(BREAKER, () -> {
            try {
                return api.schedule(campaignId, year);
            } catch (HttpClientErrorException.NotFound notFound) {
                // campaign-service's own "not-found" problem: the plan is not visible to the caller. Any other 404
                // (no such endpoint yet) is the service not answering the contract, a 503 below.
                if (!notFound.getResponseBodyAsString().contains("\"code\":\"not-found\"")) {
                    throw notFound;
                }
                refused[0] = "campaignId";
            } catch (HttpClientErrorException.Forbidden notVisible) {
                refused[0] = "campaignId";
            } catch (HttpClientErrorException.BadRequest outsidePeriod) {
                refused[0] = "year";
            }
            return null;
        }, failure -> {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", BREAKER);
        });
        if ("campaignId".equals(refused[0])) {
            throw ProblemException.invalid("campaignId", "unknown-campaign", campaignId);
        }
        if ("year".equals(refused[0])) {
            throw ProblemException.invalid("year", "outside-schedule", year);
        }
        if (schedule == null) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", BREAKER);
        }
        return schedule;
    }
}
