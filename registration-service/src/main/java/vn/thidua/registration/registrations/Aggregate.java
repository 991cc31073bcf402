package vn.thidua.registration.registrations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Registrations of a campaign and year summed up for the unit that collects them (district, standing agency,
 * Sở Nội vụ, the province): counts by status and by reviewing unit, late ones, and the commitments summed per
 * target and indicator; {@code outsideWindow} counts those accepted outside every intake window (FLAG).
 * Commitments count from submission on (drafts are the unit's own business); rejected ones
 * are left out of the sums. Plain Java over the registrations the caller may see.
 */
public record Aggregate(String campaignId, int year, int registrations, int registeredUnits,
        Map<RegistrationStatus, Integer> byStatus, Map<String, Map<RegistrationStatus, Integer>> byReviewer, int late,
        List<CommitmentSum> commitments, int batches, int batchesLate, int outsideWindow) {

    /**
     * @param submitted sum over submitted and approved registrations; {@code approved} over approved ones only
     */
    public record CommitmentSum(String targetCode, String indicator, String unitOfMeasure, int units,
            BigDecimal submitted, BigDecimal approved) {
    }

    public static Aggregate of(String campaignId, int year, Collection<Registration> all, Collection<Batch> batches) {
        Map<RegistrationStatus, Integer> byStatus = new EnumMap<>(RegistrationStatus.class);
        for (RegistrationStatus s : RegistrationStatus.values()) {
            byStatus.put(s, 0);
        }
        Map<String, Map<RegistrationStatus, Integer>> byReviewer = new TreeMap<>();
        Map<String, CommitmentSum> sums = new TreeMap<>();
        java.util.Set<String> units = new java.util.HashSet<>();
        int late = 0;
        int outsideWindow = 0;
        for (Registration r : all) {
            if (Boolean.TRUE.equals(r.outsideWindow())) {
                outsideWindow++;
            }
            byStatus.merge(r.status(), 1, Integer::sum);
            units.add(r.unitCode());
            if (r.late()) {
                late++;
            }
            if (r.reviewerCode() != null) {
                byReviewer.computeIfAbsent(r.reviewerCode(), k -> new EnumMap<>(RegistrationStatus.class))
                        .merge(r.status(), 1, Integer::sum);
            }
            boolean counted = r.status() == RegistrationStatus.SUBMITTED || r.status() == RegistrationStatus.APPROVED;
            if (!counted || r.commitments() == null) {
                continue;
            }
            for (Commitment c : r.commitments()) {
                String key = c.targetCode() + "|" + c.indicator() + "|" + c.unitOfMeasure();
                BigDecimal value = c.committedValue() == null ? BigDecimal.ZERO : c.committedValue();
                BigDecimal approved = r.status() == RegistrationStatus.APPROVED ? value : BigDecimal.ZERO;
                sums.merge(key, new CommitmentSum(c.targetCode(), c.indicator(), c.unitOfMeasure(), 1, value,
                        approved), (a, b) -> new CommitmentSum(a.targetCode(), a.indicator(), a.unitOfMeasure(),
                                a.units() + 1, a.submitted().add(b.submitted()), a.approved().add(b.approved())));
            }
        }
        int batchesLate = (int) batches.stream().filter(Batch::late).count();
        return new Aggregate(campaignId, year, all.size(), units.size(), byStatus, byReviewer, late,
                new ArrayList<>(sums.values()), batches.size(), batchesLate, outsideWindow);
    }
}
