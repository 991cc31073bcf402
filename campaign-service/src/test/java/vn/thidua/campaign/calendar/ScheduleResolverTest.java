package vn.thidua.campaign.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan's calendar for a year, with plans of other provinces: Quảng Trị's chain through its districts until
 * 30/06/2025, plans without chains (with and without a standing agency), 29/02 deadlines, next-year deadlines.
 */
class ScheduleResolverTest {

    static final Schedule.Appraisal CONFIGURED = new Schedule.Appraisal(10, "configured");
    static final RouteEnd COMMUNE = new RouteEnd("COMMUNE", null, null);
    static final RouteEnd DISTRICT = new RouteEnd("DISTRICT", null, "Phòng Nội vụ");
    static final RouteEnd PROVINCE = new RouteEnd("PROVINCE", null, null);
    static final RouteEnd STANDING = new RouteEnd(null, "44-SNNMT", null);

    static ChainStep step(int order, RouteEnd from, RouteEnd to, DayMonth deadline, Integer yearOffset,
            LatePolicy late, LocalDate validFrom, LocalDate validTo) {
        return new ChainStep(order, "step " + order, List.of(from), to, null, deadline, yearOffset, late, validFrom,
                validTo);
    }

    /** Quảng Trị's dossiers: xã → huyện 10/01, huyện → tỉnh 20/01 until the districts end; then xã → tỉnh 25/01. */
    static final SubmissionChain QUANG_TRI_DOSSIERS = new SubmissionChain(ChainKind.DOSSIER, List.of(
            step(2, DISTRICT, PROVINCE, new DayMonth(20, 1), 1, LatePolicy.REFUSE, null, LocalDate.of(2025, 6, 30)),
            step(1, COMMUNE, DISTRICT, new DayMonth(10, 1), 1, LatePolicy.FLAG, null, LocalDate.of(2025, 6, 30)),
            step(1, COMMUNE, PROVINCE, new DayMonth(25, 1), 1, LatePolicy.REFUSE, LocalDate.of(2025, 7, 1), null)));

    static CampaignCalendar calendar(List<SubmissionChain> chains, List<Milestone> milestones, Integer days) {
        return new CampaignCalendar(milestones, chains, days);
    }

    static Schedule resolve(CampaignCalendar calendar, String standing, int year) {
        return ScheduleResolver.resolve(calendar, List.of(), standing, year, "123/KH-UBND", CONFIGURED);
    }

    static Schedule.Chain chain(Schedule schedule, ChainKind kind) {
        return schedule.chains().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void theAwardsOf2024GoThroughTheDistrictsEarlyIn2025InOrder() {
        var dossiers = chain(resolve(calendar(List.of(QUANG_TRI_DOSSIERS), null, null), null, 2024),
                ChainKind.DOSSIER);
        assertThat(dossiers.defaulted()).isFalse();
        assertThat(dossiers.steps()).extracting(Schedule.Step::order).containsExactly(1, 2);
        assertThat(dossiers.steps()).extracting(Schedule.Step::deadline)
                .containsExactly(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 20));
        assertThat(dossiers.steps().get(0).to()).isEqualTo(DISTRICT);
        assertThat(dossiers.steps()).extracting(Schedule.Step::latePolicy)
                .containsExactly(LatePolicy.FLAG, LatePolicy.REFUSE);
    }

    @Test
    void theAwardsOf2025GoFromTheCommuneStraightToTheProvinceBecauseTheDistrictsEnded() {
        var dossiers = chain(resolve(calendar(List.of(QUANG_TRI_DOSSIERS), null, null), null, 2025),
                ChainKind.DOSSIER);
        assertThat(dossiers.steps()).hasSize(1);
        assertThat(dossiers.steps().get(0).from()).containsExactly(COMMUNE);
        assertThat(dossiers.steps().get(0).to()).isEqualTo(PROVINCE);
        assertThat(dossiers.steps().get(0).deadline()).isEqualTo(LocalDate.of(2026, 1, 25));
    }

    @Test
    void aKindThePlanDoesNotWriteIsDefaultedEvenWhenTheOtherKindIsWritten() {
        var schedule = resolve(calendar(List.of(QUANG_TRI_DOSSIERS), null, null), "44-SNNMT", 2024);
        assertThat(chain(schedule, ChainKind.DOSSIER).defaulted()).isFalse();
        assertThat(chain(schedule, ChainKind.REGISTRATION).defaulted()).isTrue();
    }

    @Test
    void aPlanWithoutChainsAndWithAStandingAgencyRoutesToTheAgencyThenToTheProvinceWithoutDeadlines() {
        var schedule = resolve(null, "44-SNNMT", 2023);
        assertThat(schedule.chains()).extracting(Schedule.Chain::kind)
                .containsExactly(ChainKind.REGISTRATION, ChainKind.DOSSIER);
        for (Schedule.Chain chain : schedule.chains()) {
            assertThat(chain.defaulted()).isTrue();
            assertThat(chain.steps()).hasSize(2);
            assertThat(chain.steps().get(0).from()).containsExactly(new RouteEnd("ANY", null, null));
            assertThat(chain.steps().get(0).to()).isEqualTo(STANDING);
            assertThat(chain.steps().get(1).from()).containsExactly(STANDING);
            assertThat(chain.steps().get(1).to()).isEqualTo(PROVINCE);
            assertThat(chain.steps()).allSatisfy(s -> {
                assertThat(s.deadline()).isNull();
                assertThat(s.latePolicy()).isEqualTo(LatePolicy.FLAG);
            });
        }
    }

    @Test
    void aPlanWithoutChainsOrStandingAgencyRoutesEveryoneToTheProvince() {
        var schedule = resolve(calendar(List.of(), null, null), null, 2023);
        for (Schedule.Chain chain : schedule.chains()) {
            assertThat(chain.defaulted()).isTrue();
            assertThat(chain.steps()).singleElement().satisfies(s -> {
                assertThat(s.from()).containsExactly(new RouteEnd("ANY", null, null));
                assertThat(s.to()).isEqualTo(PROVINCE);
                assertThat(s.deadline()).isNull();
            });
        }
    }

    @Test
    void aDeadlineOnThe29thOfFebruaryFallsOnThe28thInACommonYear() {
        var chain = new SubmissionChain(ChainKind.REGISTRATION, List.of(
                step(1, COMMUNE, PROVINCE, new DayMonth(29, 2), null, LatePolicy.REFUSE, null, null)));
        assertThat(chain(resolve(calendar(List.of(chain), null, null), null, 2024), ChainKind.REGISTRATION)
                .steps().get(0).deadline()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(chain(resolve(calendar(List.of(chain), null, null), null, 2025), ChainKind.REGISTRATION)
                .steps().get(0).deadline()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aYearOffsetPutsTheDeadlineInTheNextYearAndALeapDayThereIsKept() {
        var chain = new SubmissionChain(ChainKind.DOSSIER, List.of(
                step(1, COMMUNE, PROVINCE, new DayMonth(29, 2), 1, LatePolicy.FLAG, null, null)));
        assertThat(chain(resolve(calendar(List.of(chain), null, null), null, 2023), ChainKind.DOSSIER)
                .steps().get(0).deadline()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(chain(resolve(calendar(List.of(chain), null, null), null, 2024), ChainKind.DOSSIER)
                .steps().get(0).deadline()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aStepEndingBeforeItsDeadlineOfTheNextYearIsNotInForce() {
        // The district step's deadline for the awards of 2024 is 10/01/2025, before 30/06/2025: in force. For
        // 2025 it would be 10/01/2026, after the districts ended.
        var chain = new SubmissionChain(ChainKind.DOSSIER, List.of(
                step(1, COMMUNE, DISTRICT, new DayMonth(10, 1), 1, LatePolicy.FLAG, null, LocalDate.of(2025, 6, 30))));
        assertThat(chain(resolve(calendar(List.of(chain), null, null), null, 2024), ChainKind.DOSSIER).steps())
                .hasSize(1);
        assertThat(chain(resolve(calendar(List.of(chain), null, null), null, 2025), ChainKind.DOSSIER).steps())
                .isEmpty();
    }

    @Test
    void intakeWindowsOfTheYearOrOfEveryYearAreListedAndRefuseOutsideUnlessThePlanSaysFlag() {
        var windows = List.of(
                new IntakeWindow(ChainKind.DOSSIER, 2024, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 20), null),
                new IntakeWindow(ChainKind.DOSSIER, 2025, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 20),
                        LatePolicy.FLAG),
                new IntakeWindow(ChainKind.REGISTRATION, null, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31),
                        LatePolicy.FLAG));
        var schedule = ScheduleResolver.resolve(null, windows, null, 2024, "x", CONFIGURED);
        assertThat(schedule.intakeWindows()).extracting(Schedule.Window::kind, Schedule.Window::outsidePolicy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChainKind.REGISTRATION, LatePolicy.FLAG),
                        org.assertj.core.groups.Tuple.tuple(ChainKind.DOSSIER, LatePolicy.REFUSE));
        assertThat(ScheduleResolver.resolve(null, windows, null, 2025, "x", CONFIGURED).intakeWindows())
                .extracting(Schedule.Window::outsidePolicy).containsExactly(LatePolicy.FLAG, LatePolicy.FLAG);
    }

    @Test
    void milestonesOfTheYearAreThoseOfItsYearItsDatesAndTheYearlyOnes() {
        var milestones = List.of(
                new Milestone("SO_KET", MilestoneKind.MID_TERM_REVIEW, "Sơ kết", null, LocalDate.of(2023, 12, 15),
                        null, null, null),
                new Milestone("BAO_CAO", MilestoneKind.ANNUAL_REPORT, "Báo cáo năm", null, null,
                        new DayMonth(25, 11), null, null),
                new Milestone("TONG_KET", MilestoneKind.FINAL_REVIEW, "Tổng kết", 2025, null, null, null, null));
        var of2023 = resolve(calendar(null, milestones, null), null, 2023).milestones();
        assertThat(of2023).extracting(Schedule.Event::code).containsExactly("BAO_CAO", "SO_KET");
        assertThat(of2023.get(0).date()).isEqualTo(LocalDate.of(2023, 11, 25));
        var of2025 = resolve(calendar(null, milestones, null), null, 2025).milestones();
        assertThat(of2025).extracting(Schedule.Event::code).containsExactly("BAO_CAO", "TONG_KET");
        assertThat(of2025.get(1).date()).isNull();
    }

    @Test
    void theAppraisalLimitIsThePlansOwnElseTheConfiguredOne() {
        assertThat(resolve(calendar(null, null, 15), null, 2023).appraisal())
                .isEqualTo(new Schedule.Appraisal(15, "123/KH-UBND"));
        assertThat(resolve(calendar(null, null, null), null, 2023).appraisal()).isEqualTo(CONFIGURED);
        assertThat(resolve(null, null, 2023).appraisal()).isEqualTo(CONFIGURED);
    }
}
