package vn.thidua.registration.registrations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
import vn.thidua.registration.registrations.RegistrationPolicy.Action;
import vn.thidua.registration.sync.ChangeSequence.ChangePage;
import vn.thidua.shared.idempotency.IdempotentCreates;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.web.PageResponse;
import vn.thidua.shared.web.Versions;
import vn.thidua.shared.lists.ListParameters;

@RestController
@RequestMapping("/api/v1/registrations")
@Tag(name = "Registrations", description = "Đăng ký thi đua: cam kết chỉ tiêu, duyệt, tổng hợp theo tuyến")
public class RegistrationController {

    private final Registrations registrations;
    private final Batches batches;
    private final IdempotentCreates idempotent;
    private final MongoTemplate mongo;

    public RegistrationController(Registrations registrations, Batches batches, IdempotentCreates idempotent,
            MongoTemplate mongo) {
        this.registrations = registrations;
        this.batches = batches;
        this.idempotent = idempotent;
        this.mongo = mongo;
    }

    @GetMapping
    @Operation(summary = "Registrations visible to the caller (their scope, and what was routed to their unit), "
            + "by year and unit code; filter by campaignId, year, unitCode, status, reviewerCode",
            description = ListParameters.ANSWER)
    public PageResponse<Registration> list(PlatformPrincipal caller, @RequestParam(required = false) String campaignId,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) RegistrationStatus status,
            @RequestParam(required = false) String reviewerCode,
            @Parameter(description = ListParameters.PAGE) @RequestParam(defaultValue = "0") int page,
            @Parameter(description = ListParameters.SIZE) @RequestParam(defaultValue = "20") int size,
            @Parameter(description = ListParameters.AFTER) @RequestParam(required = false) String after) {
        return registrations.list(caller, campaignId, year, unitCode, status, reviewerCode, page, size, after);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One registration with its commitments and history; 404 outside the caller's scope")
    public ResponseEntity<Registration> get(@PathVariable String id, PlatformPrincipal caller) {
        Registration found = registrations.get(id, caller);
        return ResponseEntity.ok().eTag(Versions.etag(found.version())).body(found);
    }

    @PostMapping
    @Operation(summary = "Register a unit for a launched campaign and a year, with commitments and award forms "
            + "aimed for (a draft); send Idempotency-Key when the client may retry")
    public ResponseEntity<Registration> create(@Valid @RequestBody RegistrationRequest request,
            PlatformPrincipal caller, @RequestHeader(name = IdempotentCreates.HEADER, required = false) String key) {
        return idempotent.run(key, caller, "create-registration", request, Registration.class, () -> {
            Registration created = registrations.create(request, caller);
            return ResponseEntity.created(URI.create("/api/v1/registrations/" + created.id()))
                    .eTag(Versions.etag(created.version())).body(created);
        });
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit commitments, award forms, note while a draft or returned; If-Match required")
    public ResponseEntity<Registration> update(@PathVariable String id, @Valid @RequestBody RegistrationRequest request,
            PlatformPrincipal caller, @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch) {
        long expected = Versions.requireIfMatch(ifMatch);
        Registration updated = registrations.update(id, expected, request, caller);
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(updated);
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "SUBMIT, WITHDRAW (registering unit); APPROVE, RETURN, REJECT (reviewing unit, province "
            + "admin). If-Match required; RETURN and REJECT need a reason. A late SUBMIT is flagged or refused as "
            + "the campaign's schedule for the year says, and so is one outside every registration intake window")
    public ResponseEntity<Registration> transition(@PathVariable String id,
            @Valid @RequestBody TransitionRequest request, PlatformPrincipal caller,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = IdempotentCreates.HEADER, required = false) String key) {
        // A phone retrying the same move (same key) gets the first answer instead of a 412.
        return idempotent.run(key, caller, "registration-transition:" + id, request, Registration.class, () -> {
            long expected = Versions.requireIfMatch(ifMatch);
            Registration moved = registrations.transition(id, expected, request.action(), request.reason(), caller);
            return ResponseEntity.ok().eTag(Versions.etag(moved.version())).body(moved);
        });
    }

    @GetMapping("/changes")
    @Operation(summary = "Sync feed: registrations visible to the caller changed after the cursor `since`, in a "
            + "stable order; pass nextCursor as the next since (0 = from the beginning)")
    public ChangePage<Registration> changes(PlatformPrincipal caller, @RequestParam(defaultValue = "0") long since,
            @RequestParam(defaultValue = "50") int size) {
        return registrations.changes(caller, since, size);
    }

    @GetMapping("/aggregate")
    @Operation(summary = "Registrations of a campaign and year summed up for the caller: by status, by reviewing "
            + "unit, late, commitments per target; batches received and sent")
    public Aggregate aggregate(PlatformPrincipal caller, @RequestParam String campaignId, @RequestParam int year) {
        RegistrationPolicy.POLICY.require(caller, Action.READ);
        List<Registration> all = mongo.find(Query.query(new Criteria().andOperator(Registrations.visibleTo(caller),
                Criteria.where("campaignId").is(campaignId), Criteria.where("year").is(year))), Registration.class);
        return Aggregate.of(campaignId, year, all, batches.all(caller, campaignId, year));
    }

    @PostMapping("/batches")
    @Operation(summary = "Forward the registrations the caller's unit approved or received (not forwarded yet) as "
            + "one batch to the next step of the campaign's chain, judged against that step's deadline")
    public ResponseEntity<Batch> forward(@Valid @RequestBody BatchRequest request, PlatformPrincipal caller,
            @RequestHeader(name = IdempotentCreates.HEADER, required = false) String key) {
        return idempotent.run(key, caller, "forward-batch", request, Batch.class, () -> {
            Batch batch = batches.forward(request, caller);
            return ResponseEntity.status(201).body(batch);
        });
    }

    @GetMapping("/batches")
    @Operation(summary = "Batches the caller's unit sent or received (and, for the province, all of its tenant), "
            + "newest first", description = ListParameters.ANSWER)
    public PageResponse<Batch> batches(PlatformPrincipal caller, @RequestParam(required = false) String campaignId,
            @RequestParam(required = false) Integer year,
            @Parameter(description = ListParameters.PAGE) @RequestParam(defaultValue = "0") int page,
            @Parameter(description = ListParameters.SIZE) @RequestParam(defaultValue = "20") int size,
            @Parameter(description = ListParameters.AFTER) @RequestParam(required = false) String after) {
        return batches.list(caller, campaignId, year, page, size, after);
    }
}
