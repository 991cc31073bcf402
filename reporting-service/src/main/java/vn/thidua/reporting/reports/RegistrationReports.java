package vn.thidua.reporting.reports;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.client.HttpClientErrorException;
import vn.thidua.reporting.clients.CampaignApi;
import vn.thidua.reporting.clients.RegistrationApi;
import vn.thidua.reporting.reports.RegistrationReport.Campaign;
import vn.thidua.shared.client.PlatformClients;
import vn.thidua.shared.error.ProblemException;

/**
 * Reads the campaign (campaign-service) and the aggregate (registration-service) with the caller's token, so the
 * caller's scope applies, each through its named breaker: a campaign the caller cannot see is 404; a service
 * away is 503 naming it.
 */
@Service
public class RegistrationReports {

    static final String CAMPAIGN_SERVICE = "campaign-service";
    static final String REGISTRATION_SERVICE = "registration-service";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final CampaignApi campaigns;
    private final RegistrationApi registrations;
    private final PlatformClients clients;

    public RegistrationReports(CampaignApi campaigns, RegistrationApi registrations, PlatformClients clients) {
        this.campaigns = campaigns;
        this.registrations = registrations;
        this.clients = clients;
    }

    public RegistrationReport build(String campaignId, int year) {
        CampaignApi.CampaignSummary campaign = clients.read(CAMPAIGN_SERVICE, () -> {
            try {
                return campaigns.get(campaignId);
            } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Forbidden notVisible) {
                return null;
            }
        }, failure -> {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", CAMPAIGN_SERVICE);
        });
        if (campaign == null) {
            throw ProblemException.notFound("campaign", campaignId);
        }
        RegistrationApi.Aggregate aggregate = clients.read(REGISTRATION_SERVICE, () -> {
            try {
                return registrations.aggregate(campaignId, year);
            } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Forbidden notVisible) {
                return null;
            }
        }, failure -> {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", REGISTRATION_SERVICE);
        });
        if (aggregate == null) {
            throw ProblemException.notFound("campaign", campaignId);
        }
        return RegistrationReportModel.of(new Campaign(campaign.id(), campaign.code(), campaign.name()), year,
                aggregate, OffsetDateTime.now(VIETNAM).truncatedTo(ChronoUnit.SECONDS));
    }
}
