package vn.thidua.registration.units;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.sync.ChangePage;

/** The units and successions change feeds ({@link UnitFeed}). */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units")
public class UnitFeedController {

    private final UnitFeed feed;

    public UnitFeedController(UnitFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/changes")
    @Operation(summary = "Change feed: units (official periods and registered units) in the caller's scope changed "
            + "after the cursor `since`, in sequence order; pass nextCursor as the next since (0 = from the "
            + "beginning)")
    public ChangePage<UnitChange> units(PlatformPrincipal caller, @RequestParam(defaultValue = "0") long since,
            @RequestParam(defaultValue = "50") int size) {
        return feed.units(caller, since, size);
    }

    @GetMapping("/successions/changes")
    @Operation(summary = "Change feed: succession links between units (the official conversion table, readable by "
            + "every role) changed after the cursor `since`, in sequence order")
    public ChangePage<SuccessionChange> successions(PlatformPrincipal caller,
            @RequestParam(defaultValue = "0") long since, @RequestParam(defaultValue = "50") int size) {
        return feed.successions(since, size);
    }
}
