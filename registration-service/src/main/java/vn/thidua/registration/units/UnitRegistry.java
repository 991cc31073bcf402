package vn.thidua.registration.units;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.web.PageResponse;
import vn.thidua.shared.lists.BoundedLists;
import vn.thidua.shared.lists.ListIndexes;

/**
 * Reading the registry: a unit as of a day, its children, ancestors, successions, its current successors, and
 * search. Official units are public reference data (any platform role reads them, served from
 * {@link OfficialUnits}); registered units are read inside their tenant and by national users, and are 404 to
 * everyone else.
 */
@Service
public class UnitRegistry {

    /** Legal dates are Vietnamese dates: "today" is today in Vietnam. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int MAX_QUERY_LENGTH = 100;

    private final MongoTemplate mongo;
    private final OfficialUnits official;

    /** Children by level and code; search results by folded name, code and period; {@code _id} breaks ties. */
    static final Sort CHILDREN_ORDER = Sort.by("level", "code");
    static final Sort SEARCH_ORDER = Sort.by("searchKey", "code", "validFrom");

    private final BoundedLists lists;

    public UnitRegistry(MongoTemplate mongo, OfficialUnits official, BoundedLists lists) {
        this.mongo = mongo;
        this.official = official;
        this.lists = lists;
        // The lists' indexes (issue 15). Children: the parent, then the order (the day and visibility are checked
        // on the few children of one parent). Search: a province, a level, official units (everyone's share of
        // the visibility filter) or none, then the order; the name prefix is checked while walking in name order,
        // which the page size and the query time limit bound (units are tens of thousands, not millions).
        var indexes = mongo.indexOps(Unit.class);
        ListIndexes.declare(indexes, CHILDREN_ORDER, "parentCode");
        ListIndexes.declareAll(indexes, SEARCH_ORDER, List.of(List.of("tenant"), List.of("level"),
                List.of("official"), List.of()));
        // Every unit under a code (targets): path is multikey.
        ListIndexes.declare(indexes, Sort.by("code"), "path");
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    static String day(LocalDate asOf) {
        return (asOf == null ? today() : asOf).toString();
    }

    public static boolean readable(Unit unit, PlatformPrincipal caller) {
        return unit.official() || caller.isNational()
                || (caller.tenant() != null && caller.tenant().equals(unit.tenant()));
    }

    /** The version of {@code code} valid on {@code day} that the caller may read. */
    public Optional<Unit> find(String code, String day, PlatformPrincipal caller) {
        if (UnitCodes.official(code)) {
            return official.on(code, day);
        }
        return registered(code, caller).filter(unit -> unit.validOn(day));
    }

    /** A registered unit by code (its _id), if the caller may read it. */
    public Optional<Unit> registered(String code, PlatformPrincipal caller) {
        if (!UnitCodes.registered(code)) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(code, Unit.class)).filter(unit -> readable(unit, caller));
    }

    /** Every version of a code the caller may read, oldest first. */
    public List<Unit> versions(String code, PlatformPrincipal caller) {
        if (UnitCodes.official(code)) {
            return official.versions(code);
        }
        return registered(code, caller).map(List::of).orElse(List.of());
    }

    public Unit get(String code, LocalDate asOf, PlatformPrincipal caller) {
        return find(code, day(asOf), caller).orElseThrow(() -> notFound(code, asOf));
    }

    public PageResponse<UnitView> children(String code, LocalDate asOf, Level level, int page, int size,
            String after, PlatformPrincipal caller) {
        PageResponse.validate(page, size);
        String day = day(asOf);
        get(code, asOf, caller);
        List<Criteria> all = new ArrayList<>(List.of(Criteria.where("parentCode").is(code),
                Criteria.where("validFrom").lte(day), Criteria.where("validTo").gte(day)));
        if (level != null) {
            all.add(Criteria.where("level").is(level));
        }
        return page("unit-children", all, CHILDREN_ORDER, page, size, after, day, caller);
    }

    /**
     * Every unit below {@code code} on the day (its path holds the code), that the caller may read: the
     * population a target counts under a province, a district before the reform, an agency.
     */
    public List<Unit> under(String code, LocalDate day, PlatformPrincipal caller) {
        String on = day.toString();
        List<Criteria> all = new ArrayList<>(List.of(Criteria.where("path").is(code), Criteria.where("code").ne(code),
                Criteria.where("validFrom").lte(on), Criteria.where("validTo").gte(on)));
        visibility(caller).ifPresent(all::add);
        return mongo.find(Query.query(new Criteria().andOperator(all)).with(Sort.by("code")), Unit.class);
    }

    /** From the province down to the parent, each as of the day. */
    public List<UnitView> ancestors(String code, LocalDate asOf, PlatformPrincipal caller) {
        String day = day(asOf);
        Unit unit = get(code, asOf, caller);
        List<UnitView> ancestors = new ArrayList<>();
        for (String ancestor : unit.path().subList(0, unit.path().size() - 1)) {
            find(ancestor, day, caller).ifPresent(a -> ancestors.add(UnitView.of(a, day)));
        }
        return ancestors;
    }

    public List<SuccessionView> successors(String code, PlatformPrincipal caller) {
        requireAnyVersion(code, caller);
        return official.from(code).stream().map(link -> view(link, link.toCode(), link.effectiveDate())).toList();
    }

    public List<SuccessionView> predecessors(String code, PlatformPrincipal caller) {
        requireAnyVersion(code, caller);
        return official.to(code).stream().map(link -> view(link, link.fromCode(),
                LocalDate.parse(link.effectiveDate()).minusDays(1).toString())).toList();
    }

    private SuccessionView view(Succession link, String otherCode, String day) {
        UnitView.Ref other = official.on(otherCode, day).map(UnitView.Ref::of)
                .orElse(new UnitView.Ref(otherCode, null, null, null, null, null));
        return new SuccessionView(link.kind(), LocalDate.parse(link.effectiveDate()), other, link.note(),
                link.derived());
    }

    private void requireAnyVersion(String code, PlatformPrincipal caller) {
        if (versions(code, caller).isEmpty()) {
            throw ProblemException.notFound("Unit", code);
        }
    }

    /**
     * Follows successions from the unit (the version valid on {@code asOf}, else the latest version of the code)
     * to the units valid today, through any number of steps; a unit split by part merges resolves to each part.
     */
    public CurrentView current(String code, LocalDate asOf, PlatformPrincipal caller) {
        Unit start;
        if (asOf != null) {
            start = get(code, asOf, caller);
        } else {
            List<Unit> versions = versions(code, caller);
            if (versions.isEmpty()) {
                throw ProblemException.notFound("Unit", code);
            }
            start = versions.getLast();
        }
        String today = today().toString();
        record Walk(Unit unit, List<CurrentView.Step> via, boolean partial) {
        }
        Map<String, CurrentView.Resolved> current = new LinkedHashMap<>();
        List<UnitView.Ref> ended = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<Walk> queue = new ArrayDeque<>();
        queue.add(new Walk(start, List.of(), false));
        while (!queue.isEmpty()) {
            Walk walk = queue.poll();
            Unit unit = walk.unit();
            if (!seen.add(unit.id())) {
                continue;
            }
            if (unit.validOn(today)) {
                current.merge(unit.code(), new CurrentView.Resolved(UnitView.of(unit, today), walk.partial(),
                        walk.via()), (first, again) -> new CurrentView.Resolved(first.unit(),
                        first.partial() || again.partial(), first.via()));
                continue;
            }
            List<Succession> next = unit.official() ? linksOutOf(unit) : List.of();
            if (next.isEmpty()) {
                ended.add(UnitView.Ref.of(unit));
            }
            for (Succession link : next) {
                Optional<Unit> successor = official.on(link.toCode(), link.effectiveDate())
                        .filter(s -> s.level() == link.toLevel());
                if (successor.isEmpty()) {
                    continue;
                }
                List<CurrentView.Step> via = new ArrayList<>(walk.via());
                via.add(new CurrentView.Step(link.fromCode(), link.toCode(), link.kind(),
                        LocalDate.parse(link.effectiveDate())));
                queue.add(new Walk(successor.get(), List.copyOf(via),
                        walk.partial() || link.kind() == SuccessionKind.PART_MERGE));
            }
        }
        return new CurrentView(UnitView.of(start, start.validOn(today) ? today : start.validTo()), today(),
                List.copyOf(current.values()), List.copyOf(ended));
    }

    /** Successions that start the day after this version's last day (the ones that end it). */
    private List<Succession> linksOutOf(Unit unit) {
        if (Validity.OPEN_END.equals(unit.validTo())) {
            return List.of();
        }
        String dayAfter = LocalDate.parse(unit.validTo()).plusDays(1).toString();
        return official.from(unit.code()).stream()
                .filter(link -> link.fromLevel() == unit.level() && link.effectiveDate().equals(dayAfter))
                .toList();
    }

    /**
     * Search by name ignoring accents and case, at any word of the name ("quang tri", "tri", "Quảng Trị" all
     * find "Tỉnh Quảng Trị"); optionally only units valid on a day, of a level, of a tenant (province).
     */
    public PageResponse<UnitView> search(String q, Level level, LocalDate asOf, String province, int page, int size,
            String after, PlatformPrincipal caller) {
        PageResponse.validate(page, size);
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw ProblemException.invalid("q", "too-long", MAX_QUERY_LENGTH);
        }
        if (province != null && !province.matches("\\d{2}")) {
            throw ProblemException.invalid("province", "type-mismatch", province);
        }
        List<Criteria> all = new ArrayList<>();
        if (province != null) {
            all.add(Criteria.where("tenant").is(province));
        }
        if (level != null) {
            all.add(Criteria.where("level").is(level));
        }
        String folded = SearchKeys.fold(q);
        if (!folded.isEmpty()) {
            // Anchored: an index on searchKeys serves it. The folded text holds only [a-z0-9 ].
            all.add(Criteria.where("searchKeys").regex("^" + folded));
        }
        String day = asOf == null ? today().toString() : asOf.toString();
        if (asOf != null) {
            all.add(Criteria.where("validFrom").lte(day));
            all.add(Criteria.where("validTo").gte(day));
        }
        return page("unit-search", all, SEARCH_ORDER, page, size, after, day, caller);
    }

    private PageResponse<UnitView> page(String list, List<Criteria> all, Sort sort, int page, int size, String after,
            String day, PlatformPrincipal caller) {
        List<Criteria> scoped = new ArrayList<>(all);
        visibility(caller).ifPresent(scoped::add);
        Criteria filter = scoped.isEmpty() ? new Criteria() : new Criteria().andOperator(scoped);
        Function<Unit, UnitView> view = unit -> UnitView.of(unit, unit.validOn(day) ? day : unit.validTo());
        PageResponse<Unit> found = lists.page(list, Unit.class, filter, sort, page, size, after);
        return found.withItems(found.items().stream().map(view).toList());
    }

    /** Official units for all; registered ones inside the caller's tenant; national users see everything. */
    private static Optional<Criteria> visibility(PlatformPrincipal caller) {
        if (caller.isNational()) {
            return Optional.empty();
        }
        if (caller.tenant() == null) {
            return Optional.of(Criteria.where("official").is(true));
        }
        return Optional.of(new Criteria().orOperator(Criteria.where("official").is(true),
                Criteria.where("tenant").is(caller.tenant())));
    }

    static ProblemException notFound(String code, LocalDate asOf) {
        return ProblemException.notFound("Unit", asOf == null ? code : code + " @ " + asOf);
    }
}
