package vn.thidua.award.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.PageResponse;
import vn.thidua.shared.lists.ListParameters;

/** Award history lookup (tra cứu khen thưởng): by citizen id, by unit across mergers, or by name. */
@RestController
@RequestMapping("/api/v1/award-history")
public class HistoryController {

    private final AwardHistory history;

    public HistoryController(AwardHistory history) {
        this.history = history;
    }

    /**
     * Exactly one of {@code personalId} (CCCD, exact), {@code unitCode} (the unit, its predecessors and successors),
     * {@code name} (accent- and case-insensitive); optional {@code year}, {@code awardFormCode},
     * {@code nomineeType}. Oldest first.
     */
    @GetMapping
    @Operation(summary = "Award history by citizen id, by unit (with its predecessors and successors) or by name",
            description = ListParameters.ANSWER)
    public PageResponse<HistoryItem> lookup(@RequestParam(required = false) String personalId,
            @RequestParam(required = false) String unitCode, @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String awardFormCode,
            @RequestParam(required = false) String nomineeType,
            @Parameter(description = ListParameters.PAGE) @RequestParam(defaultValue = "0") int page,
            @Parameter(description = ListParameters.SIZE) @RequestParam(defaultValue = "20") int size,
            @Parameter(description = ListParameters.AFTER) @RequestParam(required = false) String after) {
        return history.lookup(CurrentUser.require(),
                new AwardHistory.Lookup(personalId, unitCode, name, year, awardFormCode, nomineeType), page, size,
                after);
    }
}
