package vn.thidua.shared.security;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.thidua.shared.error.ProblemException;

/**
 * Function-level authorization as one table per service: which roles may perform which action. Object-level
 * scope (which objects) is {@link vn.thidua.shared.tenancy.Scope}'s job. An action nobody was allowed is denied.
 *
 * @param <A> the service's enum of actions
 */
public final class RolePolicy<A extends Enum<A>> {

    private final Map<A, Set<PlatformRole>> allowed;

    private RolePolicy(Map<A, Set<PlatformRole>> allowed) {
        this.allowed = allowed;
    }

    public static <A extends Enum<A>> Builder<A> of(Class<A> actions) {
        return new Builder<>(actions);
    }

    public boolean permits(PlatformPrincipal caller, A action) {
        Set<PlatformRole> roles = allowed.get(action);
        return roles != null && caller.roles().stream().anyMatch(roles::contains);
    }

    /** 403 problem when the caller's roles do not allow the action. */
    public void require(PlatformPrincipal caller, A action) {
        if (!permits(caller, action)) {
            throw ProblemException.forbidden("forbidden");
        }
    }

    public Set<PlatformRole> rolesFor(A action) {
        Set<PlatformRole> roles = allowed.get(action);
        return roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static final class Builder<A extends Enum<A>> {
        private final Map<A, Set<PlatformRole>> allowed;

        private Builder(Class<A> actions) {
            this.allowed = new EnumMap<>(actions);
        }

        public Builder<A> allow(A action, PlatformRole... roles) {
            allowed.computeIfAbsent(action, a -> EnumSet.noneOf(PlatformRole.class)).addAll(Arrays.asList(roles));
            return this;
        }

        public RolePolicy<A> build() {
            return new RolePolicy<>(new EnumMap<>(allowed));
        }
    }
}
