package vn.thidua.campaign.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan's calendar resolved for one year (lịch của năm): the steps in force with their dates, the intake windows
 * and milestones of the year, the appraisal time limit. What registration-service and award-service read instead
 * of the raw chains, so that calendar resolution has one owner.
 */
public record Schedule(List<Chain> chains, List<Window> intakeWindows, List<Event> milestones, Appraisal appraisal) {

    /** A chain for the year; {@code defaulted} when the plan has none of this kind and the default route applies. */
    public record Chain(ChainKind kind, boolean defaulted, List<Step> steps) {
    }

    /** A step for the year; {@code deadline} is null for a defaulted step (no deadline: never late). */
    public record Step(int order, String name, List<RouteEnd> from, RouteEnd to, RouteEnd via, LocalDate deadline,
            LatePolicy latePolicy) {
    }

    /** An intake window of the year (đợt tiếp nhận) and what a submission outside it gets. */
    public record Window(ChainKind kind, LocalDate opensOn, LocalDate closesOn, LatePolicy outsidePolicy) {
    }

    /**
     * A milestone falling in the year: {@code date} is its day when the plan gives one (a date, or a yearly
     * day-month made a date of the year); a milestone given only by its year has {@code date} null.
     */
    public record Event(String code, MilestoneKind kind, String name, int year, LocalDate date, RouteEnd to,
            List<RouteEnd> expectedFrom) {
    }

    /**
     * The appraisal time limit (thời hạn thẩm định) in working days and where it comes from: the plan's own, or the
     * platform's configured default with its legal basis.
     */
    public record Appraisal(int workingDays, String legalBasis) {
    }
}
