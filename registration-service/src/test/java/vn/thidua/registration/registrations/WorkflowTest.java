package vn.thidua.registration.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.registration.registrations.RegistrationAction.APPROVE;
import static vn.thidua.registration.registrations.RegistrationAction.REJECT;
import static vn.thidua.registration.registrations.RegistrationAction.RETURN;
import static vn.thidua.registration.registrations.RegistrationAction.SUBMIT;
import static vn.thidua.registration.registrations.RegistrationAction.WITHDRAW;
import static vn.thidua.registration.registrations.RegistrationStatus.APPROVED;
import static vn.thidua.registration.registrations.RegistrationStatus.DRAFT;
import static vn.thidua.registration.registrations.RegistrationStatus.REJECTED;
import static vn.thidua.registration.registrations.RegistrationStatus.RETURNED;
import static vn.thidua.registration.registrations.RegistrationStatus.SUBMITTED;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thidua.registration.registrations.Routing.LatePolicy;

class WorkflowTest {

    @Test
    void aDraftIsSubmittedThenApprovedReturnedOrRejected() {
        assertThat(Workflow.next(DRAFT, SUBMIT)).contains(SUBMITTED);
        assertThat(Workflow.next(SUBMITTED, APPROVE)).contains(APPROVED);
        assertThat(Workflow.next(SUBMITTED, RETURN)).contains(RETURNED);
        assertThat(Workflow.next(SUBMITTED, REJECT)).contains(REJECTED);
    }

    @Test
    void aReturnedRegistrationIsCorrectedAndSubmittedAgain() {
        assertThat(Workflow.editable(RETURNED)).isTrue();
        assertThat(Workflow.next(RETURNED, SUBMIT)).contains(SUBMITTED);
    }

    @Test
    void approvedAndRejectedAreFinal() {
        for (RegistrationAction action : RegistrationAction.values()) {
            assertThat(Workflow.next(APPROVED, action)).as(action.name()).isEmpty();
            assertThat(Workflow.next(REJECTED, action)).as(action.name()).isEmpty();
        }
        assertThat(Workflow.editable(APPROVED)).isFalse();
        assertThat(Workflow.editable(SUBMITTED)).as("under review").isFalse();
    }

    @Test
    void onlyASubmissionNotYetReviewedCanBeWithdrawnOrReviewed() {
        assertThat(Workflow.next(SUBMITTED, WITHDRAW)).contains(DRAFT);
        assertThat(Workflow.next(DRAFT, APPROVE)).isEmpty();
        assertThat(Workflow.next(SUBMITTED, SUBMIT)).isEmpty();
    }

    @Test
    void returningAndRejectingNeedAReason() {
        assertThat(Workflow.needsReason(RETURN)).isTrue();
        assertThat(Workflow.needsReason(REJECT)).isTrue();
        assertThat(Workflow.needsReason(APPROVE)).isFalse();
    }

    @Test
    void theDeadlineDayIsOnTimeTheDayAfterIsLate() {
        LocalDate deadline = LocalDate.of(2026, 1, 15);
        assertThat(Timeliness.judge(deadline, deadline, LatePolicy.REFUSE)).isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.judge(deadline.plusDays(1), deadline, LatePolicy.FLAG))
                .isEqualTo(Timeliness.LATE_FLAGGED);
        assertThat(Timeliness.judge(deadline.plusDays(1), deadline, LatePolicy.REFUSE)).isEqualTo(Timeliness.REFUSED);
    }
}
