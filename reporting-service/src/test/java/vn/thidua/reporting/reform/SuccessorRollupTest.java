package vn.thidua.reporting.reform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Roll-ups across the reform on succession graphs written here (codes invented for the test): three communes merged
 * into one on 1 July 2025, a commune split into two, a rename followed by a merge (a chain), a district abolished;
 * awards given before and after 1 July 2025, each counted exactly once.
 */
class SuccessorRollupTest {

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
    static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
    static final LocalDate MID_2026 = LocalDate.of(2026, 6, 1);

    static UnitPeriod until(String code, LocalDate lastDay) {
        return new UnitPeriod(code, LocalDate.of(2000, 1, 1), lastDay);
    }

    static UnitPeriod from(String code, LocalDate firstDay) {
        return new UnitPeriod(code, firstDay, null);
    }

    static SuccessionLink link(String from, String to, String kind, LocalDate on) {
        return new SuccessionLink(from, to, kind, on);
    }

    /** Province 90; district 901 (abolished) over communes 90001–90003, merged into 90100; 90004 split into
     *  90200 and 90300; 90005 renamed 90400, which merged into 90500 on 1 January 2026. */
    static final SuccessorRollup GRAPH = new SuccessorRollup(List.of(
            link("90001", "90100", "WHOLE_MERGE", REFORM),
            link("90002", "90100", "WHOLE_MERGE", REFORM),
            link("90003", "90100", "WHOLE_MERGE", REFORM),
            link("90004", "90300", "PART_MERGE", REFORM),
            link("90004", "90200", "PART_MERGE", REFORM),
            link("90005", "90400", "RENAMED", REFORM),
            link("90400", "90500", "WHOLE_MERGE", LocalDate.of(2026, 1, 1))),
            List.of(from("90", LocalDate.of(2000, 1, 1)), until("901", BEFORE),
                    until("90001", BEFORE), until("90002", BEFORE), until("90003", BEFORE), until("90004", BEFORE),
                    until("90005", BEFORE), from("90100", REFORM), from("90200", REFORM), from("90300", REFORM),
                    new UnitPeriod("90400", REFORM, END_2025), from("90500", LocalDate.of(2026, 1, 1))));

    static final Function<String, String> PARENTS = code -> switch (code) {
        case "90001", "90002", "90003", "90004", "90005" -> "901";
        case "901" -> "90";
        default -> null;
    };

    @Test
    void aMergedCommunesAwardsAppearUnderItsSuccessorOnceNeverOncePerPredecessor() {
        // Awards of the three communes before the reform (2023, 2024) and of the new commune after it (2026).
        Map<String, Long> awards = Map.of("90001", 1L, "90002", 2L, "90003", 1L, "90100", 3L);

        Map<String, SuccessorRollup.Row> rows = GRAPH.rollUp(awards, MID_2026, PARENTS);

        assertThat(rows).containsOnlyKeys("90100");
        assertThat(rows.get("90100").count()).isEqualTo(7);
        assertThat(rows.get("90100").from()).containsExactlyInAnyOrder("90001", "90002", "90003", "90100");
        assertThat(rows.get("90100").partial()).isFalse();
    }

    @Test
    void asOfADayBeforeTheReformHistoryStaysUnderTheUnitsAsTheyWere() {
        Map<String, Long> awards = Map.of("90001", 1L, "90002", 2L, "90003", 1L);

        Map<String, SuccessorRollup.Row> rows = GRAPH.rollUp(awards, BEFORE, PARENTS);

        assertThat(rows).containsOnlyKeys("90001", "90002", "90003");
        assertThat(rows.get("90002").count()).isEqualTo(2);
    }

    @Test
    void aSplitCommunesAwardsAreCountedOnceUnderOneSuccessorMarkedPartial() {
        Map<String, SuccessorRollup.Row> rows = GRAPH.rollUp(Map.of("90004", 5L, "90300", 1L), MID_2026, PARENTS);

        assertThat(rows.values().stream().mapToLong(SuccessorRollup.Row::count).sum()).isEqualTo(6);
        assertThat(rows.get("90200").count()).isEqualTo(5);
        assertThat(rows.get("90200").partial()).isTrue();
        assertThat(rows.get("90300").count()).isEqualTo(1);
    }

    @Test
    void aChainIsFollowedAsFarAsTheDayReaches() {
        assertThat(GRAPH.targetOn("90005", END_2025, PARENTS).code()).isEqualTo("90400");
        assertThat(GRAPH.targetOn("90005", MID_2026, PARENTS).code()).isEqualTo("90500");
        assertThat(GRAPH.targetOn("90005", MID_2026, PARENTS).via()).containsExactly("90400", "90500");
        assertThat(GRAPH.targetOn("90005", BEFORE, PARENTS).code()).isEqualTo("90005");
    }

    @Test
    void anAbolishedDistrictsOwnAwardsGoUpToTheUnitAboveIt() {
        Map<String, SuccessorRollup.Row> rows = GRAPH.rollUp(Map.of("901", 2L, "90", 1L), MID_2026, PARENTS);

        assertThat(rows).containsOnlyKeys("90");
        assertThat(rows.get("90").count()).isEqualTo(3);
    }

    @Test
    void totalsAreTheSameBeforeAndAfterTheRollUpOnEveryDay() {
        Map<String, Long> awards = Map.of("90001", 1L, "90002", 2L, "90003", 4L, "90004", 8L, "90005", 16L,
                "90100", 32L, "901", 64L, "90500", 128L);
        for (LocalDate day : List.of(BEFORE, REFORM, END_2025, MID_2026)) {
            long total = GRAPH.rollUp(awards, day, PARENTS).values().stream().mapToLong(SuccessorRollup.Row::count)
                    .sum();
            assertThat(total).as(day.toString()).isEqualTo(255);
        }
    }

    @Test
    void aUnitNotYetInForceOrUnknownStaysItself() {
        assertThat(GRAPH.targetOn("90100", BEFORE, PARENTS).code()).isEqualTo("90100");
        assertThat(GRAPH.targetOn("99999", MID_2026, PARENTS).code()).isEqualTo("99999");
    }
}
