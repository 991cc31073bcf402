package vn.thidua.award.checks;

/**
 * A quota slot the dossier needs (suất khen thưởng): which counter, its limit, and the words to name it.
 *
 * @param key        counter id: campaign | form | rule index | scope unit | share level, then {@code |Y<year>} for
 *                   a yearly quota or {@code |O<occasion>-<year>} for one per occasion (a quota over the whole
 *                   campaign keeps the key it always had, so stored counters keep their meaning)
 * @param scopeUnit  the unit the quota is counted per (the commune 03390, the district 106, the province 12 …)
 * @param period     CAMPAIGN, YEAR or OCCASION: what the count runs over
 * @param year       the dossier's year (the counted year for YEAR and OCCASION)
 * @param occasion   the dossier's occasion (the counted đợt for OCCASION)
 * @param ruleKind   QUOTA or ANNUAL_BEST: the rule whose slots these are, and the name of its finding
 */
public record QuotaDemand(String key, String tenant, String description, String legalBasis, int max,
        String scopeUnit, String share, String period, Integer year, String occasion, String ruleKind) {

    /** A QUOTA rule's slot with its period. */
    public QuotaDemand(String key, String tenant, String description, String legalBasis, int max, String scopeUnit,
            String share, String period, Integer year, String occasion) {
        this(key, tenant, description, legalBasis, max, scopeUnit, share, period, year, occasion, "QUOTA");
    }

    /** A quota over the whole campaign (the only period before plans could state one). */
    public QuotaDemand(String key, String tenant, String description, String legalBasis, int max, String scopeUnit,
            String share) {
        this(key, tenant, description, legalBasis, max, scopeUnit, share, "CAMPAIGN", null, null, "QUOTA");
    }
}
