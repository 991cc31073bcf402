package vn.thidua.award.checks;

import java.util.Set;

/**
 * The only words a finding's {@code numbers} may use as keys, at any depth. Findings are stored with the dossier,
 * and a stored document must never take plan or user data as a field name: an indicator code with a dot in it
 * ({@code CONTRIBUTION_VND.threshold}) made MongoDB refuse the document and the submission answer 500. Plan data
 * goes into values ({@code indicator: "CONTRIBUTION_VND"}), several conditions into a list under
 * {@code conditions}.
 */
public final class FindingKeys {

    public static final Set<String> ALLOWED = Set.of(
            // eligibility, competence
            "categoryCode", "formLevel", "deciderLevel", "competentLevel", "proposerLevel", "issuingBody",
            "decidedBy", "ownerUnitCode", "proposingUnitCode",
            // conditions
            "kind", "indicator", "flag", "value", "threshold", "comparison", "unitOfMeasure", "measuredOn", "source",
            "conditions", "match",
            // sustained rates
            "consecutiveYears", "firstYear", "lastYear", "years", "year", "referenceYear", "referenceValue", "change",
            "failedYear", "missingYears",
            // quotas and claims
            "scopeUnit", "scopeType", "used", "max", "maxCount", "share", "period", "occasion", "heldBy",
            "onceScope",
            // registrations and commitments
            "registrationId", "targetCode", "committedValue", "achievedValue", "units",
            // the dossier flow's own findings (deadlines, routing)
            "step", "deadline", "on", "toUnit", "campaignVersion", "batch");

    private FindingKeys() {
    }
}
