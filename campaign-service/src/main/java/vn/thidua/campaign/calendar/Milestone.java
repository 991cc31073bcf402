package vn.thidua.campaign.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A milestone: once (in a year, or on a date: sơ kết 2023, tổng kết 2025) or yearly by a day-month (báo cáo trước
 * 25/11 hằng năm).
 *
 * @param to           where the report goes (Sở Nội vụ 44-SNV)
 * @param expectedFrom LOWER_PLANS_DUE: who must issue their own plan by the milestone's date (levels such as
 *                     DISTRICT, COMMUNE, AGENCY under the plan's owner, or unit codes)
 */
public record Milestone(
        @NotBlank @Size(max = 64) String code,
        @NotNull MilestoneKind kind,
        @Size(max = 500) String name,
        Integer year,
        LocalDate date,
        @Valid DayMonth yearlyBy,
        @Valid RouteEnd to,
        @Size(max = 200) List<@Valid @NotNull RouteEnd> expectedFrom) {
}
