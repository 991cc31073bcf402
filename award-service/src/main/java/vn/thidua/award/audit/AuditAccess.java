package vn.thidua.award.audit;

import static vn.thidua.shared.security.PlatformRole.INSPECTOR;
import static vn.thidua.shared.security.PlatformRole.NATIONAL_ADMIN;
import static vn.thidua.shared.security.PlatformRole.PROVINCE_ADMIN;

import java.util.Optional;
import java.util.regex.Pattern;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.RolePolicy;

/**
 * Who may read which audit chain (đoàn kiểm tra đọc nhật ký). Inspectors, the national board and Sở Nội vụ read;
 * nobody writes through the API. The national board (national admin, national inspector) reads every chain; a
 * province's admin or inspector reads only their own tenant's, and another tenant's chain answers 404 as every
 * out-of-scope object does.
 */
final class AuditAccess {

    enum Action { READ }

    static final RolePolicy<Action> POLICY = RolePolicy.of(Action.class)
            .allow(Action.READ, INSPECTOR, NATIONAL_ADMIN, PROVINCE_ADMIN)
            .build();

    private static final Pattern CHAIN = Pattern.compile("[0-9]{2}|" + AuditChain.NATIONAL);

    private AuditAccess() {
    }

    /**
     * The one chain a caller reads when asking for {@code requested} (verify, one record): their own tenant's by
     * default, the national chain by default for the national board.
     */
    static String chainFor(PlatformPrincipal caller, String requested) {
        // Scope before role: another tenant's chain is 404 for everyone, as any out-of-scope object is.
        Optional<String> chain = allowedChain(caller, requested);
        POLICY.require(caller, Action.READ);
        return chain.orElseGet(() -> caller.isNational() ? AuditChain.NATIONAL : requireTenant(caller));
    }

    /** For lists: the chain to read, or empty = every chain (national board without a tenant filter). */
    static Optional<String> chainFilterFor(PlatformPrincipal caller, String requested) {
        Optional<String> chain = allowedChain(caller, requested);
        POLICY.require(caller, Action.READ);
        if (chain.isPresent() || caller.isNational()) {
            return chain;
        }
        return Optional.of(requireTenant(caller));
    }

    private static Optional<String> allowedChain(PlatformPrincipal caller, String requested) {
        if (requested == null || requested.isBlank()) {
            return Optional.empty();
        }
        if (!CHAIN.matcher(requested).matches()) {
            throw ProblemException.invalid("tenant", "audit-tenant");
        }
        if (caller.isNational() || requested.equals(caller.tenant())) {
            return Optional.of(requested);
        }
        throw ProblemException.notFound("audit chain", requested);
    }

    private static String requireTenant(PlatformPrincipal caller) {
        if (caller.tenant() == null) {
            // A province role without a tenant in its token reads nothing rather than everything.
            throw ProblemException.notFound("audit chain", "-");
        }
        return caller.tenant();
    }
}
