package vn.thidua.award.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import vn.thidua.award.audit.AuditChain.Verification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.lists.ListParameters;
import vn.thidua.shared.web.PageResponse;

/** Read-only access to the audit trail for inspectors (đoàn kiểm tra) and administrators. No writes here. */
@RestController
@RequestMapping("/api/v1/audit")
public class AuditController {

    private final AuditTrail trail;

    public AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * Records oldest first. {@code tenant}: a province code or {@code national}; a province's readers always get
     * their own. {@code from}/{@code to}: ISO instants ({@code 2026-01-05T00:00:00Z}) or days ({@code 2026-01-05},
     * UTC, {@code to} inclusive).
     */
    @GetMapping
    @Operation(summary = "Audit records, oldest first (inspectors, national admin, province admin of the tenant)",
            description = ListParameters.ANSWER)
    public PageResponse<AuditRecord> list(@RequestParam(required = false) String subjectId,
            @RequestParam(required = false) String tenant, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @Parameter(description = ListParameters.PAGE) @RequestParam(defaultValue = "0") int page,
            @Parameter(description = ListParameters.SIZE) @RequestParam(defaultValue = "20") int size,
            @Parameter(description = ListParameters.AFTER) @RequestParam(required = false) String after) {
        PlatformPrincipal caller = CurrentUser.require();
        PageResponse.validate(page, size);
        Instant fromInstant = instant("from", from, false);
        Instant toInstant = instant("to", to, true);
        return trail.list(AuditAccess.chainFilterFor(caller, tenant), subjectId, fromInstant, toInstant, page, size,
                after);
    }

    /** Re-computes every hash of one chain and compares its end with the head. */
    @GetMapping("/verify")
    @Operation(summary = "Verify one chain's hashes end to end: valid, or the first broken sequence and why")
    public Verification verify(@RequestParam(required = false) String tenant) {
        return trail.verify(AuditAccess.chainFor(CurrentUser.require(), tenant));
    }

    /**
     * One record: {@code /api/v1/audit/17?tenant=12}, or by its id {@code /api/v1/audit/12:17} (the chain in the
     * id wins over {@code tenant}).
     */
    @GetMapping("/{sequence}")
    @Operation(summary = "One audit record by sequence (?tenant=) or by id chain:sequence")
    public AuditRecord one(@PathVariable String sequence, @RequestParam(required = false) String tenant) {
        int colon = sequence.lastIndexOf(':');
        String requested = colon < 0 ? tenant : sequence.substring(0, colon);
        String chain = AuditAccess.chainFor(CurrentUser.require(), requested);
        long number;
        try {
            number = Long.parseLong(sequence.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("sequence", "type-mismatch", "integer");
        }
        return trail.find(chain, number)
                .orElseThrow(() -> ProblemException.notFound("audit record", chain + ":" + number));
    }

    private static Instant instant(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "audit-time");
        }
    }
}
