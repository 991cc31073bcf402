package vn.thidua.registration.registrations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thidua.registration.units.Unit;
import vn.thidua.registration.units.UnitRegistry;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.tenancy.Scope;

/** The unit registry, in process, as registrations, support and progress need it. */
@Component
public class UnitLookup {

    private final UnitRegistry registry;

    public UnitLookup(UnitRegistry registry) {
        this.registry = registry;
    }

    /** The version of the unit valid on the day, if the caller may read it. */
    public Optional<Unit> on(String code, LocalDate day, PlatformPrincipal caller) {
        return registry.find(code, day.toString(), caller);
    }

    /** The version valid on the day, else the latest version (a unit that ended, or not yet begun). */
    public Optional<Unit> onOrLatest(String code, LocalDate day, PlatformPrincipal caller) {
        return on(code, day, caller).or(() -> registry.versions(code, caller).stream()
                .max(Comparator.comparing(Unit::validFrom)));
    }

    /** Whether any version of the unit lies in the caller's scope (a district officer keeps its old communes). */
    public boolean inScope(String code, PlatformPrincipal caller) {
        return registry.versions(code, caller).stream().anyMatch(u -> Scope.covers(caller, u.tenant(), u.path()));
    }

    /** The unit's path with levels, as of the day; ancestors unknown on that day are left out. */
    public List<RouteUnit> routePath(Unit unit, LocalDate day, PlatformPrincipal caller) {
        List<RouteUnit> path = new ArrayList<>();
        List<String> codes = unit.path();
        for (int i = 0; i < codes.size() - 1; i++) {
            on(codes.get(i), day, caller).ifPresent(u -> path.add(new RouteUnit(u.code(), u.level())));
        }
        path.add(new RouteUnit(unit.code(), unit.level()));
        return path;
    }
}
