package vn.thidua.registration.registrations;

import java.math.BigDecimal;

/**
 * One commitment (chỉ tiêu đăng ký): a campaign target the unit takes on, with its own number — a commune commits
 * to meet 19 of the 19 NTM criteria in 2024 ({@code indicator NTM_CRITERIA_MET, committedValue 19}).
 *
 * @param indicator     the unit's own indicator; the target's indicator when not given
 * @param unitOfMeasure the target's unit of measure when not given
 */
public record Commitment(String targetCode, String indicator, BigDecimal committedValue, String unitOfMeasure,
        String note) {
}
