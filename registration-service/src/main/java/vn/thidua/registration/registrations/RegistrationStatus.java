package vn.thidua.registration.registrations;

/** Chưa gửi → chờ duyệt → đã duyệt / trả lại để sửa / không duyệt. */
public enum RegistrationStatus {
    /** Nháp: not sent yet. */
    DRAFT,
    /** Chờ duyệt: waiting for the reviewing unit. */
    SUBMITTED,
    /** Đã duyệt. */
    APPROVED,
    /** Trả lại để sửa, with reasons; the unit edits and submits again. */
    RETURNED,
    /** Không duyệt: final. */
    REJECTED
}
