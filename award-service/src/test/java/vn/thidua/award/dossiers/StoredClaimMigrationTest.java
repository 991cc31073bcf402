package vn.thidua.award.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.checks.AwardClaims;
import vn.thidua.award.checks.ClaimDemand;
import vn.thidua.award.checks.InMemoryStore;
import vn.thidua.award.checks.RuleSnapshot;
import vn.thidua.award.clients.CampaignApi.Offer;
import vn.thidua.award.clients.CampaignApi.Rule;

/** Claims stored before scopes and server-built keys keep blocking, re-keyed once at start (in-memory store). */
class StoredClaimMigrationTest {

    final InMemoryStore store = new InMemoryStore();
    final AwardClaims claims = new AwardClaims(store.mongo);
    final StoredClaimMigration migration = new StoredClaimMigration(store.mongo, claims);

    @AfterEach
    void close() {
        store.close();
    }

    void dossier(String id, String campaignId, int year, String occasion, String achievementKey, String onceScope) {
        Dossier dossier = new Dossier();
        dossier.id = id;
        dossier.tenant = "44";
        dossier.campaignId = campaignId;
        dossier.year = year;
        dossier.occasion = occasion;
        dossier.achievementKey = achievementKey;
        Rule once = new Rule("ONCE_PER_NOMINEE", "Tặng 01 lần", null, null, null, null, null, null, null, null, null,
                null, null, "KH 04", null, null, null, onceScope);
        dossier.rules = new RuleSnapshot(campaignId, "\"1\"", "KH", "KH", null, LocalDate.of(2025, 1, 5),
                LocalDate.of(2025, 1, 5), null, new Offer("CO_THI_DUA", List.of(), null, null, List.of(once)), null);
        store.mongo.save(dossier);
    }

    void oldClaim(String key, String dossierId) {
        store.mongo.insert(new Document("_id", key).append("tenant", "44").append("dossierId", dossierId),
                "award_claims");
    }

    boolean stored(String key) {
        return store.mongo.findById(key, Document.class, "award_claims") != null;
    }

    @Test
    void oldOnceOnlyAndAchievementClaimsAreReKeyedOnceAndKeepBlockingInTheirCampaign() {
        dossier("d-2024", "lc-ntm", 2024, "ANNUAL", null, "CAMPAIGN");
        dossier("d-life", "lc-ntm", 2024, "ANNUAL", null, "LIFETIME");
        dossier("d-flood", "bt-ntm", 2024, "ON_ACHIEVEMENT", "LU-2024-09", null);
        dossier("d-annual", "bt-ntm", 2023, null, "NTM-2023", null);
        oldClaim("ONCE|CO_THI_DUA|U:44112", "d-2024");
        oldClaim("ONCE|CO_THI_DUA|U:77", "d-life");
        oldClaim("ONCE|CO_THI_DUA|U:99", "d-gone");
        oldClaim("ACH|U:83001|LU-2024-09", "d-flood");
        oldClaim("ACH|U:83002|NTM-2023", "d-annual");

        StoredClaimMigration.Counts first = migration.migrate();

        assertThat(first).isEqualTo(new StoredClaimMigration.Counts(1, 2));
        assertThat(stored("ONCE|lc-ntm|CO_THI_DUA|U:44112")).isTrue();
        assertThat(stored("ONCE|CO_THI_DUA|U:44112")).isFalse();
        assertThat(stored("ONCE|CO_THI_DUA|U:77")).as("a lifetime claim's key is already right").isTrue();
        assertThat(stored("ONCE|CO_THI_DUA|U:99")).as("its dossier is gone: left").isTrue();
        assertThat(stored("ACH|bt-ntm|2024|ON_ACHIEVEMENT|U:83001|LU-2024-09")).isTrue();
        assertThat(stored("ACH|bt-ntm|2023|ANNUAL|U:83002")).as("the client key narrows only on achievement")
                .isTrue();
        assertThat(stored("ACH|U:83001|LU-2024-09")).isFalse();
        assertThat(migration.migrate()).as("idempotent").isEqualTo(new StoredClaimMigration.Counts(0, 0));

        // The 2025 dossier of the same campaign is blocked by the re-keyed claim; another campaign is not.
        assertThat(claims.heldElsewhere(new ClaimDemand("ONCE|lc-ntm|CO_THI_DUA|U:44112", "ONCE_PER_NOMINEE",
                "Tặng 01 lần", "KH 04", List.of(), "CAMPAIGN", List.of()), "d-2025")).isEqualTo("d-2024");
        assertThat(claims.heldElsewhere(new ClaimDemand("ONCE|qb-ntm|CO_THI_DUA|U:44112", "ONCE_PER_NOMINEE",
                "Tặng 01 lần", "KH 04", List.of(), "CAMPAIGN", List.of()), "d-2025")).isNull();
    }

    @Test
    void aClaimWrittenWithItsScopeIsNeverTakenForAnOldOne() {
        dossier("d-2025", "lc-ntm", 2025, "ANNUAL", null, "CAMPAIGN");
        claims.claim(new ClaimDemand("ONCE|CO_THI_DUA|U:44112", "ONCE_PER_NOMINEE", "Tặng 01 lần", "Điều 71",
                List.of(), "LIFETIME", List.of()), "44", "d-2025");

        assertThat(migration.migrate()).isEqualTo(new StoredClaimMigration.Counts(0, 0));
        assertThat(stored("ONCE|CO_THI_DUA|U:44112")).isTrue();
    }
}
