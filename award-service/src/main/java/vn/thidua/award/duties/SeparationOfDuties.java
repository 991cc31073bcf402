package vn.thidua.award.duties;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;

/**
 * Separation of duties (phân định trách nhiệm: người lập hồ sơ không tự quyết định khen thưởng), in one place:
 * <ul>
 *   <li>whoever prepared a dossier (created, edited or submitted it) cannot decide it at a route stop, appraise it,
 *       record its council vote, sign its decision or publish that decision;</li>
 *   <li>the proposing unit's office (its officers) cannot decide or publish its own proposal: inside the proposing
 *       unit only its head, the unit's {@code decision-signer} (Chủ tịch UBND xã, thủ trưởng cơ quan), decides;</li>
 *   <li>a decision (quyết định khen thưởng) is signed by a {@code decision-signer} of the issuing body: the signer is
 *       the authenticated user, never a name typed in. The one exception is the national board recording a state
 *       decision signed outside the platform (Thủ tướng Chính phủ, Chủ tịch nước), whose signer it names;</li>
 *   <li>the council's vote (Hội đồng TĐKT) is recorded only by an appraiser (thẩm định viên) who did not prepare
 *       the dossier.</li>
 * </ul>
 * Why here and not spread over the endpoints: one reader can check the whole rule set against the regulation, and
 * every denial names its {@link Rule}. Plain Java over the caller's claims and what the dossier records.
 */
public final class SeparationOfDuties {

    /** Each rule is one 403 problem code; the code is the rule's name in the API. */
    public enum Rule {
        /** Người lập / trình hồ sơ không được quyết định hồ sơ của mình. */
        PREPARER_CANNOT_DECIDE("preparer-cannot-decide"),
        /** Người lập / trình hồ sơ không được ký quyết định khen thưởng hồ sơ đó. */
        PREPARER_CANNOT_SIGN("preparer-cannot-sign"),
        /** Người lập / trình hồ sơ không được công bố quyết định khen thưởng hồ sơ đó. */
        PREPARER_CANNOT_PUBLISH("preparer-cannot-publish"),
        /** Người lập / trình hồ sơ không được thẩm định hồ sơ đó. */
        PREPARER_CANNOT_APPRAISE("preparer-cannot-appraise"),
        /** Người lập / trình hồ sơ không được ghi kết quả bỏ phiếu của Hội đồng. */
        PREPARER_CANNOT_VOTE("preparer-cannot-vote"),
        /** Bộ phận tham mưu của đơn vị đề nghị không tự quyết định: chỉ thủ trưởng (người ký) của đơn vị. */
        PROPOSING_OFFICE_CANNOT_DECIDE("proposing-office-cannot-decide"),
        /** Quyết định do người có thẩm quyền ký (decision-signer) ban hành. */
        SIGNER_REQUIRED("signer-required"),
        /** Người ký thuộc cơ quan ban hành quyết định. */
        SIGNER_OF_ANOTHER_BODY("signer-of-another-body"),
        /** Kết quả bỏ phiếu của Hội đồng do thẩm định viên ghi. */
        APPRAISER_REQUIRED("appraiser-required");

        private final String code;

        Rule(String code) {
            this.code = code;
        }

        /** The problem code (problem.{code}.title/detail in the service's message bundles). */
        public String code() {
            return code;
        }
    }

    /**
     * What a dossier records of its preparation.
     *
     * @param preparers         usernames that created, edited, submitted or (re)submitted it
     * @param proposingUnitCode the unit that proposes its nominee (đơn vị đề nghị)
     */
    public record Preparation(Set<String> preparers, String proposingUnitCode) {

        public Preparation {
            preparers = preparers == null ? Set.of() : Set.copyOf(preparers);
        }

        boolean preparedBy(PlatformPrincipal caller) {
            return caller.username() != null && preparers.contains(caller.username());
        }

        boolean officeOfProposingUnit(PlatformPrincipal caller) {
            return Objects.equals(caller.unitCode(), proposingUnitCode) && !caller.has(PlatformRole.DECISION_SIGNER);
        }
    }

    private SeparationOfDuties() {
    }

    /** Deciding a dossier at a route stop (DECIDE: approve within the level's competence). */
    public static Optional<Rule> mayDecide(PlatformPrincipal caller, Preparation dossier) {
        if (dossier.preparedBy(caller)) {
            return Optional.of(Rule.PREPARER_CANNOT_DECIDE);
        }
        if (dossier.officeOfProposingUnit(caller)) {
            return Optional.of(Rule.PROPOSING_OFFICE_CANNOT_DECIDE);
        }
        return Optional.empty();
    }

    /** Appraising a dossier (thẩm định) at Sở Nội vụ. */
    public static Optional<Rule> mayAppraise(PlatformPrincipal caller, Preparation dossier) {
        return dossier.preparedBy(caller) ? Optional.of(Rule.PREPARER_CANNOT_APPRAISE) : Optional.empty();
    }

    /** Recording the council's vote: an appraiser who did not prepare the dossier. */
    public static Optional<Rule> mayRecordCouncilVote(PlatformPrincipal caller, Preparation dossier) {
        if (!caller.has(PlatformRole.APPRAISER)) {
            return Optional.of(Rule.APPRAISER_REQUIRED);
        }
        return dossier.preparedBy(caller) ? Optional.of(Rule.PREPARER_CANNOT_VOTE) : Optional.empty();
    }

    /**
     * Signing a decision of {@code issuingUnitCode} for these dossiers: a decision-signer of that unit who prepared
     * none of them. A state decision recorded by the national board is not signed in the platform ({@code national}).
     */
    public static Optional<Rule> maySign(PlatformPrincipal caller, String issuingUnitCode, boolean national,
            Iterable<Preparation> dossiers) {
        if (!national) {
            if (!caller.has(PlatformRole.DECISION_SIGNER)) {
                return Optional.of(Rule.SIGNER_REQUIRED);
            }
            if (!Objects.equals(caller.unitCode(), issuingUnitCode)) {
                return Optional.of(Rule.SIGNER_OF_ANOTHER_BODY);
            }
        }
        for (Preparation dossier : dossiers) {
            if (dossier.preparedBy(caller)) {
                return Optional.of(Rule.PREPARER_CANNOT_SIGN);
            }
        }
        return Optional.empty();
    }

    /**
     * Publishing a decision (công bố): someone of the issuing body who prepared none of its dossiers and is not the
     * office of a proposing unit (who sits at the issuing body is the caller's unit check, made by the endpoint).
     */
    public static Optional<Rule> mayPublish(PlatformPrincipal caller, Iterable<Preparation> dossiers) {
        for (Preparation dossier : dossiers) {
            if (dossier.preparedBy(caller) || dossier.officeOfProposingUnit(caller)) {
                return Optional.of(Rule.PREPARER_CANNOT_PUBLISH);
            }
        }
        return Optional.empty();
    }
}
