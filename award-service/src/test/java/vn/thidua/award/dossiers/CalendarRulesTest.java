package vn.thidua.award.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.award.checks.Finding;
import vn.thidua.award.schedule.ResolvedSchedule;
import vn.thidua.award.schedule.ResolvedSchedule.IntakeWindow;
import vn.thidua.award.schedule.WorkingDays;
import vn.thidua.shared.error.ProblemException;

/** The plan's calendar as the dossier flow enforces it: intake windows, the appraisal limit in working days. */
class CalendarRulesTest {

    static ResolvedSchedule withWindows(IntakeWindow... windows) {
        return new ResolvedSchedule("p", 1L, 2026, "Asia/Ho_Chi_Minh", null, "44", List.of(), List.of(windows),
                new ResolvedSchedule.Appraisal(10, "config"));
    }

    final IntakeWindow january = new IntakeWindow("DOSSIER", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 20),
            null);

    @Test
    void aDossierSubmittedOutsideARefusingIntakeWindowIsRefusedNamingTheWindow() {
        assertThatThrownBy(() -> Submission.intake(withWindows(january), new Dossier(), LocalDate.of(2027, 1, 21)))
                .isInstanceOfSatisfying(ProblemException.class, refused -> {
                    assertThat(refused.status().value()).isEqualTo(422);
                    assertThat(refused.code()).isEqualTo("outside-intake-window");
                    assertThat(refused.properties()).containsEntry("opensOn", "2027-01-01")
                            .containsEntry("closesOn", "2027-01-20");
                });
    }

    @Test
    void aDossierOutsideAFlaggingWindowIsAcceptedAndFlaggedInsideOneItPasses() {
        IntakeWindow flagging = new IntakeWindow("DOSSIER", january.opensOn(), january.closesOn(), "FLAG");
        Dossier dossier = new Dossier();

        Finding outside = Submission.intake(withWindows(flagging), dossier, LocalDate.of(2027, 2, 1));

        assertThat(outside.outcome()).isEqualTo(Finding.Outcome.WARN);
        assertThat(outside.code()).isEqualTo("intake.outside-flagged");
        assertThat(dossier.outsideWindow).as("flagged as outside the window, not as a late step").isTrue();
        assertThat(dossier.late).isFalse();
        assertThat(Submission.intake(withWindows(january), new Dossier(), LocalDate.of(2027, 1, 20)).outcome())
                .isEqualTo(Finding.Outcome.PASS);
    }

    @Test
    void aPlanWithoutADossierWindowHasNoIntakeLimitAndOtherKindsDoNotCount() {
        IntakeWindow registrations = new IntakeWindow("REGISTRATION", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), "REFUSE");

        assertThat(Submission.intake(withWindows(registrations), new Dossier(), LocalDate.of(2026, 11, 30)))
                .isNull();
    }

    @Test
    void theAppraisalLimitCountsMondayToFriday() {
        // Arrived Friday 4/12/2026: ten working days end Friday 18/12.
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 4), 10)).isEqualTo(LocalDate.of(2026, 12, 18));
        // Arrived Saturday: the first working day counted is Monday.
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 5), 1)).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aStopWithoutADeadlineIsNeverLate() {
        RouteStop.Deadline none = new RouteStop.Deadline(1, "Trình tỉnh", null, "REFUSE");
        assertThat(Timeliness.judge(none, LocalDate.of(2099, 12, 31))).isEqualTo(Timeliness.ON_TIME);
        assertThat(FlowFindings.deadline(none, LocalDate.of(2099, 12, 31)).code()).isEqualTo("deadline.none");
    }

    @Test
    void appraisedAfterTheDecideByDateIsFlaggedLateNeverRefused() {
        Dossier dossier = new Dossier();
        RouteStop.Deadline decideBy = new RouteStop.Deadline(1, "Thẩm định", LocalDate.of(2026, 12, 18), "FLAG");

        assertThat(dossier.judgeDecideBy(decideBy, LocalDate.of(2026, 12, 18)).outcome())
                .isEqualTo(Finding.Outcome.PASS);
        assertThat(dossier.late).isFalse();
        Finding late = dossier.judgeDecideBy(decideBy, LocalDate.of(2026, 12, 21));
        assertThat(late.outcome()).isEqualTo(Finding.Outcome.WARN);
        assertThat(late.message().get("vi")).contains("2026-12-18").contains("trễ hạn");
        assertThat(dossier.lateFlags).singleElement().satisfies(f -> assertThat(f.deadline())
                .isEqualTo(LocalDate.of(2026, 12, 18)));
    }
}
