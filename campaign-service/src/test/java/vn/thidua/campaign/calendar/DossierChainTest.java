package vn.thidua.campaign.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 004's dossier chain: 05/01 → 10/01 → 15/01 → 20/01 of the next year; districts until 30/06/2025. */
class DossierChainTest {

    static final LocalDate DISTRICTS_END = LocalDate.of(2025, 6, 30);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final RouteEnd COMMUNE = new RouteEnd("COMMUNE", null, null);
    static final RouteEnd DISTRICT = new RouteEnd("DISTRICT", null, null);
    static final RouteEnd PROVINCE = new RouteEnd("PROVINCE", null, null);
    static final RouteEnd STANDING = new RouteEnd(null, "12-SNNMT", null);
    static final RouteEnd HOME_AFFAIRS = new RouteEnd(null, "12-SNV", null);

    static ChainStep step(int order, RouteEnd from, RouteEnd to, RouteEnd via, int day, LatePolicy late,
            LocalDate validFrom, LocalDate validTo) {
        return new ChainStep(order, null, List.of(from), to, via, new DayMonth(day, 1), 1, late, validFrom, validTo);
    }

    static final SubmissionChain DOSSIERS = new SubmissionChain(ChainKind.DOSSIER, List.of(
            step(1, COMMUNE, DISTRICT, null, 5, LatePolicy.FLAG, null, DISTRICTS_END),
            step(2, DISTRICT, DISTRICT, null, 10, LatePolicy.FLAG, null, DISTRICTS_END),
            step(3, DISTRICT, PROVINCE, STANDING, 15, LatePolicy.FLAG, null, DISTRICTS_END),
            step(3, COMMUNE, PROVINCE, STANDING, 15, LatePolicy.FLAG, REFORM, null),
            step(4, STANDING, PROVINCE, HOME_AFFAIRS, 20, LatePolicy.REFUSE, null, null)));

    @Test
    void awardsOf2024GoThroughTheDistrictEarlyIn2025() {
        List<ChainStep> steps = DOSSIERS.stepsFor(2024);
        assertThat(steps).extracting(s -> s.deadlineFor(2024)).containsExactly(LocalDate.of(2025, 1, 5),
                LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 15), LocalDate.of(2025, 1, 20));
        assertThat(steps.get(0).to()).isEqualTo(DISTRICT);
    }

    @Test
    void afterTheReformCommunesSendToTheProvinceThroughTheStandingAgency() {
        List<ChainStep> steps = DOSSIERS.stepsFor(2025);
        assertThat(steps).hasSize(2);
        assertThat(steps.get(0).from()).containsExactly(COMMUNE);
        assertThat(steps.get(0).via()).isEqualTo(STANDING);
        assertThat(steps.get(0).deadlineFor(2025)).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void aLateSubmissionIsFlaggedOrRefusedAsTheStepSays() {
        ChainStep commune = DOSSIERS.steps().get(0);
        assertThat(commune.judge(LocalDate.of(2025, 1, 5), 2024)).isEqualTo(ChainStep.Timeliness.ON_TIME);
        assertThat(commune.judge(LocalDate.of(2025, 1, 6), 2024)).isEqualTo(ChainStep.Timeliness.LATE_FLAGGED);
        ChainStep last = DOSSIERS.steps().get(4);
        assertThat(last.judge(LocalDate.of(2025, 1, 21), 2024)).isEqualTo(ChainStep.Timeliness.REFUSED);
    }

    @Test
    void aDayMonthRecursEveryYear() {
        assertThat(new DayMonth(25, 11).inYear(2023)).isEqualTo(LocalDate.of(2023, 11, 25));
        assertThat(new DayMonth(15, 12).inYear(2024)).isEqualTo(LocalDate.of(2024, 12, 15));
        assertThat(new DayMonth(29, 2).inYear(2024)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(new DayMonth(29, 2).inYear(2025)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(new DayMonth(31, 4).valid()).isFalse();
        // Registrations of the year itself: 15/01 and 31/01 of year N.
        var registration = new ChainStep(1, null, List.of(DISTRICT), STANDING, null, new DayMonth(15, 1), 0,
                LatePolicy.FLAG, null, null);
        assertThat(registration.deadlineFor(2024)).isEqualTo(LocalDate.of(2024, 1, 15));
    }
}
