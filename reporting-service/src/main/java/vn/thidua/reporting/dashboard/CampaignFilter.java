package vn.thidua.reporting.dashboard;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thidua.reporting.readmodel.Projections;
import vn.thidua.reporting.readmodel.ReadModelStore;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.PlatformPrincipal;

/** A report's campaign filter, from the campaigns read model: another province's campaign answers 404. */
@Component
public class CampaignFilter {

    private final ReadModelStore store;

    public CampaignFilter(ReadModelStore store) {
        this.store = store;
    }

    public Dashboard.Filters filters(PlatformPrincipal caller, String campaignId, Integer year) {
        if (campaignId == null) {
            return new Dashboard.Filters(null, null, null, year);
        }
        Map<String, Object> campaign = store.document(Projections.CAMPAIGNS, campaignId);
        if (campaign == null || !ReportScope.seesCampaign(caller, (String) campaign.get("tenant"),
                (String) campaign.get("level"))) {
            throw ProblemException.notFound("campaign", campaignId);
        }
        return new Dashboard.Filters(campaignId, (String) campaign.get("code"), (String) campaign.get("name"), year);
    }
}
