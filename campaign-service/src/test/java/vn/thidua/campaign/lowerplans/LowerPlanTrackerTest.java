package vn.thidua.campaign.lowerplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.campaign.lowerplans.LowerPlanTracker.Counts;
import vn.thidua.campaign.lowerplans.LowerPlanTracker.ExpectedUnit;
import vn.thidua.campaign.lowerplans.LowerPlanTracker.IssuedPlan;
import vn.thidua.campaign.lowerplans.LowerPlanTracker.State;
import vn.thidua.campaign.lowerplans.LowerPlanTracker.UnitState;

/** "Các sở, ngành, huyện xây dựng kế hoạch trước ngày …", before and after the districts ended. */
class LowerPlanTrackerTest {

    static final LocalDate Q3_2022 = LocalDate.of(2022, 9, 30);

    /** Lai Châu's districts as they were on 30/09/2022 (they ended on 30/06/2025). */
    static final List<ExpectedUnit> LAI_CHAU_DISTRICTS_2022 = List.of(new ExpectedUnit("105", "Huyện Tam Đường"),
            new ExpectedUnit("106", "Huyện Mường Tè"), new ExpectedUnit("107", "Huyện Sìn Hồ"));

    static IssuedPlan plan(String owner, LocalDate issuedOn) {
        return new IssuedPlan(owner, "id-" + owner + "-" + issuedOn, "KH-" + owner, issuedOn);
    }

    static State stateOf(LowerPlanTracker.Result result, String code) {
        return result.units().stream().filter(u -> u.unitCode().equals(code)).findFirst().orElseThrow().state();
    }

    @Test
    void aDistrictThatIssuedByTheDateHasIssuedOneAfterItIsLateAndOneWithoutAPlanIsLateOnceTheDatePassed() {
        var result = LowerPlanTracker.track(Q3_2022, LAI_CHAU_DISTRICTS_2022,
                List.of(plan("106", LocalDate.of(2022, 9, 20)), plan("107", LocalDate.of(2022, 10, 15))),
                LocalDate.of(2026, 11, 30));
        assertThat(stateOf(result, "106")).isEqualTo(State.ISSUED);
        assertThat(stateOf(result, "107")).isEqualTo(State.LATE);
        assertThat(stateOf(result, "105")).isEqualTo(State.LATE);
        assertThat(result.counts()).isEqualTo(new Counts(3, 1, 2, 0));
        UnitState issued = result.units().stream().filter(u -> u.unitCode().equals("106")).findFirst().orElseThrow();
        assertThat(issued.unitName()).isEqualTo("Huyện Mường Tè");
        assertThat(issued.campaignCode()).isEqualTo("KH-106");
        assertThat(issued.issuedOn()).isEqualTo(LocalDate.of(2022, 9, 20));
    }

    @Test
    void onTheDueDateItselfAPlanIsOnTimeAndAUnitWithoutOneStillHasTheDay() {
        var result = LowerPlanTracker.track(Q3_2022, LAI_CHAU_DISTRICTS_2022, List.of(plan("105", Q3_2022)),
                Q3_2022);
        assertThat(stateOf(result, "105")).isEqualTo(State.ISSUED);
        assertThat(stateOf(result, "106")).isEqualTo(State.PENDING);
        assertThat(result.counts()).isEqualTo(new Counts(3, 1, 0, 2));
        assertThat(stateOf(LowerPlanTracker.track(Q3_2022, LAI_CHAU_DISTRICTS_2022, List.of(),
                Q3_2022.plusDays(1)), "106")).isEqualTo(State.LATE);
    }

    @Test
    void afterTheReformTheNewCommunesAreExpectedAndTheirPlansMatchByTheirNewCodes() {
        // Cao Bằng's communes as of 31/08/2025 (new 5-digit codes); an old district's plan of 2022 is no answer.
        var communes = List.of(new ExpectedUnit("01273", "Xã Hòa An"), new ExpectedUnit("01279", "Xã Nam Tuấn"));
        var result = LowerPlanTracker.track(LocalDate.of(2025, 8, 31), communes,
                List.of(plan("01273", LocalDate.of(2025, 8, 20)), plan("042", LocalDate.of(2022, 10, 1))),
                LocalDate.of(2025, 8, 25));
        assertThat(result.units()).extracting(UnitState::unitCode, UnitState::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("01273", State.ISSUED),
                org.assertj.core.groups.Tuple.tuple("01279", State.PENDING));
        assertThat(result.counts()).isEqualTo(new Counts(2, 1, 0, 1));
    }

    @Test
    void aUnitThatIssuedTwiceIsJudgedByItsFirstPlan() {
        var result = LowerPlanTracker.track(Q3_2022, LAI_CHAU_DISTRICTS_2022.subList(0, 1),
                List.of(plan("105", LocalDate.of(2023, 2, 1)), plan("105", LocalDate.of(2022, 9, 1))),
                LocalDate.of(2026, 1, 1));
        assertThat(result.units().get(0).state()).isEqualTo(State.ISSUED);
        assertThat(result.units().get(0).issuedOn()).isEqualTo(LocalDate.of(2022, 9, 1));
    }

    @Test
    void nobodyExpectedMeansNothingToCount() {
        var result = LowerPlanTracker.track(Q3_2022, List.of(), List.of(plan("105", Q3_2022)), Q3_2022);
        assertThat(result.counts()).isEqualTo(new Counts(0, 0, 0, 0));
        assertThat(result.units()).isEmpty();
    }
}
