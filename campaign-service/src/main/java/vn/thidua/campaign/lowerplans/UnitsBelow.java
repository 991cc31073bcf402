package vn.thidua.campaign.lowerplans;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import vn.thidua.campaign.calendar.RouteEnd;
import vn.thidua.campaign.lowerplans.LowerPlanTracker.ExpectedUnit;
import vn.thidua.shared.client.PlatformClients;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.units.UnitDirectory;
import vn.thidua.shared.units.UnitRegistryApi.UnitRecord;

/**
 * The units a LOWER_PLANS_DUE milestone expects, as of its date, from the unit registry: each unit of a level under
 * the plan's owner (a province's districts until 30/06/2025, its communes, its agencies), or named units. Communes
 * of the old era sit under districts, so a province's communes before 1 July 2025 are found through its districts.
 *
 * <p>Reads go through {@link PlatformClients#read} with the registry's breaker; when the registry cannot answer the
 * request fails with 503 and nothing is guessed. {@code thidua.campaigns.verify-units=false} (campaign-service's own
 * web tests, which run without a registry) resolves named units only, by their codes.
 */
@Component
public class UnitsBelow {

    private static final int PAGE = 100;
    private static final int MAX_PAGES = 50;

    private final UnitChildrenApi api;
    private final UnitDirectory directory;
    private final PlatformClients clients;
    private final boolean enabled;

    public UnitsBelow(PlatformClients clients,
            @Value("${thidua.services.registration:http://localhost:8082}") String registrationUrl,
            @Value("${thidua.campaigns.verify-units:true}") boolean enabled) {
        this.api = clients.create(UnitChildrenApi.class, registrationUrl, Duration.ofSeconds(3));
        this.directory = UnitDirectory.create(clients, registrationUrl);
        this.clients = clients;
        this.enabled = enabled;
    }

    /** The expected units, each once, in the order the milestone names them. */
    List<ExpectedUnit> expected(String ownerUnitCode, List<RouteEnd> expectedFrom, LocalDate day) {
        Map<String, ExpectedUnit> units = new LinkedHashMap<>();
        for (RouteEnd end : expectedFrom) {
            if (end.unitCode() != null) {
                String name = enabled ? directory.nameOf(end.unitCode(), day) : end.unitCode();
                units.putIfAbsent(end.unitCode(), new ExpectedUnit(end.unitCode(), name));
            } else if (enabled && end.level() != null && ownerUnitCode != null) {
                for (UnitRecord unit : ofLevel(ownerUnitCode, end.level(), day)) {
                    units.putIfAbsent(unit.code(), new ExpectedUnit(unit.code(), unit.name()));
                }
            }
        }
        return new ArrayList<>(units.values());
    }

    private List<UnitRecord> ofLevel(String root, String level, LocalDate day) {
        return ofLevel(root, level, (code, wanted) -> children(code, wanted, day));
    }

    /**
     * The units of a level under a root, given the registry's children of a unit by level on the day: a province's
     * communes are its own children since 1 July 2025 and its districts' children before.
     */
    static List<UnitRecord> ofLevel(String root, String level,
            BiFunction<String, String, List<UnitRecord>> childrenByLevel) {
        List<UnitRecord> out = new ArrayList<>(childrenByLevel.apply(root, level));
        if ("COMMUNE".equals(level)) {
            for (UnitRecord district : childrenByLevel.apply(root, "DISTRICT")) {
                out.addAll(childrenByLevel.apply(district.code(), "COMMUNE"));
            }
        }
        return out;
    }

    private List<UnitRecord> children(String code, String level, LocalDate day) {
        List<UnitRecord> out = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            int n = page;
            UnitChildrenApi.Page answer = clients.read(UnitDirectory.BREAKER, () -> {
                try {
                    return api.children(code, day.toString(), level, n, PAGE);
                } catch (HttpClientErrorException unknownOrNotVisible) {
                    // 404 / 403: no such unit for this caller on that day; nothing to expect under it.
                    return new UnitChildrenApi.Page(List.of(), n, PAGE, 0);
                }
            }, failure -> {
                throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                        UnitDirectory.BREAKER);
            });
            List<UnitRecord> items = answer == null || answer.items() == null ? List.of() : answer.items();
            out.addAll(items);
            if (items.size() < PAGE || out.size() >= answer.totalItems()) {
                break;
            }
        }
        return out;
    }
}
