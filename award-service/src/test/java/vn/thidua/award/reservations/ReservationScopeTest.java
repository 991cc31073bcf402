package vn.thidua.award.reservations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import vn.thidua.award.checks.AwardClaims;
import vn.thidua.award.checks.InMemoryStore;
import vn.thidua.award.checks.ClaimDemand;
import vn.thidua.award.checks.QuotaCounters;
import vn.thidua.award.checks.QuotaDemand;

/**
 * {@link ReservationScope} on its own, against the in-memory store through the MongoDB Java Driver: whatever fails
 * after the k-th reservation of a request, for every k, the counters and claims are as before; a committed request
 * keeps them; what the stored dossier holds by then (a concurrent move won) is left alone. The same proof through
 * the whole stack, path by path, is {@code ReservationFaultsSystemTest}.
 */
class ReservationScopeTest {

    static final InMemoryStore store = new InMemoryStore();
    MongoTemplate mongo;
    QuotaCounters quotas;
    AwardClaims claims;

    static final ClaimDemand ONCE = new ClaimDemand("ONCE|c1|BANG_KHEN|P:012345678901", "ONCE_PER_NOMINEE",
            "Mỗi cá nhân một lần", "06/2022/QH15", List.of());
    static final ClaimDemand ACHIEVEMENT = new ClaimDemand("ACH|c1|2026|ANNUAL|P:012345678901", "ACHIEVEMENT",
            "Một thành tích một hình thức", "06/2022/QH15", List.of());
    static final QuotaDemand COMMUNE = new QuotaDemand("c1|BANG_KHEN|1|03390|ALL|Y2026", "12",
            "Mỗi xã 02 cá nhân mỗi năm", "06/2022/QH15", 2, "03390", null, "YEAR", 2026, "ANNUAL");
    static final QuotaDemand DISTRICT = new QuotaDemand("c1|BANG_KHEN|2|106|ALL", "12", "Mỗi huyện 05 cá nhân",
            "06/2022/QH15", 5, "106", null);

    @AfterAll
    static void stop() {
        store.close();
    }

    @BeforeEach
    void empty() {
        mongo = store.mongo;
        List.of("quota_counters", "award_claims").forEach(c -> mongo.remove(new Query(), c));
        quotas = new QuotaCounters(mongo);
        claims = new AwardClaims(mongo);
    }

    /** Fails the request at its k-th point (0: never) and remembers the points reached. */
    static final class FailAt implements FailurePoints {
        final int k;
        final List<String> reached = new ArrayList<>();

        FailAt(int k) {
            this.k = k;
        }

        @Override
        public void reached(String point) {
            reached.add(point);
            if (reached.size() == k) {
                throw new IllegalStateException("injected after " + point);
            }
        }
    }

    /** A request as submission makes it: two claims, two quota slots, then a decision-like taking of its own. */
    List<String> request(Reservations reservations, String dossier, boolean commit, List<String> given) {
        try (ReservationScope scope = reservations.open(dossier, Set::of)) {
            assertThat(scope.claim(ONCE, "12")).isNull();
            assertThat(scope.claim(ACHIEVEMENT, "12")).isNull();
            assertThat(scope.reserve(COMMUNE).granted()).isTrue();
            assertThat(scope.reserve(DISTRICT).granted()).isTrue();
            scope.taken("decision-claim", () -> given.add("decision-claim"));
            if (commit) {
                scope.commit();
            }
        }
        return given;
    }

    @Test
    void aFailureAfterAnyReservationGivesBackEverythingTakenBeforeItNewestFirst() {
        List<String> before = state();
        for (int k = 1; k <= 5; k++) {
            FailAt points = new FailAt(k);
            List<String> given = new ArrayList<>();
            assertThatThrownBy(() -> request(new Reservations(quotas, claims, Optional.of(points)), "d1", true,
                    given)).as("failure after point %d", k).hasMessageContaining("injected");
            assertThat(points.reached).hasSize(k);
            assertThat(state()).as("counters and claims after a failure at point %d of %s", k, points.reached)
                    .isEqualTo(before);
            assertThat(given).as("the decision claim is given back when it was taken").hasSize(k == 5 ? 1 : 0);
        }
        // Nothing was left taken: the whole request runs through, and the commune's two slots are both free.
        FailAt none = new FailAt(0);
        request(new Reservations(quotas, claims, Optional.of(none)), "d1", true, new ArrayList<>());
        assertThat(none.reached).containsExactly("claim:ONCE_PER_NOMINEE", "claim:ACHIEVEMENT", "quota:03390",
                "quota:106", "decision-claim");
        assertThat(quotas.peek(COMMUNE, "d2").used()).isEqualTo(1);
        assertThat(claims.heldElsewhere(ONCE, "d2")).isEqualTo("d1");
    }

    @Test
    void aRequestThatFailsWithoutCommittingGivesBackWhatItTookAndACommittedOneKeepsIt() {
        List<String> given = request(new Reservations(quotas, claims, Optional.empty()), "d1", false,
                new ArrayList<>());
        assertThat(given).containsExactly("decision-claim");
        assertThat(quotas.peek(COMMUNE, "d2").used()).isZero();
        assertThat(claims.heldElsewhere(ONCE, "d2")).isNull();

        request(new Reservations(quotas, claims, Optional.empty()), "d1", true, new ArrayList<>());
        assertThat(quotas.peek(COMMUNE, "d2").used()).isEqualTo(1);
        assertThat(claims.heldElsewhere(ACHIEVEMENT, "d2")).isEqualTo("d1");
    }

    @Test
    void whatTheStoredDossierHoldsByThenIsLeftAloneWhenTheRequestFails() {
        // A concurrent move of the same dossier won and saved it holding the commune slot and the once-only claim.
        Reservations reservations = new Reservations(quotas, claims, Optional.of(new FailAt(3)));
        assertThatThrownBy(() -> {
            try (ReservationScope scope = reservations.open("d1", () -> Set.of(COMMUNE.key(), ONCE.key()))) {
                scope.claim(ONCE, "12");
                scope.reserve(COMMUNE);
                scope.reserve(DISTRICT);
            }
        }).hasMessageContaining("injected");
        assertThat(quotas.peek(COMMUNE, "d2").used()).isEqualTo(1);
        assertThat(quotas.peek(DISTRICT, "d2").used()).isZero();
        assertThat(claims.heldElsewhere(ONCE, "d2")).isEqualTo("d1");
    }

    /** Counters in use and claims, as stored (a counter at 0 with no holders is the same as none). */
    List<String> state() {
        List<String> all = new ArrayList<>();
        for (String collection : List.of("quota_counters", "award_claims")) {
            mongo.findAll(Document.class, collection).stream()
                    .filter(d -> !(Integer.valueOf(0).equals(d.get("used"))
                            && d.getList("holders", Object.class).isEmpty()))
                    .map(Document::toJson).sorted().forEach(all::add);
        }
        return all;
    }
}
