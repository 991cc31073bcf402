package vn.thidua.reporting.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The apply rule of the read model, on dossiers of a commune of Lai Châu (12 > 106 > 03412) and its counters. */
class ApplyPlanTest {

    /** A kept read model in memory: counters and facts, applied page by page as the store does. */
    static final class Model {
        final Map<CounterKey, Long> counters = new HashMap<>();
        final Map<String, Fact> facts = new HashMap<>();

        Model apply(Change... page) {
            ApplyPlan plan = ApplyPlan.of(List.of(page), facts, Projections::dossier);
            plan.counters().forEach((key, n) -> counters.merge(key, n, Long::sum));
            counters.values().removeIf(n -> n == 0);
            facts.putAll(plan.facts());
            return this;
        }

        long count(String metric, String value, String unit) {
            return counters.entrySet().stream()
                    .filter(e -> e.getKey().metric().equals(metric) && e.getKey().value().equals(value)
                            && e.getKey().unit().equals(unit) && e.getKey().allCampaigns()
                            && e.getKey().year() == CounterKey.ALL_YEARS)
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    static Change dossier(String id, long seq, String status, boolean late) {
        return new Change(id, seq, false, Projections.document("status", status, "tenant", "12",
                "unitPath", List.of("12", "106", "03412"), "campaignId", "c1", "year", 2024,
                "awardFormCode", "GIAY_KHEN", "awardLevel", "DISTRICT", "late", late, "refused", false,
                "revoked", false));
    }

    @Test
    void theSameItemTwiceGivesTheSameState() {
        Model once = new Model().apply(dossier("d1", 5, "IN_REVIEW", true));
        Model twice = new Model().apply(dossier("d1", 5, "IN_REVIEW", true)).apply(dossier("d1", 5, "IN_REVIEW", true));

        assertThat(twice.counters).isEqualTo(once.counters);
        assertThat(once.count("dossiers", "IN_REVIEW", "03412")).isEqualTo(1);
        assertThat(once.count("dossiers", "IN_REVIEW", "106")).isEqualTo(1);
        assertThat(once.count("dossiers", "IN_REVIEW", "12")).isEqualTo(1);
        assertThat(once.count("dossiers", "IN_REVIEW", "VN")).isEqualTo(1);
        assertThat(once.count("late", "true", "VN")).isEqualTo(1);
    }

    @Test
    void anItemThatComesAgainReplacesWhatItCountedBefore() {
        Model model = new Model().apply(dossier("d1", 5, "IN_REVIEW", true), dossier("d2", 6, "IN_REVIEW", false))
                .apply(dossier("d1", 9, "PUBLISHED", false));

        assertThat(model.count("dossiers", "IN_REVIEW", "12")).isEqualTo(1);
        assertThat(model.count("dossiers", "PUBLISHED", "12")).isEqualTo(1);
        assertThat(model.count("awards", "GIAY_KHEN:DISTRICT", "03412")).isEqualTo(1);
        assertThat(model.count("late", "true", "12")).as("d1 is no longer late").isZero();
    }

    @Test
    void anOlderCopyNeverOverwritesANewerOne() {
        Model model = new Model().apply(dossier("d1", 9, "PUBLISHED", false)).apply(dossier("d1", 5, "IN_REVIEW", true));

        assertThat(model.count("dossiers", "PUBLISHED", "VN")).isEqualTo(1);
        assertThat(model.count("dossiers", "IN_REVIEW", "VN")).isZero();
    }

    @Test
    void twoVersionsInOnePageEndAsTheLaterOne() {
        Model model = new Model().apply(dossier("d1", 5, "IN_REVIEW", false), dossier("d1", 7, "DECIDED", false));

        assertThat(model.count("dossiers", "IN_REVIEW", "VN")).isZero();
        assertThat(model.count("dossiers", "DECIDED", "VN")).isEqualTo(1);
        assertThat(model.count("awards", "GIAY_KHEN:DISTRICT", "VN")).isEqualTo(1);
    }

    @Test
    void aTombstoneTakesEverythingBackAndStaysDeleted() {
        Model model = new Model().apply(dossier("d1", 5, "PUBLISHED", true)).apply(Change.tombstone("d1", 8))
                .apply(dossier("d1", 6, "PUBLISHED", true));

        assertThat(model.counters).isEmpty();
        assertThat(model.facts.get("d1").deleted()).isTrue();
    }

    @Test
    void aRevokedAwardIsNoLongerAnAwardButCountsAsRevoked() {
        Model model = new Model().apply(dossier("d1", 5, "PUBLISHED", false));
        Change revoked = new Change("d1", 9, false, Projections.document("status", "REVOKED", "tenant", "12",
                "unitPath", List.of("12", "106", "03412"), "campaignId", "c1", "year", 2024,
                "awardFormCode", "GIAY_KHEN", "awardLevel", "DISTRICT", "revoked", true));
        model.apply(revoked);

        assertThat(model.count("awards", "GIAY_KHEN:DISTRICT", "VN")).isZero();
        assertThat(model.count("revoked", "true", "03412")).isEqualTo(1);
    }
}
