package vn.thidua.registration.targets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.shared.security.PlatformPrincipal;

@RestController
@Tag(name = "Progress", description = "Kết quả thực hiện: tiến độ đạt chỉ tiêu tính từ chuỗi số liệu")
public class TargetProgressController {

    private final TargetProgressService targets;

    public TargetProgressController(TargetProgressService targets) {
        this.targets = targets;
    }

    @GetMapping("/api/v1/progress/targets")
    @Operation(summary = "A unit's progress towards each target of a campaign as of a day (default today): current "
            + "value by the target's method, baseline and reference year, target and horizon, attainment, the "
            + "yearly path against the plan, the registered commitment of the year; each quotes the values and "
            + "dates used. 404 outside the caller's scope; 400 naming campaignId, unitCode, asOf")
    public TargetProgressService.Answer progress(PlatformPrincipal caller,
            @RequestParam(required = false) String campaignId, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return targets.progress(caller, campaignId, unitCode, asOf);
    }
}
