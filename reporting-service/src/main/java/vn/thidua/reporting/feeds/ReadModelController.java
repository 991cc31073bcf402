package vn.thidua.reporting.feeds;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;

/**
 * The read models' state and their full rebuild: national board only (they span every province). A rebuild
 * drops every counter and kept copy and reads every feed again from the start; reports say "not complete" until
 * each feed has been read to its end again.
 */
@RestController
@RequestMapping("/api/v1/reports/read-models")
@Tag(name = "Reports", description = "Báo cáo")
public class ReadModelController {

    private final Followers followers;

    public ReadModelController(Followers followers) {
        this.followers = followers;
    }

    @GetMapping
    @Operation(summary = "Freshness of the read models: per feed its cursor, newest change, last read to its end, "
            + "lag and last error (national board)")
    public Freshness state(PlatformPrincipal caller) {
        if (!caller.isNational()) {
            throw ProblemException.forbidden("forbidden");
        }
        return Freshness.of(followers.positions(), followers.settleLag(), Instant.now());
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Rebuild every read model from the feeds (national-admin): drops them and reads every "
            + "feed again from the start")
    public ResponseEntity<Freshness> rebuild(PlatformPrincipal caller) {
        if (!caller.isNational() || !caller.has(PlatformRole.NATIONAL_ADMIN)) {
            throw ProblemException.forbidden("forbidden");
        }
        followers.rebuild();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(Freshness.of(followers.positions(), followers.settleLag(), Instant.now()));
    }
}
