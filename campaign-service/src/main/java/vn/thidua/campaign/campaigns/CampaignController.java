package vn.thidua.campaign.campaigns;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.shared.idempotency.IdempotentCreates;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.web.PageResponse;
import vn.thidua.shared.web.Versions;

@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Campaigns", description = "Phong trào thi đua")
public class CampaignController {

    private final Campaigns campaigns;
    private final IdempotentCreates idempotent;

    public CampaignController(Campaigns campaigns, IdempotentCreates idempotent) {
        this.campaigns = campaigns;
        this.idempotent = idempotent;
    }

    @GetMapping
    @Operation(summary = "Campaigns visible to the caller, paginated")
    public PageResponse<CampaignView> list(PlatformPrincipal caller,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return campaigns.list(caller, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One campaign; 404 when outside the caller's scope")
    public ResponseEntity<CampaignView> get(@PathVariable String id, PlatformPrincipal caller) {
        Campaign campaign = campaigns.get(id, caller);
        return ResponseEntity.ok().eTag(Versions.etag(campaign.version())).body(CampaignView.of(campaign));
    }

    @PostMapping
    @Operation(summary = "Create a draft campaign (send Idempotency-Key when the client may retry)")
    public ResponseEntity<CampaignView> create(@Valid @RequestBody CampaignRequest request, PlatformPrincipal caller,
            @RequestHeader(name = IdempotentCreates.HEADER, required = false) String key) {
        return idempotent.run(key, caller, "create-campaign", request, CampaignView.class, () -> {
            Campaign created = campaigns.create(request, caller);
            return ResponseEntity.created(URI.create("/api/v1/campaigns/" + created.id()))
                    .eTag(Versions.etag(created.version())).body(CampaignView.of(created));
        });
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a campaign; If-Match with the ETag read is required")
    public ResponseEntity<CampaignView> update(@PathVariable String id, @Valid @RequestBody CampaignRequest request,
            PlatformPrincipal caller, @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch) {
        long expected = Versions.requireIfMatch(ifMatch);
        Campaign updated = campaigns.update(id, expected, request, caller);
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(CampaignView.of(updated));
    }
}
