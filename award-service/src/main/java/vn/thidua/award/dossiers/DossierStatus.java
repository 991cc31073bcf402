package vn.thidua.award.dossiers;

import java.util.Set;

/** Where a dossier is in its life (trạng thái hồ sơ). */
public enum DossierStatus {
    /** Dự thảo: the proposing unit is preparing it. */
    DRAFT,
    /** Đang xét at a level of its route (district, standing agency …). */
    IN_REVIEW,
    /** Trả lại để bổ sung, hoàn thiện: back with the proposing unit, which corrects and submits again. */
    RETURNED,
    /** Không đề nghị: refused at a level. */
    REJECTED,
    /** Sở Nội vụ appraises (thẩm định). */
    IN_APPRAISAL,
    /** Appraised; waiting for the council (Hội đồng TĐKT). */
    AWAITING_COUNCIL,
    /** Passed the council, or approved by a level within its competence: waiting for the decision. */
    APPROVED,
    /** The council did not pass it. */
    NOT_APPROVED,
    /** On a decision (quyết định khen thưởng) not yet published. */
    DECIDED,
    /** The decision was published (công khai): the award is on the nominee's history. */
    PUBLISHED,
    /** Thu hồi: revoked with reason and legal basis. */
    REVOKED;

    /** States in which a dossier holds its quota slot and its once-only claim (in flight or awarded). */
    public static final Set<DossierStatus> HOLDING = Set.of(IN_REVIEW, IN_APPRAISAL, AWAITING_COUNCIL, APPROVED,
            DECIDED, PUBLISHED);

    public boolean holding() {
        return HOLDING.contains(this);
    }
}
