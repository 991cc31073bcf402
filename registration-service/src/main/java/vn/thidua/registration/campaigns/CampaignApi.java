package vn.thidua.registration.campaigns;

import java.time.LocalDate;
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

    /**
     * A target (chỉ tiêu): its code, indicator and unit of measure; for progress, its baseline, target value,
     * horizon and how progress is computed (campaign-service's {@code targets.Target}, the fields read here).
     */
    record TargetRef(String code, String indicator, String unitOfMeasure, BaselineRef baseline, Double targetValue,
            LocalDate horizon, List<String> appliesTo, ProgressRef progress) {

        public TargetRef(String code, String indicator, String unitOfMeasure) {
            this(code, indicator, unitOfMeasure, null, null, null, null, null);
        }
    }

    /** The baseline (giá trị cơ sở) and the day it was measured; the value may be left to the series. */
    record BaselineRef(Double value, LocalDate date) {
    }

    /**
     * How progress towards a target is computed: method COUNT_OF_UNITS_MEETING, RATE, SUSTAINED_REDUCTION,
     * MULTIPLE_OF_BASELINE or ABSOLUTE_MAXIMUM, with the fields that method needs (campaign-service checks them).
     */
    record ProgressRef(String method, PopulationRef population, ConditionRef unitCondition, Integer thresholdCount,
            Double thresholdPercent, String comparison, String indicator, String denominatorIndicator,
            Double pointsPerYear, Integer consecutiveYears, Double multiple, Integer maximumCount) {
    }

    /** The units counted: a unit type under the asked unit, narrowed to units holding all flags or named codes. */
    record PopulationRef(String unitType, List<String> flags, List<String> unitCodes, String perUnitType) {
    }

    /** A typed condition a unit meets: STATUS_FLAG, NUMERIC_THRESHOLD, RATE_SUSTAINED or JUDGEMENT. */
    record ConditionRef(String kind, String flag, String indicator, String comparison, Double value, String unit,
            Integer consecutiveYears, Integer referenceYear, String text) {
    }

    /** An award form on offer (hình thức khen thưởng). */
    record OfferRef(String formCode) {
    }
}
