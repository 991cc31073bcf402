package vn.thidua.award.checks;

import java.util.List;

/**
 * Something only one dossier may hold at a time: the once-only award of a form to a nominee (tặng 01 lần), or an
 * achievement backing an award (một thành tích khen một lần).
 *
 * @param key          the claim's id
 * @param alsoBlocking keys of the same nominee under its other codes (predecessors and successors of a merged
 *                     unit): a claim under any of them refuses this one
 * @param scope        ONCE_PER_NOMINEE: CAMPAIGN (once in the campaign) or LIFETIME (once ever); null otherwise
 * @param alsoBlockingPatterns regular expressions over claim keys that refuse this one too: a once-for-life claim
 *                     is refused by the same form claimed for the nominee in any campaign
 */
public record ClaimDemand(String key, String rule, String description, String legalBasis,
        List<String> alsoBlocking, String scope, List<String> alsoBlockingPatterns) {

    /** A claim as made before once-only rules had a scope: blocked by its own keys only. */
    public ClaimDemand(String key, String rule, String description, String legalBasis, List<String> alsoBlocking) {
        this(key, rule, description, legalBasis, alsoBlocking, null, List.of());
    }
}
