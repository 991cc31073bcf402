package vn.thidua.campaign.catalogue;

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
import vn.thidua.shared.web.PageResponse;
import vn.thidua.shared.web.Versions;
import vn.thidua.shared.lists.ListParameters;

@RestController
@RequestMapping("/api/v1/award-catalogue")
@Tag(name = "Award catalogue", description = "Hình thức khen thưởng và danh hiệu thi đua (Luật 06/2022/QH15)")
public class AwardCatalogueController {

    private final AwardCatalogue catalogue;
    private final IdempotentCreates idempotent;

    public AwardCatalogueController(AwardCatalogue catalogue, IdempotentCreates idempotent) {
        this.catalogue = catalogue;
        this.idempotent = idempotent;
    }

    @GetMapping
    @Operation(summary = "Forms and titles: the law's for everyone, plus the caller's province's additions",
            description = "By code." + ListParameters.ANSWER)
    public PageResponse<AwardForm> list(PlatformPrincipal caller,
            @RequestParam(required = false) AwardForm.EntryKind kind,
            @RequestParam(required = false) AwardForm.AwardLevel level,
            @Parameter(description = ListParameters.PAGE) @RequestParam(defaultValue = "0") int page,
            @Parameter(description = ListParameters.SIZE) @RequestParam(defaultValue = "20") int size,
            @Parameter(description = ListParameters.AFTER) @RequestParam(required = false) String after) {
        return catalogue.list(caller, kind, level, page, size, after);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One entry; a province's addition is 404 outside that province")
    public ResponseEntity<AwardForm> get(@PathVariable String id, PlatformPrincipal caller) {
        AwardForm form = catalogue.get(id, caller);
        return ResponseEntity.ok().eTag(Versions.etag(form.version())).body(form);
    }

    @PostMapping
    @Operation(summary = "A province's addition to the catalogue (province admin); send Idempotency-Key on retries")
    public ResponseEntity<AwardForm> add(@Valid @RequestBody AwardFormRequest request, PlatformPrincipal caller,
            @RequestHeader(name = IdempotentCreates.HEADER, required = false) String key) {
        return idempotent.run(key, caller, "add-award-form", request, AwardForm.class, () -> {
            AwardForm created = catalogue.add(request, caller);
            return ResponseEntity.created(URI.create("/api/v1/award-catalogue/" + created.id()))
                    .eTag(Versions.etag(created.version())).body(created);
        });
    }
}
