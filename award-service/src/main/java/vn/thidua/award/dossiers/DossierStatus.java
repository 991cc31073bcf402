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
    /**
     * Đã trình khen thưởng cấp Nhà nước: a STATE form (Huân chương, Bằng khen của Thủ tướng Chính phủ …) that the
     * province approved and proposed (tờ trình of the Chairman of the provincial People's Committee); it waits for the
     * appraisal of the Central Emulation and Commendation Board (Ban Thi đua – Khen thưởng Trung ương).
     */
    PROPOSED_TO_STATE,
    /** Trung ương trả lại tỉnh: the Central Board returned it to the province to complete (reason given). */
    RETURNED_TO_PROVINCE,
    /**
     * Ban TĐKT Trung ương thẩm định đạt: with the deciding authority (Thủ tướng Chính phủ, Chủ tịch nước), waiting
     * for the state decision that the national board records.
     */
    STATE_APPRAISED,
    /** On a decision (quyết định khen thưởng) not yet published. */
    DECIDED,
    /** The decision was published (công khai): the award is on the nominee's history. */
    PUBLISHED,
    /** Thu hồi: revoked with reason and legal basis. */
    REVOKED;

    /** States in which a dossier holds its quota slot and its once-only claim (in flight or awarded). */
    public static final Set<DossierStatus> HOLDING = Set.of(IN_REVIEW, IN_APPRAISAL, AWAITING_COUNCIL, APPROVED,
            PROPOSED_TO_STATE, RETURNED_TO_PROVINCE, STATE_APPRAISED, DECIDED, PUBLISHED);

    /** The national leg of a STATE form: the dossier is beyond its route's last stop (the province). */
    public static final Set<DossierStatus> NATIONAL_LEG = Set.of(PROPOSED_TO_STATE, RETURNED_TO_PROVINCE,
            STATE_APPRAISED);

    public boolean holding() {
        return HOLDING.contains(this);
    }
}
