package vn.thidua.award.dossiers;

import java.time.LocalDate;

/** A decided or published dossier was revoked: the decision it was awarded by learns of it. */
public record DossierRevoked(String dossierId, String decisionId, String awardFormCode, String nomineeType,
        LocalDate revokedOn, String legalBasis) {

    static DossierRevoked of(Dossier dossier) {
        return new DossierRevoked(dossier.id, dossier.decisionId, dossier.awardFormCode,
                dossier.nominee == null ? null : dossier.nominee.type().name(),
                dossier.revocation == null ? null : dossier.revocation.revokedOn(),
                dossier.revocation == null ? null : dossier.revocation.legalBasis());
    }
}
