package vn.thidua.registration.campaigns;

import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * What registration-service reads from campaign-service, relaying the caller's token (so a campaign the caller
 * may not see answers 404). Only the fields registrations need; campaign-service's own types are never shared.
 */
@HttpExchange("/api/v1/campaigns")
public interface CampaignApi {

    @GetExchange("/{id}")
    CampaignRecord get(@PathVariable String id);

    /** The calendar resolved for a year (contract §1): steps in force with dated deadlines, intake windows. */
    @GetExchange("/{id}/schedule")
    Schedule schedule(@PathVariable String id, @RequestParam("year") int year);

    /** A campaign (phong trào) as registrations see it. */
    record CampaignRecord(String id, String code, String name, String status, String tenant, Integer startYear,
            Integer endYear, String standingAgencyCode, List<TargetRef> targets, List<OfferRef> offers) {

        public List<TargetRef> targetList() {
            return targets == null ? List.of() : targets;
        }

        public List<OfferRef> offerList() {
            return offers == null ? List.of() : offers;
        }
    }

    /** A target (chỉ tiêu): its code, indicator and unit of measure. */
    record TargetRef(String code, String indicator, String unitOfMeasure) {
    }

    /** An award form on offer (hình thức khen thưởng). */
    record OfferRef(String formCode) {
    }
}
