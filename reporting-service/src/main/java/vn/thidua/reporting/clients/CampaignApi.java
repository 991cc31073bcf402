package vn.thidua.reporting.clients;

import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** What reporting reads from campaign-service, relaying the caller's token (so scope is the caller's). */
@HttpExchange("/api/v1/campaigns")
public interface CampaignApi {

    @GetExchange
    CampaignPage list(@RequestParam int page, @RequestParam int size);

    /** One campaign as the caller sees it; 404 when it does not exist or is outside the caller's scope. */
    @GetExchange("/{id}")
    CampaignSummary get(@PathVariable String id);

    /** Only the fields reporting needs; campaign-service's own types are never shared. */
    record CampaignPage(List<CampaignSummary> items, int page, int size, long totalItems) {
    }

    record CampaignSummary(String id, String code, String name, String level, String status, String tenant) {
    }
}
