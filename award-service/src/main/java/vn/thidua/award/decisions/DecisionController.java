package vn.thidua.award.decisions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.shared.idempotency.IdempotentCreates;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.lists.ListParameters;
import vn.thidua.shared.web.PageResponse;
import vn.thidua.shared.web.Versions;

@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "Decisions", description = "Quyết định khen thưởng: ban hành, công khai")
public class DecisionController {

    private final Decisions decisions;
    private final IdempotentCreates idempotent;

    public DecisionController(Decisions decisions, IdempotentCreates idempotent) {
        this.decisions = decisions;
        this.idempotent = idempotent;
    }

    @GetMapping
    @Operation(summary = "Decisions visible to the caller, newest first", description = ListParameters.ANSWER)
    public PageResponse<Decision> list(PlatformPrincipal caller,
            @Parameter(description = ListParameters.PAGE) @RequestParam(defaultValue = "0") int page,
            @Parameter(description = ListParameters.SIZE) @RequestParam(defaultValue = "20") int size,
            @Parameter(description = ListParameters.AFTER) @RequestParam(required = false) String after) {
        return decisions.list(caller, page, size, after);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One decision with its awardees and prize money")
    public ResponseEntity<Decision> get(@PathVariable String id, PlatformPrincipal caller) {
        Decision decision = decisions.get(id, caller);
        return ResponseEntity.ok().eTag(Versions.etag(decision.version)).body(decision);
    }

    @PostMapping
    @Operation(summary = "Issue a decision for approved dossiers, signed by the signed-in decision-signer of the "
            + "issuing body who prepared none of them (403 naming the rule otherwise; the national board records a "
            + "state decision with its signerName): rule and competence checks re-run, prize money computed; the "
            + "number is unique per issuing body and year (409); Idempotency-Key honoured")
    public ResponseEntity<Decision> issue(@Valid @RequestBody DecisionRequest request, PlatformPrincipal caller,
            @RequestHeader(name = IdempotentCreates.HEADER, required = false) String key) {
        return idempotent.run(key, caller, "issue-decision", request, Decision.class, () -> {
            Decision issued = decisions.issue(request, caller);
            return ResponseEntity.created(URI.create("/api/v1/decisions/" + issued.id))
                    .eTag(Versions.etag(issued.version)).body(issued);
        });
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Publish the decision (công khai) by its issuing body, never by whoever prepared one of its "
            + "dossiers: its dossiers become PUBLISHED and go on the award history")
    public ResponseEntity<Decision> publish(@PathVariable String id, PlatformPrincipal caller) {
        Decision published = decisions.publish(id, caller);
        return ResponseEntity.ok().eTag(Versions.etag(published.version)).body(published);
    }
}
