package vn.thidua.award.decisions;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.thidua.shared.error.ProblemException;

/**
 * Số quyết định: unique per issuing body (the deciding unit) and year, as the register of outgoing documents is
 * kept (số/năm ban hành, Nghị định 30/2020/NĐ-CP): 12/QĐ-UBND of 2025 and of 2026 are two decisions, and a
 * commune's 12/QĐ-UBND is not the province's. A unique index on these three fields decides between two signers
 * at the same moment ({@code DossierIndexes}).
 */
final class DecisionNumbers {

    static final String UNIT = "decidingUnitCode";
    static final String YEAR = "year";
    static final String NUMBER = "number";

    private DecisionNumbers() {
    }

    static Query sameNumber(String issuingUnitCode, int year, String number) {
        return Query.query(Criteria.where(UNIT).is(issuingUnitCode).and(YEAR).is(year).and(NUMBER).is(number));
    }

    /** 409 naming the number, the issuing body and the year. */
    static ProblemException taken(String number, String issuingUnitCode, int year) {
        return ProblemException.conflict("decision-number-taken", number, issuingUnitCode, String.valueOf(year));
    }
}
