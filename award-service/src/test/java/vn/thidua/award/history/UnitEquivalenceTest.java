package vn.thidua.award.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.award.history.UnitEquivalence.Equivalents;
import vn.thidua.award.history.UnitEquivalence.Link;
import vn.thidua.award.history.UnitEquivalence.Relation;

/**
 * A unit's history across the mergers, over succession lists shaped as the registry answers them (Lai Châu, seed
 * 004: Xã Bình Lư 03390 formed 1/7/2025 from Thị trấn Tam Đường 03390, Xã Bình Lư 03412 and Xã Sơn Bình 03413).
 */
class UnitEquivalenceTest {

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    /** Succession lists by code, both directions, as plain data. */
    static final class Lists implements UnitEquivalence.Successions {
        final Map<String, List<Link>> successors = new HashMap<>();
        final Map<String, List<Link>> predecessors = new HashMap<>();
        int calls;

        Lists link(String from, String fromName, String to, String toName, String kind, String level) {
            return link(from, fromName, level, to, toName, level, kind);
        }

        Lists link(String from, String fromName, String fromLevel, String to, String toName, String toLevel,
                String kind) {
            successors.computeIfAbsent(from, k -> new java.util.ArrayList<>())
                    .add(new Link(to, toLevel, toName, kind, REFORM));
            predecessors.computeIfAbsent(to, k -> new java.util.ArrayList<>())
                    .add(new Link(from, fromLevel, fromName, kind, REFORM));
            return this;
        }

        @Override
        public List<Link> successorsOf(String code) {
            calls++;
            return successors.getOrDefault(code, List.of());
        }

        @Override
        public List<Link> predecessorsOf(String code) {
            calls++;
            return predecessors.getOrDefault(code, List.of());
        }
    }

    static Lists binhLu() {
        return new Lists()
                .link("03390", "Thị trấn Tam Đường", "03390", "Xã Bình Lư", "WHOLE_MERGE", "COMMUNE")
                .link("03412", "Xã Bình Lư", "03390", "Xã Bình Lư", "WHOLE_MERGE", "COMMUNE")
                .link("03413", "Xã Sơn Bình", "03390", "Xã Bình Lư", "WHOLE_MERGE", "COMMUNE")
                // The registry derives district → commune links; a district is not a commune's history.
                .link("106", "Huyện Tam Đường", "DISTRICT", "03390", "Xã Bình Lư", "COMMUNE", "PART_MERGE")
                .link("106", "Huyện Tam Đường", "DISTRICT", "03395", "Xã Tả Lèng", "COMMUNE", "PART_MERGE");
    }

    @Test
    void theNewCommuneIncludesEveryOldCommuneMergedIntoIt() {
        Equivalents equivalents = UnitEquivalence.of("03390", "COMMUNE", binhLu());
        assertThat(equivalents.codes()).containsExactlyInAnyOrder("03390", "03412", "03413");
        assertThat(equivalents.classify("03412", LocalDate.of(2023, 12, 20)).relation())
                .isEqualTo(Relation.PREDECESSOR);
        assertThat(equivalents.classify("03413", LocalDate.of(2024, 1, 15)).name()).isEqualTo("Xã Sơn Bình");
    }

    @Test
    void aReusedCodeIsTheOldUnitBeforeTheMergerAndTheSameUnitAfter() {
        Equivalents equivalents = UnitEquivalence.of("03390", "COMMUNE", binhLu());
        var before = equivalents.classify("03390", LocalDate.of(2024, 1, 10));
        assertThat(before.relation()).isEqualTo(Relation.PREDECESSOR);
        assertThat(before.name()).isEqualTo("Thị trấn Tam Đường");
        assertThat(equivalents.classify("03390", LocalDate.of(2026, 1, 10)).relation()).isEqualTo(Relation.SAME);
    }

    @Test
    void anOldCodeShowsAwardsMadeUnderItsSuccessorFromTheMergerOn() {
        Equivalents equivalents = UnitEquivalence.of("03412", "COMMUNE", binhLu());
        assertThat(equivalents.codes()).containsExactlyInAnyOrder("03412", "03390");
        assertThat(equivalents.classify("03390", LocalDate.of(2026, 1, 10)).relation())
                .isEqualTo(Relation.SUCCESSOR);
        // Thị trấn Tam Đường's own 2024 award (code 03390 before the merger) is a sibling's, not 03412's.
        assertThat(equivalents.classify("03390", LocalDate.of(2024, 1, 10))).isNull();
        // Siblings are not reached by going forward then back.
        assertThat(equivalents.codes()).doesNotContain("03413");
    }

    @Test
    void aPartMergeIsMarkedAndDoesNotReachTheOtherPart() {
        Lists lists = new Lists()
                .link("01000", "Xã A", "02000", "Xã X", "PART_MERGE", "COMMUNE")
                .link("01000", "Xã A", "03000", "Xã Y", "PART_MERGE", "COMMUNE");
        Equivalents fromX = UnitEquivalence.of("02000", "COMMUNE", lists);
        assertThat(fromX.codes()).containsExactlyInAnyOrder("02000", "01000");
        assertThat(fromX.classify("01000", LocalDate.of(2024, 5, 1)).partial()).isTrue();
        Equivalents fromA = UnitEquivalence.of("01000", "COMMUNE", lists);
        assertThat(fromA.codes()).containsExactlyInAnyOrder("01000", "02000", "03000");
    }

    @Test
    void transitiveAndBoundedThroughCycles() {
        Lists lists = new Lists()
                .link("1", "A", "2", "B", "WHOLE_MERGE", "COMMUNE")
                .link("2", "B", "3", "C", "WHOLE_MERGE", "COMMUNE")
                .link("3", "C", "1", "A", "WHOLE_MERGE", "COMMUNE");
        Equivalents equivalents = UnitEquivalence.of("3", "COMMUNE", lists);
        assertThat(equivalents.codes()).containsExactlyInAnyOrder("1", "2", "3");
        assertThat(lists.calls).isLessThan(20);
        Lists chain = new Lists();
        for (int i = 0; i < 50; i++) {
            chain.link("c" + i, "n" + i, "c" + (i + 1), "n" + (i + 1), "WHOLE_MERGE", "COMMUNE");
        }
        assertThat(UnitEquivalence.of("c50", "COMMUNE", chain).codes()).hasSize(UnitEquivalence.MAX_DEPTH + 1);
    }

    @Test
    void anUnknownLevelFollowsNothing() {
        assertThat(UnitEquivalence.of("03390", null, binhLu()).codes()).containsExactly("03390");
    }
}
