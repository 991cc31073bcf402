package vn.thidua.reporting.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.client.HttpClientErrorException;
import vn.thidua.reporting.clients.CampaignApi;
import vn.thidua.reporting.clients.RegistrationApi;
import vn.thidua.reporting.reports.RegistrationReport.Campaign;
import vn.thidua.shared.client.PlatformClients;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.units.UnitDirectory;

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

    private final UnitDirectory units;

    public RegistrationReports(CampaignApi campaigns, RegistrationApi registrations, PlatformClients clients,
            @Value("${thidua.services.registration:http://localhost:8082}") String registrationUrl) {
        this.campaigns = campaigns;
        this.registrations = registrations;
        this.clients = clients;
        this.units = UnitDirectory.create(clients, registrationUrl);
    }

    /**
     * "106 – Huyện Tam Đường": the unit as it was early in the report's year (the reviewers of 2025 include districts,
     * which ended on 30 June 2025). Only the code when the registry cannot say: a name is not worth failing a report.
     */
    String unitLabel(String code, int year) {
        try {
            return units.find(code, LocalDate.of(year, 1, 1)).map(u -> code + " – " + u.name()).orElse(code);
        } catch (ProblemException registryAway) {
            return code;
        }
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
                aggregate, OffsetDateTime.now(VIETNAM).truncatedTo(ChronoUnit.SECONDS), code -> unitLabel(code, year));
    }
}
