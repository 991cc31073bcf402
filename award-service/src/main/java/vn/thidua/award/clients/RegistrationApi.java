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

    /** The time series of a unit's indicator between two days, oldest first, a page at a time (at most 100). */
    @GetExchange("/progress")
    ProgressPage progressSeries(@RequestParam String unitCode, @RequestParam String indicator,
            @RequestParam String from, @RequestParam String to, @RequestParam int page, @RequestParam int size);

    @GetExchange("/registrations")
    RegistrationPage registrations(@RequestParam String campaignId, @RequestParam int year,
            @RequestParam String unitCode, @RequestParam int size);

    record CurrentProgress(String unitCode, LocalDate asOf, List<IndicatorValue> indicators) {
    }

    /**
     * @param standing        DECLARED (waiting for the level above) or CONFIRMED; a rejected value is never current
     * @param declaredByUnit  the unit that declared the value; {@code confirmedByUnit} the unit above that confirmed it
     */
    record IndicatorValue(String indicator, Double value, String unitOfMeasure, LocalDate measuredOn,
            String progressId, String standing, String declaredByUnit, String confirmedByUnit) {

        public boolean confirmed() {
            return "CONFIRMED".equals(standing);
        }
    }

    record ProgressPage(List<ProgressPoint> items, int page, int size, long totalItems) {
    }

    /** One measurement (kết quả thực hiện) of a unit's indicator on a day. */
    record ProgressPoint(String id, String unitCode, String indicator, Double value, String unitOfMeasure,
            LocalDate measuredOn, String standing, String declaredByUnit, PointConfirmation confirmation) {

        public boolean confirmed() {
            return "CONFIRMED".equals(standing);
        }

        public boolean rejected() {
            return "REJECTED".equals(standing);
        }

        public String confirmedByUnit() {
            return confirmed() && confirmation != null ? confirmation.byUnit() : null;
        }
    }

    /** The unit above that decided about a measurement. */
    record PointConfirmation(String byUnit) {
    }

    record RegistrationPage(List<RegistrationItem> items, int page, int size, long totalItems) {
    }

    record RegistrationItem(String id, String campaignId, Integer year, String unitCode, String status, Boolean late,
            List<String> awardForms, List<Commitment> commitments) {

        public List<Commitment> commitmentList() {
            return commitments == null ? List.of() : commitments;
        }
    }

    /**
     * Chỉ tiêu đăng ký: a campaign target the unit takes on with its own number.
     *
     * @param indicator     the unit's own indicator; the target's when not given
     * @param unitOfMeasure the target's when not given
     */
    record Commitment(String targetCode, String indicator, Double committedValue, String unitOfMeasure,
            String note) {
    }
}
