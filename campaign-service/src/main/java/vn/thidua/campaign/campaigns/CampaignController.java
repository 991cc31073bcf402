package vn.thidua.campaign.campaigns;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.idempotency.IdempotentCreates;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.web.PageResponse;
import vn.thidua.shared.web.Versions;
import vn.thidua.shared.lists.ListParameters;

@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Campaigns", description = "Phong trào thi đua: kế hoạch, chỉ tiêu, đối tượng, khen thưởng, tiến độ")
public class CampaignController {

    private final Campaigns campaigns;
    private final CampaignSchedules schedules;
    private final IdempotentCreates idempotent;

    public CampaignController(Campaigns campaigns, CampaignSchedules schedules, IdempotentCreates idempotent) {
        this.campaigns = campaigns;
        this.schedules = schedules;
        this.idempotent = idempotent;
    }

    @GetMapping
    @Operation(summary = "Campaigns visible to the caller, paginated: launched ones of their scope, drafts of their own",
            description = "Items are summaries (CampaignSummary: identity, period, issuing document, standing agency, "
                    + "status, owner, version) unless view=full, which gives each item's whole plan (CampaignView). "
                    + "Ordered by plan code." + ListParameters.ANSWER)
    public PageResponse<?> list(PlatformPrincipal caller,
            @RequestParam(required = false) CampaignStatus status,
            @Parameter(description = "summary (default) or full")
            @RequestParam(defaultValue = "summary") String view,
            @Parameter(description = ListParameters.PAGE) @RequestParam(defaultValue = "0") int page,
            @Parameter(description = ListParameters.SIZE) @RequestParam(defaultValue = "20") int size,
            @Parameter(description = ListParameters.AFTER) @RequestParam(required = false) String after) {
        return switch (view.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "summary" -> campaigns.summaries(caller, status, page, size, after);
            case "full" -> campaigns.list(caller, status, page, size, after);
            default -> throw ProblemException.invalid("view", "type-mismatch", "summary | full");
        };
    }

    @GetMapping("/{id}")
    @Operation(summary = "One campaign with its whole plan; 404 when outside the caller's scope")
    public ResponseEntity<CampaignView> get(@PathVariable String id, PlatformPrincipal caller) {
        Campaign campaign = campaigns.get(id, caller);
        return ResponseEntity.ok().eTag(Versions.etag(campaign.version())).body(CampaignView.of(campaign));
    }

    @PostMapping
    @Operation(summary = "Create a draft campaign from the whole plan (targets, categories, offers, calendar "
            + "embedded); send Idempotency-Key when the client may retry")
    public ResponseEntity<CampaignView> create(@Valid @RequestBody CampaignPlan request, PlatformPrincipal caller,
            @RequestHeader(name = IdempotentCreates.HEADER, required = false) String key) {
        return idempotent.run(key, caller, "create-campaign", request, CampaignView.class, () -> {
            Campaign created = campaigns.create(request, caller);
            return ResponseEntity.created(URI.create("/api/v1/campaigns/" + created.id()))
                    .eTag(Versions.etag(created.version())).body(CampaignView.of(created));
        });
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit the plan; If-Match with the ETag read is required. The previous version is kept "
            + "(GET /{id}/versions)")
    public ResponseEntity<CampaignView> update(@PathVariable String id, @Valid @RequestBody CampaignPlan request,
            PlatformPrincipal caller, @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch) {
        long expected = Versions.requireIfMatch(ifMatch);
        Campaign updated = campaigns.update(id, expected, request, caller);
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(CampaignView.of(updated));
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Move the campaign along its lifecycle (LAUNCH, START_MID_TERM_REVIEW, START_FINAL_REVIEW, "
            + "CLOSE). If-Match is checked when sent; the move itself is guarded by the current status")
    public ResponseEntity<CampaignView> transition(@PathVariable String id,
            @Valid @RequestBody TransitionRequest request, PlatformPrincipal caller,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = IdempotentCreates.HEADER, required = false) String key) {
        Long expected = ifMatch == null ? null : Versions.requireIfMatch(ifMatch);
        return idempotent.run(key, caller, "campaign-transition:" + id, request, CampaignView.class, () -> {
            Campaign moved = campaigns.transition(id, expected, request, caller);
            return ResponseEntity.ok().eTag(Versions.etag(moved.version())).body(CampaignView.of(moved));
        });
    }

    @GetMapping("/{id}/schedule")
    @Operation(summary = "The plan's calendar resolved for a year: the steps in force with ISO deadlines and late "
            + "policy (a defaulted route where the plan has no chain), the year's intake windows and milestones, "
            + "the appraisal time limit",
            description = "The one source of calendar resolution for registrations and dossiers. Dates are days in "
                    + "Asia/Ho_Chi_Minh; a submission is late when today there is after the step's deadline; a "
                    + "defaulted step has no deadline. 400 naming `year` when it is missing or outside the plan's "
                    + "period; 404 when the campaign is outside the caller's scope.")
    public CampaignSchedule schedule(@PathVariable String id, PlatformPrincipal caller,
            @Parameter(description = "The year of the registrations or awards (năm thi đua), within the plan's period")
            @RequestParam(required = false) Integer year) {
        return schedules.forYear(id, year, caller);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "The versions of a campaign, oldest first; the last is the current one")
    public List<CampaignVersion.Summary> versions(@PathVariable String id, PlatformPrincipal caller) {
        return campaigns.versions(id, caller);
    }

    @GetMapping("/{id}/versions/{n}")
    @Operation(summary = "The campaign as it was at version n")
    public CampaignView version(@PathVariable String id, @PathVariable String n, PlatformPrincipal caller) {
        return campaigns.version(id, n, caller);
    }
}
