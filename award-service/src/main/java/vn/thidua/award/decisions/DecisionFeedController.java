package vn.thidua.award.decisions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.sync.ChangePage;

/** The decisions change feed ({@link DecisionFeed}). */
@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "Decisions")
public class DecisionFeedController {

    private final DecisionFeed feed;

    public DecisionFeedController(DecisionFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/changes")
    @Operation(summary = "Change feed: decisions (issued, published), revocations of their awards and withdrawn "
            + "decisions visible to the caller, changed after the cursor `since`, in sequence order",
            description = "Items: {kind: DECISION, id, status, tenant, unitPath, number, signedOn, issuingBody, "
                    + "awardees[{dossierId, nomineeType, awardFormCode, prizeMoneyVnd …}], …}; {kind: REVOCATION, "
                    + "id: revocation:<dossierId>, decisionId, dossierId, awardFormCode, revokedOn, legalBasis, …}; "
                    + "or {id, deleted: true} for a decision withdrawn before it was complete.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DecisionChangePage.class)))
    public ChangePage<Object> changes(PlatformPrincipal caller, @RequestParam(defaultValue = "0") long since,
            @RequestParam(defaultValue = "50") int size) {
        return feed.changes(caller, since, size);
    }
}
