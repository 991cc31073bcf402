package vn.thidua.reporting.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.reporting.clients.CampaignApi;
import vn.thidua.shared.client.PlatformClients;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.web.PageResponse;

/**
 * The caller's overview: campaigns in scope by status. Read from campaign-service over REST (never its
 * database), behind the named breaker {@code campaign-service}; when it is down the answer is a 503 naming it.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Báo cáo")
public class OverviewController {

    private final CampaignApi campaigns;
    private final PlatformClients clients;

    public OverviewController(CampaignApi campaigns, PlatformClients clients) {
        this.campaigns = campaigns;
        this.clients = clients;
    }

    public record Overview(long campaigns, Map<String, Long> campaignsByStatus) {
    }

    @GetMapping("/overview")
    @Operation(summary = "Counts of campaigns in the caller's scope, by status")
    public Overview overview() {
        Map<String, Long> byStatus = new TreeMap<>();
        long total = 0;
        int page = 0;
        CampaignApi.CampaignPage current;
        do {
            int pageNumber = page;
            current = clients.read("campaign-service", () -> campaigns.list(pageNumber, PageResponse.MAX_SIZE),
                    failure -> {
                        throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                                "campaign-service");
                    });
            for (CampaignApi.CampaignSummary campaign : current.items()) {
                byStatus.merge(campaign.status(), 1L, Long::sum);
            }
            total = current.totalItems();
            page++;
        } while ((long) page * PageResponse.MAX_SIZE < total);
        return new Overview(total, byStatus);
    }
}
