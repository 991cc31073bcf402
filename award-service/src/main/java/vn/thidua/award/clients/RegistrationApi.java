package vn.thidua.award.clients;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** What rule checks read from registration-service (progress and registrations), relaying the caller's token. */
@HttpExchange("/api/v1")
public interface RegistrationApi {

    /** The unit's current value of every indicator as of a day; status flags are indicators with value 1 = met. */
    @GetExchange("/progress/current")
    CurrentProgress currentProgress(@RequestParam String unitCode, @RequestParam String asOf);

    @GetExchange("/registrations")
    RegistrationPage registrations(@RequestParam String campaignId, @RequestParam int year,
            @RequestParam String unitCode, @RequestParam int size);

    record CurrentProgress(String unitCode, LocalDate asOf, List<IndicatorValue> indicators) {
    }

    record IndicatorValue(String indicator, Double value, String unitOfMeasure, LocalDate measuredOn,
            String progressId) {
    }

    record RegistrationPage(List<RegistrationItem> items, int page, int size, long totalItems) {
    }

    record RegistrationItem(String id, String campaignId, Integer year, String unitCode, String status, Boolean late,
            List<String> awardForms) {
    }
}
