package vn.thidua.award.clients;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import vn.thidua.award.clients.CampaignApi.CampaignRecord;
import vn.thidua.award.clients.CampaignApi.CatalogueEntry;
import vn.thidua.award.clients.RegistrationApi.CurrentProgress;
import vn.thidua.award.clients.RegistrationApi.ProgressPage;
import vn.thidua.award.clients.RegistrationApi.ProgressPoint;
import vn.thidua.award.clients.RegistrationApi.RegistrationPage;
import vn.thidua.shared.client.PlatformClients;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.units.UnitDirectory;
import vn.thidua.shared.units.UnitRegistryApi.UnitRecord;

/**
 * Every read award-service makes of the other services, through {@link PlatformClients} (caller's token relayed,
 * retries, named breakers). A service that cannot answer is a 503 naming it: a rule check never passes silently
 * because its data was missing.
 */
@Component
public class PlatformData {

    public static final String CAMPAIGN_BREAKER = "campaign-service";
    public static final String REGISTRATION_BREAKER = "registration-service";

    private final PlatformClients clients;
    private final CampaignApi campaigns;
    private final RegistrationApi registration;
    private final UnitDirectory units;

    public PlatformData(PlatformClients clients,
            @Value("${thidua.services.campaign:http://localhost:8081}") String campaignUrl,
            @Value("${thidua.services.registration:http://localhost:8082}") String registrationUrl) {
        this.clients = clients;
        this.campaigns = clients.create(CampaignApi.class, campaignUrl, Duration.ofSeconds(3));
        this.registration = clients.create(RegistrationApi.class, registrationUrl, Duration.ofSeconds(3));
        this.units = UnitDirectory.create(clients, registrationUrl);
    }

    /** A campaign read together with its version (ETag). */
    public record VersionedCampaign(CampaignRecord campaign, String etag) {
    }

    /** The campaign as the caller sees it; 404 naming {@code campaignId} when they cannot. */
    public VersionedCampaign campaign(String id) {
        ResponseEntity<CampaignRecord> read = clients.read(CAMPAIGN_BREAKER, () -> {
            try {
                return campaigns.campaign(id);
            } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Forbidden notVisible) {
                return null;
            }
        }, failure -> {
            throw unavailable(CAMPAIGN_BREAKER);
        });
        if (read == null || read.getBody() == null) {
            throw ProblemException.invalid("campaignId", "unknown-campaign", id);
        }
        String etag = read.getHeaders().getETag();
        if (etag == null && read.getBody().version() != null) {
            etag = "\"" + read.getBody().version() + "\"";
        }
        return new VersionedCampaign(read.getBody(), etag);
    }

    /** A catalogue entry, or empty when the code is unknown. */
    public Optional<CatalogueEntry> catalogueEntry(String code) {
        return Optional.ofNullable(clients.read(CAMPAIGN_BREAKER, () -> {
            try {
                return campaigns.catalogueEntry(code);
            } catch (HttpClientErrorException.NotFound notFound) {
                return null;
            }
        }, failure -> {
            throw unavailable(CAMPAIGN_BREAKER);
        }));
    }

    public Optional<UnitRecord> unit(String code, LocalDate day) {
        return units.find(code, day);
    }

    /**
     * The unit's current indicator values as of a day. Missing endpoint or service away → 503: the check must
     * say it could not be made.
     */
    public CurrentProgress progress(String unitCode, LocalDate asOf) {
        return clients.read(REGISTRATION_BREAKER, () -> {
            try {
                return registration.currentProgress(unitCode, asOf.toString());
            } catch (HttpClientErrorException.NotFound notFound) {
                // The registry's own "not-found" problem: the unit is outside the caller's scope (or unknown). Any
                // other 404 (no such endpoint) is the service not answering, and fails the check below.
                if (notFound.getResponseBodyAsString().contains("\"code\":\"not-found\"")) {
                    return NOT_VISIBLE;
                }
                throw notFound;
            }
        }, failure -> {
            throw unavailable(REGISTRATION_BREAKER);
        });
    }

    /** Largest page the registry serves. */
    static final int SERIES_PAGE = 100;
    /** Far more than any yearly or monthly series over a plan: a guard against a registry that never ends. */
    static final int SERIES_MAX_PAGES = 50;

    /**
     * Every measurement of a unit's indicator between two days (both included), oldest first, read page by page.
     * Only what the caller may see is returned (the registry filters by scope); 503 when it cannot answer.
     */
    public List<ProgressPoint> progressSeries(String unitCode, String indicator, LocalDate from, LocalDate to) {
        List<ProgressPoint> points = new ArrayList<>();
        for (int page = 0; page < SERIES_MAX_PAGES; page++) {
            int current = page;
            ProgressPage read = clients.read(REGISTRATION_BREAKER, () -> registration.progressSeries(unitCode,
                    indicator, from.toString(), to.toString(), current, SERIES_PAGE), failure -> {
                        throw unavailable(REGISTRATION_BREAKER);
                    });
            if (read == null || read.items() == null || read.items().isEmpty()) {
                break;
            }
            points.addAll(read.items());
            if ((long) (page + 1) * SERIES_PAGE >= read.totalItems()) {
                break;
            }
        }
        return points;
    }

    /** Marker for a unit whose progress the caller may not read. */
    public static final CurrentProgress NOT_VISIBLE = new CurrentProgress(null, null, List.of());

    /** Registrations of a unit for a campaign and year; 503 when registration-service cannot answer. */
    public RegistrationPage registrations(String campaignId, int year, String unitCode) {
        return clients.read(REGISTRATION_BREAKER,
                () -> registration.registrations(campaignId, year, unitCode, 20), failure -> {
                    throw unavailable(REGISTRATION_BREAKER);
                });
    }

    /** A per-request memo so one check reads each unit's progress once. */
    public ProgressMemo progressMemo(LocalDate asOf) {
        return new ProgressMemo(this, asOf);
    }

    public static final class ProgressMemo {
        private final PlatformData data;
        private final LocalDate asOf;
        private final Map<String, CurrentProgress> read = new HashMap<>();

        ProgressMemo(PlatformData data, LocalDate asOf) {
            this.data = data;
            this.asOf = asOf;
        }

        public CurrentProgress of(String unitCode) {
            return read.computeIfAbsent(unitCode, code -> {
                CurrentProgress progress = data.progress(code, asOf);
                return progress != null ? progress : new CurrentProgress(code, asOf, List.of());
            });
        }

        /** Units whose progress the caller could not read (outside their scope). */
        public List<String> notVisible() {
            return read.entrySet().stream().filter(e -> e.getValue() == NOT_VISIBLE).map(Map.Entry::getKey).sorted()
                    .toList();
        }
    }

    private static ProblemException unavailable(String service) {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", service);
    }
}
