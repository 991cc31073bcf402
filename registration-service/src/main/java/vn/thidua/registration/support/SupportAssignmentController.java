package vn.thidua.registration.support;

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
import vn.thidua.registration.sync.ChangeSequence.ChangePage;
import vn.thidua.shared.idempotency.IdempotentCreates;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.web.PageResponse;
import vn.thidua.shared.web.Versions;
import vn.thidua.shared.lists.ListParameters;

@RestController
@RequestMapping("/api/v1/support-assignments")
@Tag(name = "Support assignments", description = "Đăng ký hỗ trợ xã, thôn bản có địa chỉ cụ thể")
public class SupportAssignmentController {

    private final SupportAssignments assignments;
    private final IdempotentCreates idempotent;

    public SupportAssignmentController(SupportAssignments assignments, IdempotentCreates idempotent) {
        this.assignments = assignments;
        this.idempotent = idempotent;
    }

    @PostMapping
    @Operation(summary = "A department or agency registers to support a commune or village in a campaign "
            + "(optionally for some years); send Idempotency-Key when the client may retry")
    public ResponseEntity<SupportAssignment> create(@Valid @RequestBody SupportRequest request,
            PlatformPrincipal caller, @RequestHeader(name = IdempotentCreates.HEADER, required = false) String key) {
        return idempotent.run(key, caller, "create-support-assignment", request, SupportAssignment.class, () -> {
            SupportAssignment created = assignments.create(request, caller);
            return ResponseEntity.created(URI.create("/api/v1/support-assignments/" + created.id()))
                    .eTag(Versions.etag(created.version())).body(created);
        });
    }

    @GetMapping
    @Operation(summary = "Support assignments visible to the caller (either side in scope), paginated; filter by "
            + "supporterUnitCode, supportedUnitCode, campaignId", description = ListParameters.ANSWER)
    public PageResponse<SupportAssignment> list(PlatformPrincipal caller,
            @RequestParam(required = false) String supporterUnitCode,
            @RequestParam(required = false) String supportedUnitCode,
            @RequestParam(required = false) String campaignId,
@Parameter(description = ListParameters.PAGE) @RequestParam(defaultValue = "0") int page,
            @Parameter(description = ListParameters.SIZE) @RequestParam(defaultValue = "20") int size,
            @Parameter(description = ListParameters.AFTER) @RequestParam(required = false) String after) {
        return assignments.list(caller, supporterUnitCode, supportedUnitCode, campaignId, page, size, after);
    }

    @GetMapping("/changes")
    @Operation(summary = "Sync feed of support assignments changed after the cursor `since`")
    public ChangePage<SupportAssignment> changes(PlatformPrincipal caller, @RequestParam(defaultValue = "0") long since,
            @RequestParam(defaultValue = "50") int size) {
        return assignments.changes(caller, since, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One support assignment; 404 outside the caller's scope")
    public ResponseEntity<SupportAssignment> get(@PathVariable String id, PlatformPrincipal caller) {
        SupportAssignment found = assignments.get(id, caller);
        return ResponseEntity.ok().eTag(Versions.etag(found.version())).body(found);
    }
}
