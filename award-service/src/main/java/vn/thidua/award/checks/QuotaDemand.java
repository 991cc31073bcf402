package vn.thidua.award.checks;

/**
 * A quota slot the dossier needs (suất khen thưởng): which counter, its limit, and the words to name it.
 *
 * @param key        counter id: campaign | form | rule index | scope unit | share level
 * @param scopeUnit  the unit the quota is counted per (the commune 03390, the district 106 …)
 */
public record QuotaDemand(String key, String tenant, String description, String legalBasis, int max,
        String scopeUnit, String share) {
}
