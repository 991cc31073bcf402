package vn.thidua.award.dossiers;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.sync.ChangePage;

/** The dossiers change feed ({@link DossierFeed}). */
@RestController
@RequestMapping("/api/v1/dossiers")
@io.swagger.v3.oas.annotations.tags.Tag(name = "Dossiers")
public class DossierFeedController {

    private final DossierFeed feed;

    public DossierFeedController(DossierFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/changes")
    @Operation(summary = "Change feed: dossiers visible to the caller changed after the cursor `since` (every move "
            + "stamps), in sequence order; pass nextCursor as the next since (0 = from the beginning)",
            description = "Items carry status, tenant, unit path, route, campaign, year, form and its level, nominee "
                    + "type, late/refused/revoked flags and the decision; no personal data.")
    public ChangePage<DossierChange> changes(PlatformPrincipal caller, @RequestParam(defaultValue = "0") long since,
            @RequestParam(defaultValue = "50") int size) {
        return feed.changes(caller, since, size);
    }
}
