package vn.thidua.campaign.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.RolePolicy;
import vn.thidua.shared.web.PageResponse;
import vn.thidua.shared.lists.BoundedLists;
import vn.thidua.shared.lists.ListIndexes;

/**
 * The award catalogue: the forms and titles of Luật Thi đua, khen thưởng 2022 (06/2022/QH15), bundled as reference
 * data and loaded idempotently at start-up, plus each province's additions (visible in that tenant only).
 */
@Service
@Order(0)
public class AwardCatalogue implements ApplicationRunner {

    static final String REFERENCE = "/catalogue/award-catalogue-06-2022-QH15.json";
    private static final Logger log = LoggerFactory.getLogger(AwardCatalogue.class);

    enum Action { READ, ADD }

    static final RolePolicy<Action> POLICY = RolePolicy.of(Action.class)
            .allow(Action.READ, PlatformRole.values())
            .allow(Action.ADD, PlatformRole.NATIONAL_ADMIN, PlatformRole.PROVINCE_ADMIN)
            .build();

    private final MongoTemplate mongo;
    private final Clock clock = Clock.systemUTC();
    private volatile boolean loaded;

    /** By code, {@code _id} breaking ties (a province may add a code the law also has). */
    static final Sort ORDER = Sort.by("code");

    private final BoundedLists lists;

    public AwardCatalogue(MongoTemplate mongo, BoundedLists lists) {
        this.mongo = mongo;
        this.lists = lists;
        mongo.indexOps(AwardForm.class).createIndex(new Index().on("tenant", Sort.Direction.ASC)
                .on("code", Sort.Direction.ASC).unique().named("tenant_code_unique"));
        // The list: the law's entries (tenant null) and the province's, or everything for the national board.
        ListIndexes.declareAll(mongo.indexOps(AwardForm.class), ORDER, List.of(List.of("tenant"), List.of()));
    }

    @Override
    public void run(ApplicationArguments args) {
        loadReferenceData();
    }

    /** Inserts missing entries and refreshes changed ones; running it again changes nothing. */
    public synchronized void loadReferenceData() {
        if (loaded) {
            return;
        }
        List<AwardForm> bundled;
        try (InputStream in = AwardCatalogue.class.getResourceAsStream(REFERENCE)) {
            bundled = JsonMapper.builder().build().readValue(in, new TypeReference<>() { });
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + REFERENCE, e);
        }
        int inserted = 0;
        int updated = 0;
        for (AwardForm entry : bundled) {
            AwardForm stored = mongo.findById(entry.id(), AwardForm.class);
            if (stored == null) {
                mongo.insert(entry);
                inserted++;
            } else if (!stored.contentEquals(entry)) {
                mongo.save(stored.sameContentAs(entry));
                updated++;
            }
        }
        loaded = true;
        log.info("award catalogue: {} reference entries, {} inserted, {} updated", bundled.size(), inserted, updated);
    }

    /** National entries and the caller's tenant's additions. */
    private Criteria visibleTo(PlatformPrincipal caller) {
        if (caller.isNational()) {
            return new Criteria();
        }
        return new Criteria().orOperator(Criteria.where("tenant").is(null),
                Criteria.where("tenant").is(caller.tenant() == null ? "\u0000none" : caller.tenant()));
    }

    public PageResponse<AwardForm> list(PlatformPrincipal caller, AwardForm.EntryKind kind, AwardForm.AwardLevel level,
            int page, int size, String after) {
        POLICY.require(caller, Action.READ);
        loadReferenceData();
        List<Criteria> all = new ArrayList<>(List.of(visibleTo(caller)));
        if (kind != null) {
            all.add(Criteria.where("kind").is(kind));
        }
        if (level != null) {
            all.add(Criteria.where("level").is(level));
        }
        return lists.page("award-forms", AwardForm.class, null, new Criteria().andOperator(all), ORDER, page, size,
                after);
    }

    public AwardForm get(String id, PlatformPrincipal caller) {
        POLICY.require(caller, Action.READ);
        loadReferenceData();
        AwardForm form = mongo.findById(id, AwardForm.class);
        if (form == null || !(form.tenant() == null || caller.isNational()
                || form.tenant().equals(caller.tenant()))) {
            throw ProblemException.notFound("AwardForm", id);
        }
        return form;
    }

    public AwardForm add(AwardFormRequest r, PlatformPrincipal caller) {
        POLICY.require(caller, Action.ADD);
        loadReferenceData();
        if (r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
            throw ProblemException.invalid("validTo", "date-not-before", "validFrom");
        }
        String tenant = caller.isNational() ? null : caller.tenant();
        if (mongo.exists(Query.query(Criteria.where("tenant").is(null).and("code").is(r.code())), AwardForm.class)) {
            throw ProblemException.conflict("duplicate");
        }
        List<String> unitPath = tenant == null ? List.of(caller.unitCode()) : List.of(tenant);
        return mongo.insert(new AwardForm(null, r.code(), r.name(), r.nameEn(), r.kind(), r.category(), r.level(),
                r.decidedBy(), r.recipients(), r.legalBasis(), null, r.validFrom(), r.validTo(),
                tenant == null ? AwardForm.Source.LAW : AwardForm.Source.PROVINCE, tenant, unitPath, null,
                caller.username(), clock.instant()));
    }

    /** Whether a form code is in the catalogue as the caller sees it (national entries and their tenant's). */
    public Predicate<String> knownTo(PlatformPrincipal caller, String campaignTenant) {
        loadReferenceData();
        return code -> mongo.exists(Query.query(Criteria.where("code").is(code).orOperator(
                Criteria.where("tenant").is(null),
                Criteria.where("tenant").is(campaignTenant == null ? "\u0000none" : campaignTenant))),
                AwardForm.class);
    }
}
