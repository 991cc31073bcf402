package vn.thidua.reporting.dashboard;

import com.mongodb.client.model.Filters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.thidua.reporting.dashboard.Dashboard.UnitRef;
import vn.thidua.reporting.readmodel.CounterKey;
import vn.thidua.reporting.readmodel.Projections;
import vn.thidua.reporting.readmodel.ReadModelStore;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.PlatformPrincipal;

/**
 * Units as the units feed gave them (names and validity per period), read from the read model: the name a unit
 * had on a day, its province and path. A code the registry does not know but the counters do (a unit removed since)
 * is still placed by the path its counters recorded.
 */
@Component
public class KnownUnits {

    public record Known(UnitRef ref, List<String> path) {
    }

    private final ReadModelStore store;

    public KnownUnits(ReadModelStore store) {
        this.store = store;
    }

    /**
     * The unit a report is about, if the caller may see it (else 404). The caller's own unit is always answered,
     * even before any figure or registry entry reached the read model (an empty report, not a 404).
     */
    public Known visible(PlatformPrincipal caller, String code, LocalDate on) {
        Optional<Known> known = find(code, on);
        if (known.isEmpty() && code.equals(ReportScope.root(caller))) {
            List<String> path = caller.tenant() == null || caller.tenant().equals(code) ? List.of(code)
                    : List.of(caller.tenant(), code);
            known = Optional.of(new Known(new UnitRef(code, null, caller.tenant(), null), path));
        }
        return known.filter(k -> ReportScope.sees(caller, code, k.ref().tenant(), k.path()))
                .orElseThrow(() -> ProblemException.notFound("unit", code));
    }

    public Optional<Known> find(String code, LocalDate on) {
        if (CounterKey.NATIONAL.equals(code)) {
            return Optional.of(new Known(new UnitRef(code, "Toàn quốc", null, "NATIONAL"), List.of()));
        }
        Map<String, Known> found = find(List.of(code), on);
        if (found.containsKey(code)) {
            return Optional.of(found.get(code));
        }
        List<Document> counters = store.counters(Filters.eq("unit", code));
        if (counters.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<String> path = ((List<String>) counters.getFirst().get("path"));
        List<String> below = path.subList(1, path.size());
        return Optional.of(new Known(new UnitRef(code, null, below.getFirst(), null), List.copyOf(below)));
    }

    /** Each code's version valid on the day (else its latest one). */
    @SuppressWarnings("unchecked")
    public Map<String, Known> find(Collection<String> codes, LocalDate on) {
        Map<String, List<Map<String, Object>>> versions = new HashMap<>();
        for (Map<String, Object> unit : store.documents(Projections.UNITS, Filters.in("doc.code", codes))) {
            versions.computeIfAbsent((String) unit.get("code"), c -> new ArrayList<>()).add(unit);
        }
        Map<String, Known> known = new HashMap<>();
        versions.forEach((code, list) -> {
            Map<String, Object> chosen = list.stream().filter(u -> validOn(u, on)).findFirst()
                    .orElseGet(() -> list.stream().max(Comparator.comparing(u -> String.valueOf(u.get("validFrom"))))
                            .orElseThrow());
            Object path = chosen.get("path");
            known.put(code, new Known(new UnitRef(code, (String) chosen.get("name"), (String) chosen.get("tenant"),
                    (String) chosen.get("level")), path instanceof List<?> p ? (List<String>) p : List.of(code)));
        });
        return known;
    }

    static boolean validOn(Map<String, Object> unit, LocalDate day) {
        String from = (String) unit.get("validFrom");
        String to = (String) unit.get("validTo");
        return (from == null || !LocalDate.parse(from).isAfter(day)) && (to == null || !LocalDate.parse(to).isBefore(day));
    }
}
