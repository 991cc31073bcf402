package vn.thidua.registration.progress;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The level above's decision about a declared value.
 *
 * @param source what the confirmation rests on (a named data source: "QĐ 1234/QĐ-UBND công nhận xã đạt chuẩn NTM",
 *               "Hệ thống quản lý NTM"); optional for CONFIRM
 * @param note   the reason; required for REJECT (the unit must learn why)
 */
public record ConfirmationRequest(@NotNull Decision decision, @Size(max = 300) String source,
        @Size(max = 2000) String note) {

    public enum Decision { CONFIRM, REJECT }
}
