package vn.thidua.campaign.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.List;

/** A chain of steps recurring yearly (quy trình và thời gian trình khen thưởng / đăng ký thi đua). */
public record SubmissionChain(
        @NotNull ChainKind kind,
        @NotNull @Size(min = 1, max = 30) List<@Valid @NotNull ChainStep> steps) {

    /** The steps that apply to the submissions of a year: those in force on their own deadline, in order. */
    public List<ChainStep> stepsFor(int year) {
        return steps.stream().filter(s -> s.inForceOn(s.deadlineFor(year)))
                .sorted(Comparator.comparing(ChainStep::order)).toList();
    }
}
