package vn.thidua.award.history;

import java.time.LocalDate;
import java.util.List;

/** One award as decided, for the history lookup (tra cứu khen thưởng). */
public record AwardedEntry(String dossierId, String decisionId, String decisionNumber, LocalDate decisionDate,
        String issuingBody, String awardFormCode, String awardFormName, String campaignId, int year,
        String nomineeType, String nomineeName, String personalId, LocalDate birthDate, String nomineeUnitCode,
        String proposingUnitCode, String tenant, List<String> unitPath, Long prizeMoneyVnd) {
}
