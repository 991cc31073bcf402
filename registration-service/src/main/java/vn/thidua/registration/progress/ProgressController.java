package vn.thidua.registration.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.shared.sync.ChangePage;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.idempotency.IdempotentCreates;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.web.PageResponse;
import vn.thidua.shared.web.Versions;
import vn.thidua.shared.lists.ListParameters;

@RestController
@RequestMapping("/api/v1/progress")
@Tag(name = "Progress", description = "Kết quả thực hiện chỉ tiêu theo thời gian, minh chứng, giá trị hiện tại")
public class ProgressController {

    private final Progress progress;
    private final ProgressDecisions decisions;
    private final IdempotentCreates idempotent;

    public ProgressController(Progress progress, ProgressDecisions decisions, IdempotentCreates idempotent) {
        this.progress = progress;
        this.decisions = decisions;
        this.idempotent = idempotent;
    }

    @PostMapping("/{id}/confirmation")
    @Operation(summary = "The level above confirms or rejects a declared value (xác nhận): {decision: CONFIRM | "
            + "REJECT, source?, note (required to reject)}; only a unit above the value's unit in the same province, "
            + "never the declaring unit or person; If-Match required (428 without, 412 when the value changed)")
    public ResponseEntity<ProgressRecord> decide(@PathVariable String id,
            @Valid @RequestBody ConfirmationRequest request, PlatformPrincipal caller,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = IdempotentCreates.HEADER, required = false) String key) {
        // A retry of the same decision (same key) gets the first answer instead of a 412.
        return idempotent.run(key, caller, "progress-confirmation:" + id, request, ProgressRecord.class, () -> {
            long expected = Versions.requireIfMatch(ifMatch);
            ProgressRecord decided = decisions.decide(id, request, expected, caller);
            return ResponseEntity.ok().eTag(Versions.etag(decided.version())).body(decided);
        });
    }

    @PostMapping("/{id}/corrections")
    @Operation(summary = "Correct a value (đính chính): {value, reason}; the value it replaces stays in `history` "
            + "with who declared it and who replaced it; the corrected value waits for confirmation again unless "
            + "the level above corrects it; If-Match required")
    public ResponseEntity<ProgressRecord> correct(@PathVariable String id,
            @Valid @RequestBody CorrectionRequest request, PlatformPrincipal caller,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = IdempotentCreates.HEADER, required = false) String key) {
        return idempotent.run(key, caller, "progress-correction:" + id, request, ProgressRecord.class, () -> {
            long expected = Versions.requireIfMatch(ifMatch);
            ProgressRecord corrected = decisions.correct(id, request, expected, caller);
            return ResponseEntity.ok().eTag(Versions.etag(corrected.version())).body(corrected);
        });
    }

    @PostMapping
    @Operation(summary = "Record a result of a unit for an indicator on a day (status flags: value 1 = met, 0 = not "
            + "met, unitOfMeasure FLAG); send Idempotency-Key when the client may retry")
    public ResponseEntity<ProgressRecord> create(@Valid @RequestBody ProgressRequest request, PlatformPrincipal caller,
            @RequestHeader(name = IdempotentCreates.HEADER, required = false) String key) {
        return idempotent.run(key, caller, "create-progress", request, ProgressRecord.class, () -> {
            ProgressRecord created = progress.create(request, caller);
            return ResponseEntity.created(URI.create("/api/v1/progress/" + created.id()))
                    .eTag(Versions.etag(created.version())).body(created);
        });
    }

    @GetMapping
    @Operation(summary = "Time series: results visible to the caller, by measuredOn, paginated; filter by unitCode, "
            + "indicator, campaignId, from, to", description = ListParameters.ANSWER)
    public PageResponse<ProgressRecord> series(PlatformPrincipal caller,
            @RequestParam(required = false) String unitCode, @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String campaignId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
@Parameter(description = ListParameters.PAGE) @RequestParam(defaultValue = "0") int page,
            @Parameter(description = ListParameters.SIZE) @RequestParam(defaultValue = "20") int size,
            @Parameter(description = ListParameters.AFTER) @RequestParam(required = false) String after) {
        return progress.series(caller, unitCode, indicator, campaignId, from, to, page, size, after);
    }

    @GetMapping("/current")
    @Operation(summary = "The latest value of each indicator of a unit measured on or before asOf (default today); "
            + "404 when the unit is not visible, empty list when nothing is recorded")
    public CurrentValues.Current current(PlatformPrincipal caller, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return progress.current(caller, unitCode, asOf);
    }

    @GetMapping("/changes")
    @Operation(summary = "Sync feed: results visible to the caller changed after the cursor `since`, in a stable "
            + "order; pass nextCursor as the next since")
    public ChangePage<ProgressRecord> changes(PlatformPrincipal caller, @RequestParam(defaultValue = "0") long since,
            @RequestParam(defaultValue = "50") int size) {
        return progress.changes(caller, since, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One result with its evidence list; 404 outside the caller's scope")
    public ResponseEntity<ProgressRecord> get(@PathVariable String id, PlatformPrincipal caller) {
        ProgressRecord found = progress.get(id, caller);
        return ResponseEntity.ok().eTag(Versions.etag(found.version())).body(found);
    }

    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach an evidence file (multipart part `file`; PDF, JPEG, PNG, DOCX, XLSX; at most "
            + "10 MB); its SHA-256 is stored and returned")
    public ResponseEntity<ProgressRecord.Evidence> attach(@PathVariable String id,
            @RequestPart(name = "file", required = false) MultipartFile file, PlatformPrincipal caller,
            @RequestHeader(name = IdempotentCreates.HEADER, required = false) String key) {
        if (file == null) {
            throw ProblemException.invalid("file", "required");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sha256 = Progress.sha256(content);
        record Upload(String fileName, String contentType, String sha256) {
        }
        return idempotent.run(key, caller, "attach-evidence:" + id,
                new Upload(file.getOriginalFilename(), file.getContentType(), sha256), ProgressRecord.Evidence.class,
                () -> {
                    ProgressRecord.Evidence evidence = progress.attach(id, file.getOriginalFilename(),
                            file.getContentType(), content, caller);
                    return ResponseEntity.created(URI.create("/api/v1/progress/" + id + "/evidence/" + evidence.id()))
                            .body(evidence);
                });
    }

    @GetMapping("/{id}/evidence/{evidenceId}")
    @Operation(summary = "Download an evidence file")
    public ResponseEntity<InputStreamResource> download(@PathVariable String id, @PathVariable String evidenceId,
            PlatformPrincipal caller) throws IOException {
        Progress.Download download = progress.download(id, evidenceId, caller);
        ProgressRecord.Evidence evidence = download.evidence();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(evidence.contentType()))
                .contentLength(evidence.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(evidence.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", evidence.sha256())
                .eTag("\"" + evidence.sha256() + "\"")
                .body(new InputStreamResource(download.resource().getInputStream()));
    }
}
