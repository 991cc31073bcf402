package vn.thidua.registration.registrations;

/** What can be done to a registration, and by which side. */
public enum RegistrationAction {
    /** Gửi: the registering side sends a draft or a returned registration up. */
    SUBMIT(Side.REGISTRANT),
    /** Rút lại: the registering side takes back a submission not reviewed yet. */
    WITHDRAW(Side.REGISTRANT),
    /** Duyệt. */
    APPROVE(Side.REVIEWER),
    /** Trả lại để sửa (reason required). */
    RETURN(Side.REVIEWER),
    /** Không duyệt (reason required). */
    REJECT(Side.REVIEWER);

    public enum Side { REGISTRANT, REVIEWER }

    private final Side side;

    RegistrationAction(Side side) {
        this.side = side;
    }

    public Side side() {
        return side;
    }
}
