package vn.thidua.award.checks;

import java.util.List;

/**
 * Something only one dossier may hold at a time: the once-only award of a form to a nominee (tặng 01 lần), or an
 * achievement backing an award (một thành tích khen một lần).
 *
 * @param key          the claim's id
 * @param alsoBlocking keys of the same nominee under its other codes (predecessors and successors of a merged
 *                     unit): a claim under any of them refuses this one
 */
public record ClaimDemand(String key, String rule, String description, String legalBasis,
        List<String> alsoBlocking) {
}
