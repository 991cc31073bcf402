package vn.thidua.shared.units;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * What other services read from registration-service's unit registry (relaying the caller's token). Only the
 * fields a consumer needs for scope and names; registration-service's own types are never shared.
 */
@HttpExchange("/api/v1/units")
public interface UnitRegistryApi {

    /**
     * A unit as of a day ({@code yyyy-MM-dd}; today when null); 404 when no unit with that code is valid then.
     * The day is sent as text: a formatting conversion service would print a LocalDate in a locale's style.
     */
    @GetExchange("/{code}")
    UnitRecord get(@PathVariable String code, @RequestParam(required = false) String asOf);

    /** What the unit became (WHOLE_MERGE, PART_MERGE, RENAMED, UNCHANGED, SPECIAL_ZONE), every version of the code; 404 when unknown. */
    @GetExchange("/{code}/successors")
    List<Succession> successors(@PathVariable String code);

    /** What the unit was formed from; 404 when unknown. */
    @GetExchange("/{code}/predecessors")
    List<Succession> predecessors(@PathVariable String code);

    /**
     * A unit as another service sees it.
     *
     * @param tenant the province that owns it today (historic units: the province that absorbed theirs)
     * @param path   codes from the province down to the unit, as of the day asked: the {@code unitPath} that
     *               tenant-owned objects record for {@link vn.thidua.shared.tenancy.Scope}
     */
    record UnitRecord(String code, String level, String type, String name, String parentCode, String provinceCode,
            String tenant, List<String> path, LocalDate validFrom, LocalDate validTo, boolean official) {
    }

    /**
     * One succession seen from a unit: the other unit, the kind of change (WHOLE_MERGE, PART_MERGE, RENAMED,
     * UNCHANGED, SPECIAL_ZONE) and the day it took effect; {@code derived} when inferred from codes only.
     */
    record Succession(String kind, LocalDate effectiveDate, UnitRef unit, boolean derived) {
    }

    /** The short form of a unit inside a succession. */
    record UnitRef(String code, String level, String type, String name, LocalDate validFrom, LocalDate validTo) {
    }
}
