package vn.thidua.campaign.lowerplans;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.shared.security.PlatformPrincipal;

@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Campaigns")
public class LowerPlansController {

    private final LowerPlans lowerPlans;

    public LowerPlansController(LowerPlans lowerPlans) {
        this.lowerPlans = lowerPlans;
    }

    @GetMapping("/{id}/lower-plans")
    @Operation(summary = "Lower units' own plans against the plan's LOWER_PLANS_DUE milestones: each expected unit "
            + "ISSUED, LATE or PENDING, with counts",
            description = "The expected units are the milestone's expectedFrom: unit codes, or every unit of a level "
                    + "(DISTRICT, COMMUNE, AGENCY, MASS_ORGANISATION) under the plan's owner in the unit registry as "
                    + "of the due date. A unit has issued when a launched plan it owns names this one as "
                    + "parentCampaignId; its date is the issuing document's date (else the launch day). LATE: issued "
                    + "after the date, or not issued and today (Asia/Ho_Chi_Minh) is after it. 404 when the campaign "
                    + "is outside the caller's scope; 503 when the registry cannot answer.")
    public LowerPlansView lowerPlans(@PathVariable String id, PlatformPrincipal caller) {
        return lowerPlans.of(id, caller);
    }
}
