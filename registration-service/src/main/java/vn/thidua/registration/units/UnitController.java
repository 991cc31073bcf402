package vn.thidua.registration.units;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.thidua.shared.lists.ListParameters;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "Đơn vị: administrative units (provinces, districts until 30/6/2025, communes) "
        + "with validity dates and the successions of the 1 July 2025 reform, and units registered by users "
        + "(agencies, mass organisations, villages, enterprises, cooperatives). Dates are ISO days, validity "
        + "periods inclusive at both ends; asOf defaults to today in Vietnam.")
public class UnitController {

    private final UnitRegistry registry;
    private final RegisteredUnits registered;
    private final IdempotentCreates idempotent;

    public UnitController(UnitRegistry registry, RegisteredUnits registered, IdempotentCreates idempotent) {
        this.registry = registry;
        this.registered = registered;
        this.idempotent = idempotent;
    }

    @GetMapping
    @Operation(summary = "Search units by name, ignoring accents and case, paginated",
            description = "Matches at the start of any word of the name: 'quang tri', 'Quảng Trị' and 'tri' find "
                    + "Tỉnh Quảng Trị; đ/Đ match d. Without asOf, every period is searched (historic units "
                    + "included); with asOf, only units valid that day. Official units for everyone; registered "
                    + "units inside the caller's tenant. By folded name, code and period." + ListParameters.ANSWER)
    public PageResponse<UnitView> search(PlatformPrincipal caller,
            @Parameter(description = "Name or part of it (from the start of a word), at most 100 characters")
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Level level,
            @Parameter(description = "Only units valid on this day (yyyy-MM-dd)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = "Only units of this tenant (current 2-digit province code; historic units "
                    + "belong to the province that absorbed theirs)")
            @RequestParam(required = false) String province,
            @Parameter(description = ListParameters.PAGE) @RequestParam(defaultValue = "0") int page,
            @Parameter(description = ListParameters.SIZE) @RequestParam(defaultValue = "20") int size,
            @Parameter(description = ListParameters.AFTER) @RequestParam(required = false) String after) {
        return registry.search(q, level, asOf, province, page, size, after, caller);
    }

    @GetMapping("/{code}")
    @Operation(summary = "A unit by code as of a day; 404 when no unit with that code is valid that day",
            description = "Code 44 is Quảng Bình until 2025-06-30 and Quảng Trị from 2025-07-01. Registered "
                    + "units answer an ETag (their version) for If-Match.")
    public ResponseEntity<UnitView> get(@PathVariable String code, PlatformPrincipal caller,
            @Parameter(description = "Day (yyyy-MM-dd), default today")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Unit unit = registry.get(code, asOf, caller);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (unit.version() != null) {
            ok.eTag(Versions.etag(unit.version()));
        }
        return ok.body(UnitView.of(unit, UnitRegistry.day(asOf)));
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "Units directly under a unit as of a day, paginated",
            description = "A province's districts (until 2025-06-30) or communes (from 2025-07-01), a "
                    + "district's communes, a commune's villages; plus registered units the caller may read. By level "
                    + "and code." + ListParameters.ANSWER)
    public PageResponse<UnitView> children(@PathVariable String code, PlatformPrincipal caller,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Level level,
            @Parameter(description = ListParameters.PAGE) @RequestParam(defaultValue = "0") int page,
            @Parameter(description = ListParameters.SIZE) @RequestParam(defaultValue = "20") int size,
            @Parameter(description = ListParameters.AFTER) @RequestParam(required = false) String after) {
        return registry.children(code, asOf, level, page, size, after, caller);
    }

    @GetMapping("/{code}/ancestors")
    @Operation(summary = "The units above a unit as of a day, province first (province ← district ← commune)")
    public List<UnitView> ancestors(@PathVariable String code, PlatformPrincipal caller,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return registry.ancestors(code, asOf, caller);
    }

    @GetMapping("/{code}/successors")
    @Operation(summary = "What the unit became: successors with the kind of change and its effective date")
    public List<SuccessionView> successors(@PathVariable String code, PlatformPrincipal caller) {
        return registry.successors(code, caller);
    }

    @GetMapping("/{code}/predecessors")
    @Operation(summary = "What the unit was formed from: predecessors with the kind of change and its date")
    public List<SuccessionView> predecessors(@PathVariable String code, PlatformPrincipal caller) {
        return registry.predecessors(code, caller);
    }

    @GetMapping("/{code}/current")
    @Operation(summary = "Resolve a (historic) unit to the unit(s) in force today, following successions",
            description = "Bến Tre (83) → Vĩnh Long (86); with asOf=2025-01-01, code 44 (Quảng Bình) → Quảng Trị "
                    + "(44). An old commune split by part merges resolves to each of its successors "
                    + "(partial = true). Without asOf, the latest version of the code is resolved.")
    public CurrentView current(@PathVariable String code, PlatformPrincipal caller,
            @Parameter(description = "Which version of the code to start from (a day it was valid)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return registry.current(code, asOf, caller);
    }

    @PostMapping
    @Operation(summary = "Register a unit (agency, organisation, village, enterprise, cooperative) in scope",
            description = "Send Idempotency-Key when the client may retry. province-admin: any kind in the "
                    + "tenant; commune-officer: villages of their commune; district-officer: villages of the "
                    + "district's communes; national-admin: anywhere. A parent outside the caller's scope is 404.")
    public ResponseEntity<UnitView> create(@Valid @RequestBody UnitRequest request, PlatformPrincipal caller,
            @RequestHeader(name = IdempotentCreates.HEADER, required = false) String key) {
        return idempotent.run(key, caller, "create-unit", request, UnitView.class, () -> {
            Unit created = registered.create(request, caller);
            return ResponseEntity.created(URI.create("/api/v1/units/" + created.code()))
                    .eTag(Versions.etag(created.version()))
                    .body(UnitView.of(created, created.validFrom()));
        });
    }

    @PutMapping("/{code}")
    @Operation(summary = "Edit a registered unit; If-Match with the ETag read is required",
            description = "A new name is added to the name history from nameValidFrom (default today); code, "
                    + "level and parent cannot change. Official units are read-only (403).")
    public ResponseEntity<UnitView> update(@PathVariable String code, @Valid @RequestBody UnitRequest request,
            PlatformPrincipal caller, @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch) {
        long expected = Versions.requireIfMatch(ifMatch);
        Unit updated = registered.update(code, expected, request, caller);
        String today = UnitRegistry.today().toString();
        return ResponseEntity.ok().eTag(Versions.etag(updated.version()))
                .body(UnitView.of(updated, updated.validOn(today) ? today : updated.validFrom()));
    }
}
