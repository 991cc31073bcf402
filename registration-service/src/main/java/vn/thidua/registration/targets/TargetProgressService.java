package vn.thidua.registration.targets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.thidua.registration.campaigns.CampaignApi.CampaignRecord;
import vn.thidua.registration.campaigns.CampaignApi.PopulationRef;
import vn.thidua.registration.campaigns.CampaignApi.TargetRef;
import vn.thidua.registration.campaigns.Campaigns;
import vn.thidua.registration.progress.ProgressRecord;
import vn.thidua.registration.registrations.Commitment;
import vn.thidua.registration.registrations.Registration;
import vn.thidua.registration.registrations.RegistrationPolicy;
import vn.thidua.registration.registrations.RegistrationPolicy.Action;
import vn.thidua.registration.registrations.RouteUnit;
import vn.thidua.registration.registrations.UnitLookup;
import vn.thidua.registration.units.Unit;
import vn.thidua.registration.units.UnitRegistry;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.error.ProblemException.FieldViolation;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.tenancy.ScopeQueries;

/**
 * A unit's progress towards each target of a campaign as of a day: its own series, the population under it from
 * the registry as of each day the method needs, and its registration's commitments for the year, handed to the
 * plain {@link TargetProgress}. Reads only.
 */
@Service
public class TargetProgressService {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final MongoTemplate mongo;
    private final Campaigns campaigns;
    private final UnitLookup units;
    private final UnitRegistry registry;
    private final Clock clock;

    public TargetProgressService(MongoTemplate mongo, Campaigns campaigns, UnitLookup units, UnitRegistry registry,
            Clock clock) {
        this.mongo = mongo;
        this.campaigns = campaigns;
        this.units = units;
        this.registry = registry;
        this.clock = clock;
    }

    /** The answer: the campaign, the unit, the day, one item per target. */
    public record Answer(String campaignId, String campaignCode, String unitCode, String unitName, LocalDate asOf,
            List<TargetProgressItem> items) {
    }

    public Answer progress(PlatformPrincipal caller, String campaignId, String unitCode, LocalDate asOf) {
        RegistrationPolicy.POLICY.require(caller, Action.READ);
        List<FieldViolation> violations = new ArrayList<>();
        if (campaignId == null || campaignId.isBlank()) {
            violations.add(new FieldViolation("campaignId", "required"));
        }
        if (unitCode == null || unitCode.isBlank()) {
            violations.add(new FieldViolation("unitCode", "required"));
        }
        LocalDate day = asOf == null ? LocalDate.now(clock.withZone(UnitRegistry.ZONE)) : asOf;
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            violations.add(new FieldViolation("asOf", "out-of-range", EARLIEST, LATEST));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        if (!units.inScope(unitCode, caller)) {
            throw ProblemException.notFound("unit", unitCode);
        }
        Unit unit = units.onOrLatest(unitCode, day, caller).orElseThrow(() -> ProblemException.notFound("unit",
                unitCode));
        CampaignRecord campaign = campaigns.get(campaignId);
        if (campaign.tenant() != null && !campaign.tenant().equals(unit.tenant())) {
            throw ProblemException.invalid("unitCode", "outside-campaign", campaign.tenant());
        }
        Series own = Series.of(points(results(caller, List.of(unitCode), null, day)));
        Registration registration = mongo.findOne(Query.query(new Criteria().andOperator(
                ScopeQueries.visibleTo(caller), Criteria.where("campaignId").is(campaign.id()),
                Criteria.where("year").is(day.getYear()), Criteria.where("unitCode").is(unitCode))),
                Registration.class);
        List<TargetProgressItem> items = new ArrayList<>();
        for (TargetRef target : campaign.targetList()) {
            TargetProgress.Population population = TargetProgress.needsPopulation(target)
                    ? populationOf(target, unit, day, caller) : on -> List.of();
            items.add(TargetProgress.compute(target, unitCode, day, own, population,
                    registered(registration, target)));
        }
        return new Answer(campaign.id(), campaign.code(), unitCode, unit.nameOn(day.toString()), day, items);
    }

    /** Units of the population's type under the asked unit on each day asked, with their results up to asOf. */
    private TargetProgress.Population populationOf(TargetRef target, Unit asked, LocalDate asOf,
            PlatformPrincipal caller) {
        PopulationRef scope = target.progress().population();
        String unitType = scope == null ? null : scope.unitType();
        String perUnitType = scope == null ? null : scope.perUnitType();
        List<String> indicators = TargetProgress.populationIndicators(target);
        Map<String, Series> loaded = new HashMap<>();
        return day -> {
            List<Unit> below = registry.under(asked.code(), day, caller);
            List<Unit> members = below.stream().filter(u -> unitType == null || isOfType(u, unitType)).toList();
            Set<String> groups = new HashSet<>();
            if (perUnitType != null) {
                below.stream().filter(u -> isOfType(u, perUnitType)).forEach(u -> groups.add(u.code()));
                if (isOfType(asked, perUnitType)) {
                    groups.add(asked.code());
                }
            }
            List<String> missing = members.stream().map(Unit::code).filter(c -> !loaded.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                Map<String, List<Series.Point>> byUnit = new HashMap<>();
                List<ProgressRecord> found = results(caller, missing, indicators, asOf);
                for (ProgressRecord r : found) {
                    byUnit.computeIfAbsent(r.unitCode(), k -> new ArrayList<>()).addAll(points(List.of(r)));
                }
                missing.forEach(c -> loaded.put(c, Series.of(byUnit.getOrDefault(c, List.of()))));
            }
            return members.stream().map(u -> new TargetProgress.Member(u.code(), loaded.get(u.code()),
                    u.path().stream().filter(groups::contains).findFirst().orElse(null))).toList();
        };
    }

    /** A unit is of a plan's unit type by its level, its printed kind, or the words routes use for its level. */
    static boolean isOfType(Unit unit, String type) {
        return unit.level().name().equals(type) || type.equals(unit.type())
                || new RouteUnit(unit.code(), unit.level()).routeLevels().contains(type);
    }

    /** Results of the units (of the indicators, when given) measured up to the day, in the order recorded. */
    private List<ProgressRecord> results(PlatformPrincipal caller, Collection<String> unitCodes,
            Collection<String> indicators, LocalDate day) {
        List<Criteria> all = new ArrayList<>(List.of(ScopeQueries.visibleTo(caller),
                Criteria.where("unitCode").in(unitCodes), Criteria.where("measuredOn").lte(day.toString())));
        if (indicators != null) {
            all.add(Criteria.where("indicator").in(indicators));
        }
        return mongo.find(Query.query(new Criteria().andOperator(all)).with(Sort.by("createdAt", "id")),
                ProgressRecord.class);
    }

    private static List<Series.Point> points(List<ProgressRecord> records) {
        return records.stream().map(r -> new Series.Point(r.indicator(), r.value(), LocalDate.parse(r.measuredOn()),
                r.id())).toList();
    }

    private static TargetProgress.Registered registered(Registration registration, TargetRef target) {
        if (registration == null || registration.commitments() == null) {
            return null;
        }
        for (Commitment c : registration.commitments()) {
            if (target.code().equals(c.targetCode())) {
                return new TargetProgress.Registered(registration.year(), registration.id(),
                        registration.status().name(), c.indicator(), c.committedValue());
            }
        }
        return null;
    }
}
