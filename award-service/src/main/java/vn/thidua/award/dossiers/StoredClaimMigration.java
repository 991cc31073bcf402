package vn.thidua.award.dossiers;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.award.checks.AwardClaims;

/**
 * Claims stored before once-only rules had a scope keep blocking as those rules mean now, re-keyed once at start
 * (as {@link StoredFormMigration} rewrites dossiers): {@code ONCE|<form>|<nominee>} becomes the claim in its
 * dossier's campaign unless the dossier's rule says once for life (then the old key is already the lifetime key),
 * and {@code ACH|<nominee>|<client key>} becomes the key the server builds from the dossier's campaign, year and
 * occasion. Claims whose dossier is gone are left. Idempotent; logs its counts.
 */
@Component
class StoredClaimMigration {

    private static final Logger log = LoggerFactory.getLogger(StoredClaimMigration.class);

    private final MongoTemplate mongo;
    private final AwardClaims claims;

    StoredClaimMigration(MongoTemplate mongo, AwardClaims claims) {
        this.mongo = mongo;
        this.claims = claims;
    }

    /** The counts re-keyed: once-only claims, achievement claims. */
    record Counts(int onceOnly, int achievements) {
    }

    @EventListener(ApplicationReadyEvent.class)
    Counts migrate() {
        Map<String, Optional<Dossier>> dossiers = new HashMap<>();
        int once = claims.rekeyOnceClaimsToCampaignScope(id -> dossier(dossiers, id)
                .filter(d -> !onceForLife(d)).map(d -> d.campaignId).orElse(null));
        int achievements = claims.rekeyAchievementClaims((id, nominee) -> dossier(dossiers, id)
                .filter(d -> d.campaignId != null)
                .map(d -> AwardClaims.achievementKey(d.campaignId, d.year, d.occasion, nominee, d.achievementKey))
                .orElse(null));
        log.info("Stored claims re-keyed: {} once-only claims to their dossier's campaign, {} achievement claims to "
                + "the server's key", once, achievements);
        return new Counts(once, achievements);
    }

    private Optional<Dossier> dossier(Map<String, Optional<Dossier>> read, String id) {
        if (id == null) {
            return Optional.empty();
        }
        return read.computeIfAbsent(id, key -> Optional.ofNullable(mongo.findById(key, Dossier.class)));
    }

    /** Whether the dossier's rule snapshot holds a once-only rule for life. */
    static boolean onceForLife(Dossier dossier) {
        return dossier.rules != null && dossier.rules.offer() != null && dossier.rules.offer().ruleList().stream()
                .anyMatch(AwardClaims::onceForLife);
    }
}
