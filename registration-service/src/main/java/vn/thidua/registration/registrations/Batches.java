package vn.thidua.registration.registrations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.thidua.registration.campaigns.CampaignApi.CampaignRecord;
import vn.thidua.registration.campaigns.Campaigns;
import vn.thidua.registration.campaigns.Schedule;
import vn.thidua.registration.registrations.RegistrationPolicy.Action;
import vn.thidua.registration.sync.ChangeSequence;
import vn.thidua.registration.units.Unit;
import vn.thidua.registration.units.UnitRegistry;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.tenancy.ScopeQueries;
import vn.thidua.shared.web.PageResponse;
import vn.thidua.shared.lists.BoundedLists;
import vn.thidua.shared.lists.ListIndexes;

/**
 * Forwarding upward as batches: a reviewing unit sends every registration it approved, and every one it received
 * in a batch, that it has not forwarded yet, to the recipient of its own step of the chain.
 */
@Service
public class Batches {

    private final MongoTemplate mongo;
    private final Campaigns campaigns;
    private final UnitLookup units;
    private final ChangeSequence changes;
    private final Clock clock;

    /** The list's order: newest first. */
    static final Sort ORDER = Sort.by(Sort.Direction.DESC, "forwardedAt");

    private final BoundedLists lists;

    public Batches(MongoTemplate mongo, Campaigns campaigns, UnitLookup units, ChangeSequence changes, Clock clock,
            BoundedLists lists) {
        this.mongo = mongo;
        this.lists = lists;
        // The list's indexes (issue 15): the registrations' scopes, a campaign, then newest first.
        ListIndexes.declareAll(mongo.indexOps(Batch.class), ORDER, List.of(List.of("tenant"),
                List.of("tenant", "unitPath"), List.of("tenant", "recipients"), List.of("tenant", "campaignId"),
                List.of(), List.of("campaignId")));
        this.campaigns = campaigns;
        this.units = units;
        this.changes = changes;
        this.clock = clock;
    }

    public Batch forward(BatchRequest request, PlatformPrincipal caller) {
        RegistrationPolicy.POLICY.require(caller, Action.FORWARD);
        String from = request.fromUnitCode() == null ? caller.unitCode() : request.fromUnitCode();
        boolean own = from != null && from.equals(caller.unitCode());
        boolean provinceAdmin = caller.has(PlatformRole.PROVINCE_ADMIN) && caller.unitCode() != null
                && caller.unitCode().equals(caller.tenant());
        boolean national = caller.isNational() && caller.has(PlatformRole.NATIONAL_ADMIN);
        CampaignRecord campaign = campaigns.get(request.campaignId());
        Schedule schedule = campaigns.schedule(campaign.id(), request.year());
        LocalDate day = Registrations.referenceDay(schedule, request.year());
        Unit unit = units.onOrLatest(from, day, caller).orElseThrow(() -> ProblemException.invalid("fromUnitCode",
                "unknown-unit-at", from, day));
        if (!own && !national && !(provinceAdmin && caller.tenant().equals(unit.tenant()))) {
            throw ProblemException.forbidden("not-reviewer", from);
        }
        String standing = schedule.standingAgencyCode() != null ? schedule.standingAgencyCode()
                : campaign.standingAgencyCode();
        Routing.Route next = Routing.nextFor(schedule.steps(Schedule.REGISTRATION), units.routePath(unit, day, caller),
                standing).orElseThrow(() -> ProblemException.unprocessable("end-of-chain", from, campaign.code(),
                        request.year()));
        Query pending = Query.query(Criteria.where("tenant").is(unit.tenant()).and("campaignId").is(campaign.id())
                .and("year").is(request.year()).and("status").is(RegistrationStatus.APPROVED)
                .and("recipients").is(from).and("forwardedBy").ne(from)).with(Sort.by("unitCode"));
        List<Registration> registrations = mongo.find(pending, Registration.class);
        if (registrations.isEmpty()) {
            throw ProblemException.unprocessable("nothing-to-forward", from, campaign.code(), request.year());
        }
        LocalDate today = LocalDate.now(clock.withZone(UnitRegistry.ZONE));
        Timeliness timeliness = Timeliness.judge(today, next.deadline(), next.latePolicy());
        if (timeliness == Timeliness.REFUSED) {
            throw ProblemException.unprocessable("submission-refused", next.deadline().toString(), next.reviewerCode());
        }
        Instant now = clock.instant();
        List<String> ids = registrations.stream().map(Registration::id).toList();
        Batch batch = mongo.insert(new Batch(UUID.randomUUID().toString(), unit.tenant(), List.copyOf(unit.path()),
                campaign.id(), campaign.code(), request.year(), from, next.reviewerCode(), next.reviewerOffice(),
                next.stepOrder(), next.deadline() == null ? null : next.deadline().toString(), timeliness == Timeliness.LATE_FLAGGED, ids, ids.size(),
                List.of(next.reviewerCode()), request.note(), caller.username(), now));
        // One atomic update per registration (no transactions): the recipient reads it from now on, the forwarding
        // unit will not forward it again. A crash half-way leaves the rest pending, to go in the next batch.
        // Conditional on "not forwarded by this unit yet": a concurrent forward of the same unit claims each
        // registration once; this batch keeps only what it claimed.
        List<String> claimed = new ArrayList<>();
        for (String id : ids) {
            ChangeSequence.Stamp stamp = changes.next(Registrations.FEED);
            long updated = mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("forwardedBy").ne(from)
                    .and("status").is(RegistrationStatus.APPROVED)), new Update()
                    .addToSet("recipients", next.reviewerCode()).addToSet("forwardedBy", from)
                    .addToSet("batchIds", batch.id()).inc("version", 1).set("changeSeq", stamp.seq())
                    .set("changedAt", stamp.at()).set("updatedAt", now), Registration.class).getModifiedCount();
            if (updated > 0) {
                claimed.add(id);
            }
        }
        if (claimed.isEmpty()) {
            mongo.remove(Query.query(Criteria.where("_id").is(batch.id())), Batch.class);
            throw ProblemException.unprocessable("nothing-to-forward", from, campaign.code(), request.year());
        }
        if (claimed.size() < ids.size()) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(batch.id())),
                    new Update().set("registrationIds", claimed).set("count", claimed.size()), Batch.class);
            return mongo.findById(batch.id(), Batch.class);
        }
        return batch;
    }

    public PageResponse<Batch> list(PlatformPrincipal caller, String campaignId, Integer year, int page, int size,
            String after) {
        RegistrationPolicy.POLICY.require(caller, Action.READ);
        List<Criteria> all = new ArrayList<>(List.of(visibleTo(caller)));
        if (campaignId != null) {
            all.add(Criteria.where("campaignId").is(campaignId));
        }
        if (year != null) {
            all.add(Criteria.where("year").is(year));
        }
        return lists.page("batches", Batch.class, new Criteria().andOperator(all), ORDER, page, size, after);
    }

    static Criteria visibleTo(PlatformPrincipal caller) {
        return Registrations.visibleTo(caller);
    }

    /** Used by the aggregate: batches of a campaign and year the caller sees. */
    List<Batch> all(PlatformPrincipal caller, String campaignId, int year) {
        return mongo.find(Query.query(new Criteria().andOperator(visibleTo(caller),
                Criteria.where("campaignId").is(campaignId), Criteria.where("year").is(year))), Batch.class);
    }
}
