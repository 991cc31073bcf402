package vn.thidua.campaign.lowerplans;

import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import vn.thidua.shared.units.UnitRegistryApi.UnitRecord;

/** The units directly under a unit as of a day, read from registration-service's unit registry. */
@HttpExchange("/api/v1/units")
interface UnitChildrenApi {

    @GetExchange("/{code}/children")
    Page children(@PathVariable String code, @RequestParam String asOf, @RequestParam(required = false) String level,
            @RequestParam int page, @RequestParam int size);

    /** One page of children, as the registry pages them. */
    record Page(List<UnitRecord> items, int page, int size, long totalItems) {
    }
}
