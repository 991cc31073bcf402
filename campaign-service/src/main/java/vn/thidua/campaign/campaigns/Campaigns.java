package vn.thidua.campaign.campaigns;

import static vn.thidua.campaign.campaigns.CampaignPolicy.POLICY;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.thidua.campaign.campaigns.CampaignPolicy.Action;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.tenancy.Scope;
import vn.thidua.shared.tenancy.ScopeQueries;
import vn.thidua.shared.web.PageResponse;
import vn.thidua.shared.web.Versions;

/** Campaign records: create, read within scope, edit with optimistic concurrency. */
@Service
public class Campaigns {

    private final MongoTemplate mongo;
    private final Clock clock;

    public Campaigns(MongoTemplate mongo) {
        this.mongo = mongo;
        this.clock = Clock.systemUTC();
        // Natural key per tenant; compound indexes start with the tenant.
        mongo.indexOps(Campaign.class).createIndex(new Index().on("tenant", Sort.Direction.ASC)
                .on("code", Sort.Direction.ASC).unique().named("tenant_code_unique"));
        mongo.indexOps(Campaign.class).createIndex(new Index().on("tenant", Sort.Direction.ASC)
                .on("unitPath", Sort.Direction.ASC).named("tenant_unitPath"));
    }

    public Campaign create(CampaignRequest request, PlatformPrincipal caller) {
        POLICY.require(caller, Action.CREATE);
        checkPeriod(request);
        if (request.level() == CampaignLevel.NATIONAL) {
            POLICY.require(caller, Action.CREATE_NATIONAL);
        }
        String tenant = caller.isNational() ? null : caller.tenant();
        String owner = caller.unitCode();
        List<String> unitPath = tenant == null || owner.equals(tenant) ? List.of(owner) : List.of(tenant, owner);
        var now = clock.instant();
        return mongo.insert(new Campaign(null, request.code(), request.name(), request.level(), request.startYear(),
                request.endYear(), CampaignStatus.DRAFT, tenant, owner, unitPath, null, caller.username(), now, now));
    }

    public Campaign get(String id, PlatformPrincipal caller) {
        POLICY.require(caller, Action.READ);
        Campaign campaign = mongo.findById(id, Campaign.class);
        if (campaign == null || !visible(campaign, caller)) {
            throw ProblemException.notFound("Campaign", id);
        }
        return campaign;
    }

    public PageResponse<CampaignView> list(PlatformPrincipal caller, int page, int size) {
        POLICY.require(caller, Action.READ);
        PageResponse.validate(page, size);
        Query query = Query.query(ScopeQueries.visibleTo(caller));
        long total = mongo.count(query, Campaign.class);
        List<CampaignView> items = mongo.find(query.with(Sort.by("code")).skip((long) page * size).limit(size),
                Campaign.class).stream().map(CampaignView::of).toList();
        return new PageResponse<>(items, page, size, total);
    }

    public Campaign update(String id, long expectedVersion, CampaignRequest request, PlatformPrincipal caller) {
        POLICY.require(caller, Action.EDIT);
        checkPeriod(request);
        Campaign current = get(id, caller);
        Versions.check(expectedVersion, current.version());
        if (!current.code().equals(request.code()) || current.level() != request.level()) {
            throw ProblemException.invalid("code", "immutable");
        }
        // save() compares the @Version field: a concurrent edit since our read fails with 412.
        return mongo.save(current.withEdits(request.name(), request.startYear(), request.endYear(), clock.instant()));
    }

    private boolean visible(Campaign campaign, PlatformPrincipal caller) {
        return campaign.tenant() == null ? caller.isNational()
                : Scope.covers(caller, campaign.tenant(), campaign.unitPath());
    }

    private static void checkPeriod(CampaignRequest request) {
        if (request.endYear() < request.startYear()) {
            throw ProblemException.invalid("endYear", "out-of-range", request.startYear(), 2100);
        }
    }

}
