package vn.thidua.award.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision in the decisions change feed ({@code kind: DECISION}), issued or published, with its awardees as
 * counters need them: form, nominee type, units and prize money — no names, citizen ids or signer.
 */
public record DecisionChange(
        String id,
        String kind,
        Decision.Status status,
        String tenant,
        List<String> unitPath,
        String decidingUnitCode,
        String number,
        LocalDate signedOn,
        String issuingBody,
        Instant publishedAt,
        List<Awardee> awardees,
        Long totalPrizeMoneyVnd,
        Long version,
        Instant createdAt,
        long changeSeq,
        Instant changedAt) {

    /** One award of the decision. */
    public record Awardee(String dossierId, String nomineeType, String nomineeUnitCode, String proposingUnitCode,
            String awardFormCode, String awardFormName, Long prizeMoneyVnd) {
    }

    static DecisionChange of(Decision d) {
        List<Awardee> awardees = d.awardees == null ? List.of() : d.awardees.stream()
                .map(a -> new Awardee(a.dossierId(), a.nomineeType(),
                        "INDIVIDUAL".equals(a.nomineeType()) || "HOUSEHOLD".equals(a.nomineeType()) ? null
                                : a.nomineeUnitCode(),
                        a.proposingUnitCode(), a.awardFormCode(), a.awardFormName(), a.prizeMoneyVnd()))
                .toList();
        return new DecisionChange(d.id, "DECISION", d.status, d.tenant, d.unitPath, d.decidingUnitCode, d.number,
                d.signedOn, d.issuingBody, d.publishedAt, awardees, d.totalPrizeMoneyVnd, d.version, d.createdAt,
                d.changeSeq, d.changedAt);
    }
}
