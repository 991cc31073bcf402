package vn.thidua.registration.registrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.registration.campaigns.Schedule;
import vn.thidua.registration.campaigns.Schedule.IntakeWindow;
import vn.thidua.registration.registrations.IntakeWindows.Outcome;

/** Registrations received only in the plan's intake windows of the year, refused or flagged outside as it says. */
class IntakeWindowsTest {

    /** Quảng Ninh 2027, two registration rounds: January (refused outside) and July. */
    static final IntakeWindow JANUARY = new IntakeWindow("REGISTRATION", LocalDate.of(2027, 1, 2),
            LocalDate.of(2027, 1, 20), "REFUSE");
    static final IntakeWindow JULY = new IntakeWindow("REGISTRATION", LocalDate.of(2027, 7, 1),
            LocalDate.of(2027, 7, 15), null);

    @Test
    void aPlanWithoutWindowsHasNoIntakeLimit() {
        assertThat(IntakeWindows.judge(LocalDate.of(2024, 12, 31), List.of()).outcome()).isEqualTo(Outcome.INSIDE);
    }

    @Test
    void aDayInsideAnyWindowBothEndsIncludedIsAccepted() {
        for (LocalDate day : List.of(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 20), LocalDate.of(2027, 7, 1),
                LocalDate.of(2027, 7, 15))) {
            assertThat(IntakeWindows.judge(day, List.of(JANUARY, JULY)).outcome()).as(day.toString())
                    .isEqualTo(Outcome.INSIDE);
        }
    }

    @Test
    void aDayOutsideEveryWindowIsRefusedNamingTheWindowsWhenAWindowSaysRefuseOrNothing() {
        var judged = IntakeWindows.judge(LocalDate.of(2027, 1, 21), List.of(JANUARY, JULY));
        assertThat(judged.outcome()).isEqualTo(Outcome.OUTSIDE_REFUSED);
        assertThat(judged.described()).isEqualTo("2027-01-02 – 2027-01-20, 2027-07-01 – 2027-07-15");
        assertThat(IntakeWindows.judge(LocalDate.of(2027, 6, 30), List.of(JULY)).outcome())
                .as("no policy means REFUSE").isEqualTo(Outcome.OUTSIDE_REFUSED);
    }

    @Test
    void aDayOutsideIsAcceptedWithAFlagWhenEveryWindowSaysFlag() {
        IntakeWindow flagging = new IntakeWindow("REGISTRATION", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31),
                "FLAG");
        var judged = IntakeWindows.judge(LocalDate.of(2024, 2, 1), List.of(flagging));
        assertThat(judged.outcome()).isEqualTo(Outcome.OUTSIDE_FLAGGED);
        assertThat(judged.outside()).isTrue();
    }

    @Test
    void onlyTheRegistrationWindowsOfTheScheduleCount() {
        Schedule schedule = new Schedule("c", 1L, 2027, "Asia/Ho_Chi_Minh", null, "22", List.of(),
                List.of(JANUARY, new IntakeWindow("DOSSIER", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 20),
                        "REFUSE")));
        assertThat(schedule.windows(Schedule.REGISTRATION)).containsExactly(JANUARY);
        assertThat(IntakeWindows.judge(LocalDate.of(2027, 10, 5), schedule.windows(Schedule.REGISTRATION))
                .outcome()).isEqualTo(Outcome.OUTSIDE_REFUSED);
    }
}
