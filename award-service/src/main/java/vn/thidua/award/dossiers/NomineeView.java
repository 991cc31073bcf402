package vn.thidua.award.dossiers;

/**
 * The nominee as the API shows it: personal data in full for those who need it, masked for everyone else
 * ({@link PersonalDataAccess}, {@link PersonalDataMask}); {@code masked} says which.
 *
 * @param birthDate yyyy-MM-dd, or {@code yyyy-xx-xx} when masked
 */
public record NomineeView(Nominee.Type type, String name, String personalId, String birthDate, String gender,
        String position, String workplace, String unitCode, String address, boolean masked) {

    static NomineeView full(Nominee n) {
        return n == null ? null : new NomineeView(n.type(), n.name(), n.personalId(),
                n.birthDate() == null ? null : n.birthDate().toString(), n.gender(), n.position(), n.workplace(),
                n.unitCode(), n.address(), false);
    }

    static NomineeView masked(Nominee n) {
        return n == null ? null : new NomineeView(n.type(), n.name(), PersonalDataMask.personalId(n.personalId()),
                PersonalDataMask.birthDate(n.birthDate()), n.gender(), n.position(), n.workplace(), n.unitCode(),
                PersonalDataMask.address(n.address()), hasPersonalData(n));
    }

    /** Whether there is anything to protect: a citizen id, a birth date or an address. */
    static boolean hasPersonalData(Nominee n) {
        return n != null && (n.personalId() != null || n.birthDate() != null || n.address() != null);
    }
}
