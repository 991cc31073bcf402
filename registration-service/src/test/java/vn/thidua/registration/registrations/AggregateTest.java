package vn.thidua.registration.registrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateTest {

    static Registration registration(String unit, RegistrationStatus status, String reviewer, boolean late,
            String committed) {
        return new Registration(unit, "12", List.of("12", unit), "c1", "LC", 2025, unit, unit, "COMMUNE", status,
                List.of(new Commitment("COMMUNES_NTM", "NTM_CRITERIA_MET", new BigDecimal(committed), "CRITERIA",
                        null)), List.of(), null, reviewer, null, null, null, late, late ? Boolean.TRUE : null, null,
                List.of(), List.of(), List.of(), List.of(), 0L, null, null, null, null, 0, null);
    }

    @Test
    void countsByStatusAndReviewerAndSumsWhatWasSubmitted() {
        Aggregate aggregate = Aggregate.of("c1", 2025, List.of(
                registration("03390", RegistrationStatus.APPROVED, "106", true, "19"),
                registration("03391", RegistrationStatus.SUBMITTED, "106", false, "17"),
                registration("03392", RegistrationStatus.REJECTED, "106", false, "15"),
                registration("03393", RegistrationStatus.DRAFT, null, false, "12")), List.of());
        assertThat(aggregate.registrations()).isEqualTo(4);
        assertThat(aggregate.byStatus()).containsEntry(RegistrationStatus.APPROVED, 1)
                .containsEntry(RegistrationStatus.DRAFT, 1).containsEntry(RegistrationStatus.RETURNED, 0);
        assertThat(aggregate.byReviewer().get("106")).containsEntry(RegistrationStatus.SUBMITTED, 1);
        assertThat(aggregate.late()).isEqualTo(1);
        assertThat(aggregate.outsideWindow()).as("accepted outside the intake windows").isEqualTo(1);
        var sum = aggregate.commitments().getFirst();
        assertThat(sum.units()).as("drafts and rejected ones are not counted").isEqualTo(2);
        assertThat(sum.submitted()).isEqualByComparingTo("36");
        assertThat(sum.approved()).isEqualByComparingTo("19");
    }
}
