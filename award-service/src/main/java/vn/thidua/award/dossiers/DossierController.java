package vn.thidua.award.dossiers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.award.attachments.AttachmentStore;
import vn.thidua.award.attachments.StoredAttachment;
import vn.thidua.award.checks.Finding;
import vn.thidua.award.dossiers.ActionRequests.CouncilRequest;
import vn.thidua.award.dossiers.ActionRequests.ForwardingRequest;
import vn.thidua.award.dossiers.ActionRequests.RevocationRequest;
import vn.thidua.award.dossiers.ActionRequests.TransitionRequest;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.lists.ListParameters;
import vn.thidua.shared.idempotency.IdempotentCreates;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.web.PageResponse;
import vn.thidua.shared.web.Versions;

@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Dossiers", description = "Hồ sơ đề nghị khen thưởng: lập, trình, xét theo tuyến, kiểm tra điều kiện")
public class DossierController {

    private final Dossiers dossiers;
    private final IdempotentCreates idempotent;
    private final AttachmentStore attachments;
    private final BatchForwarding batches;
    private final DossierViews views;

    DossierController(Dossiers dossiers, IdempotentCreates idempotent, AttachmentStore attachments,
            BatchForwarding batches, DossierViews views) {
        this.views = views;
        this.batches = batches;
        this.dossiers = dossiers;
        this.idempotent = idempotent;
        this.attachments = attachments;
    }

    @GetMapping
    @Operation(summary = "Dossiers visible to the caller (their subtree, their stops on routes, the province), "
            + "most recently updated first", description = ListParameters.ANSWER)
    public PageResponse<DossierView> list(PlatformPrincipal caller, @RequestParam(required = false) DossierStatus status,
            @RequestParam(required = false) String campaignId, @RequestParam(required = false) String holderUnitCode,
            @Parameter(description = ListParameters.PAGE) @RequestParam(defaultValue = "0") int page,
            @Parameter(description = ListParameters.SIZE) @RequestParam(defaultValue = "20") int size,
            @Parameter(description = ListParameters.AFTER) @RequestParam(required = false) String after) {
        PageResponse<Dossier> found = dossiers.list(caller, status, campaignId, holderUnitCode, page, size, after);
        return found.withItems(found.items().stream().map(DossierView::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One dossier with its route, rule snapshot, findings and transitions; 404 outside scope. "
            + "The nominee's citizen id, birth date and address in full only for the proposing unit, Sở Nội vụ, "
            + "appraisers and the deciding signer (each such read is audited as PERSONAL_DATA_READ); masked "
            + "(nominee.masked: true) here for everyone else and in every other answer")
    public ResponseEntity<DossierView> get(@PathVariable String id, PlatformPrincipal caller) {
        Dossier dossier = dossiers.get(id, caller);
        return ResponseEntity.ok().eTag(Versions.etag(dossier.version)).body(views.forReader(dossier, caller));
    }

    @PostMapping
    @Operation(summary = "Create a draft dossier for the caller's unit; send Idempotency-Key so a retry gives one dossier")
    public ResponseEntity<DossierView> create(@Valid @RequestBody DossierRequest request, PlatformPrincipal caller,
            @RequestHeader(name = IdempotentCreates.HEADER, required = false) String key) {
        return idempotent.run(key, caller, "create-dossier", request, DossierView.class, () -> {
            Dossier created = dossiers.create(request, caller);
            return ResponseEntity.created(URI.create("/api/v1/dossiers/" + created.id))
                    .eTag(Versions.etag(created.version)).body(DossierView.of(created));
        });
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a draft or returned dossier; If-Match required (428 without, 412 when stale)")
    public ResponseEntity<DossierView> update(@PathVariable String id, @Valid @RequestBody DossierRequest request,
            PlatformPrincipal caller, @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch) {
        long expected = Versions.requireIfMatch(ifMatch);
        Dossier updated = dossiers.update(id, expected, request, caller);
        return ResponseEntity.ok().eTag(Versions.etag(updated.version)).body(DossierView.of(updated));
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Move the dossier: SUBMIT, FORWARD, RETURN, REJECT, DECIDE (within the level's competence), "
            + "APPRAISE; for a STATE form after the province's council, PROPOSE with the submission (tờ trình: number, "
            + "signedOn, signerName) by the province, then APPRAISE / RETURN / REJECT by the national board. If-Match "
            + "required; RETURN/REJECT need a reason; failing rule checks answer 422 with findings")
    public ResponseEntity<DossierView> transition(@PathVariable String id, @Valid @RequestBody TransitionRequest request,
            PlatformPrincipal caller, @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch) {
        long expected = Versions.requireIfMatch(ifMatch);
        Dossier moved = dossiers.transition(id, expected, request, caller);
        return ResponseEntity.ok().eTag(Versions.etag(moved.version)).body(DossierView.of(moved));
    }

    @GetMapping("/{id}/checks")
    @Operation(summary = "Re-run the rule checks now and explain each finding (nothing is reserved or changed)")
    public List<Finding> checks(@PathVariable String id, PlatformPrincipal caller) {
        return dossiers.checks(id, caller);
    }

    @PostMapping("/{id}/council-result")
    @Operation(summary = "Record the council's vote (appraiser): for, against, abstain, secret ballot; If-Match required")
    public ResponseEntity<DossierView> council(@PathVariable String id, @Valid @RequestBody CouncilRequest request,
            PlatformPrincipal caller, @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch) {
        long expected = Versions.requireIfMatch(ifMatch);
        Dossier moved = dossiers.council(id, expected, request, caller);
        return ResponseEntity.ok().eTag(Versions.etag(moved.version)).body(DossierView.of(moved));
    }

    @PostMapping("/{id}/revocation")
    @Operation(summary = "Revoke an awarded dossier with reason and legal basis (province-admin, decision-signer); "
            + "If-Match required")
    public ResponseEntity<DossierView> revoke(@PathVariable String id, @Valid @RequestBody RevocationRequest request,
            PlatformPrincipal caller, @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch) {
        long expected = Versions.requireIfMatch(ifMatch);
        Dossier moved = dossiers.revoke(id, expected, request, caller);
        return ResponseEntity.ok().eTag(Versions.etag(moved.version)).body(DossierView.of(moved));
    }

    @PostMapping("/forwardings")
    @Operation(summary = "Forward a list of dossiers in one action: all or nothing, with a per-dossier error list")
    public Map<String, Object> forward(@Valid @RequestBody ForwardingRequest request, PlatformPrincipal caller) {
        List<Dossier> forwarded = batches.forwardAll(request, caller);
        return Map.of("forwarded", forwarded.stream().map(d -> Map.of("id", d.id, "status", d.status,
                "holderUnitCode", d.holderUnitCode, "version", d.version, "late", d.late)).toList());
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file (tờ trình, báo cáo thành tích, biên bản …): size and type limited, SHA-256")
    public ResponseEntity<StoredAttachment> attach(@PathVariable String id, @RequestPart("file") MultipartFile file,
            PlatformPrincipal caller) {
        Dossier dossier = dossiers.get(id, caller);
        DossierAccess.requireAttachmentWriter(dossier, caller);
        StoredAttachment stored = attachments.store("DOSSIER", dossier.id, dossier.tenant, file);
        Dossier updated = dossiers.addAttachment(dossier.id, stored);
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id + "/attachments/" + stored.id()))
                .eTag(Versions.etag(updated.version)).body(stored);
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    @Operation(summary = "Download an attachment of a dossier in scope")
    public ResponseEntity<Resource> attachment(@PathVariable String id, @PathVariable String attachmentId,
            PlatformPrincipal caller) {
        Dossier dossier = dossiers.get(id, caller);
        StoredAttachment described = dossier.attachments.stream().filter(a -> a.id().equals(attachmentId))
                .findFirst().orElseThrow(() -> ProblemException.notFound("attachment", attachmentId));
        Resource file = attachments.open(described.id());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(described.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(described.fileName(),
                                java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("Digest", "sha-256=" + described.sha256())
                .body(file);
    }
}
