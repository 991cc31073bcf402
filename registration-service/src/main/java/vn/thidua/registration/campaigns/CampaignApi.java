package vn.thidua.registration.campaigns;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
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

    /** A campaign (phong trào) as registrations see it. */
    record CampaignRecord(String id, String code, String name, String status, String tenant, Integer startYear,
            Integer endYear, String standingAgencyCode, List<TargetRef> targets, List<OfferRef> offers,
            Calendar calendar) {

        public List<TargetRef> targetList() {
            return targets == null ? List.of() : targets;
        }

        public List<OfferRef> offerList() {
            return offers == null ? List.of() : offers;
        }

        /** The steps of the chain of that kind (REGISTRATION, DOSSIER); empty when the plan has none. */
        public List<Step> chain(String kind) {
            if (calendar == null || calendar.chains() == null) {
                return List.of();
            }
            return calendar.chains().stream().filter(c -> kind.equals(c.kind()) && c.steps() != null)
                    .flatMap(c -> c.steps().stream()).toList();
        }
    }

    /** A target (chỉ tiêu): its code, indicator and unit of measure. */
    record TargetRef(String code, String indicator, String unitOfMeasure) {
    }

    /** An award form on offer (hình thức khen thưởng). */
    record OfferRef(String formCode) {
    }

    record Calendar(List<Chain> chains) {
    }

    record Chain(String kind, List<Step> steps) {
    }

    /** One step of a submission chain, as campaign-service publishes it. */
    record Step(Integer order, String name, List<RouteEnd> from, RouteEnd to, RouteEnd via, DayMonth deadline,
            Integer yearOffset, String lateSubmission, LocalDate validFrom, LocalDate validTo) {
    }

    /** A level (COMMUNE, DISTRICT, DEPARTMENT …) or one named unit, with the receiving office. */
    record RouteEnd(String level, String unitCode, String office) {
    }

    record DayMonth(Integer day, Integer month) {
    }
}
