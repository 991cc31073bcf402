package vn.thidua.award.dossiers;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.thidua.award.audit.AuditEvent;
import vn.thidua.award.audit.AuditTrail;
import vn.thidua.shared.security.PlatformPrincipal;

/**
 * A dossier shown to one reader (issue 12): its nominee's citizen id, birth date and address in full only for
 * the roles that need them ({@link PersonalDataAccess}), and each such read recorded in the tenant's audit chain
 * (who, which dossier and fields, when) before the answer leaves. Every other answer is masked.
 */
@Component
public class DossierViews {

    /** The audit action of a read of personal data in full. */
    public static final String READ_ACTION = "PERSONAL_DATA_READ";

    private final AuditTrail audit;

    public DossierViews(AuditTrail audit) {
        this.audit = audit;
    }

    public DossierView forReader(Dossier dossier, PlatformPrincipal caller) {
        if (!NomineeView.hasPersonalData(dossier.nominee)
                || !PersonalDataAccess.mayReadUnmasked(caller, PersonalDataAccess.Parties.of(dossier))) {
            return DossierView.of(dossier);
        }
        // The actor, time and request id are the audit trail's own; the record names what was shown.
        audit.append(new AuditEvent(UUID.randomUUID().toString(), "DOSSIER", dossier.id, dossier.tenant,
                dossier.unitPath, READ_ACTION, null, null, null,
                Map.of("fields", String.join(",", fields(dossier.nominee)), "status", String.valueOf(dossier.status))));
        return DossierView.unmasked(dossier);
    }

    static List<String> fields(Nominee nominee) {
        return Stream.of(nominee.personalId() == null ? null : "personalId",
                nominee.birthDate() == null ? null : "birthDate", nominee.address() == null ? null : "address")
                .filter(Objects::nonNull).toList();
    }
}
