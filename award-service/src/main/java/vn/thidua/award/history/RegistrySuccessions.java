package vn.thidua.award.history;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thidua.shared.client.PlatformClients;
import vn.thidua.shared.units.UnitDirectory;
import vn.thidua.shared.units.UnitRegistryApi.Succession;

/**
 * Succession links and unit names from registration-service's registry, through a {@link UnitDirectory} of our
 * own (cached, resilient; not a bean, so it cannot collide with another one in the service). Calls relay the
 * caller's token: without a caller (a scheduled job) the registry refuses and the lookup answers 503.
 */
@Component
class RegistrySuccessions implements UnitEquivalence.Successions {

    private final UnitDirectory units;

    RegistrySuccessions(PlatformClients clients,
            @Value("${thidua.services.registration:http://localhost:8082}") String registrationBaseUrl) {
        this.units = UnitDirectory.create(clients, registrationBaseUrl);
    }

    @Override
    public List<UnitEquivalence.Link> successorsOf(String code) {
        return links(units.successorsOf(code));
    }

    @Override
    public List<UnitEquivalence.Link> predecessorsOf(String code) {
        return links(units.predecessorsOf(code));
    }

    /**
     * The unit's level: of the unit valid today, else by the shape of an official code (2 digits a province,
     * 3 a district, 5 a commune: the national coding scheme, kept by QĐ 19/2025/QĐ-TTg); null otherwise.
     */
    String levelOf(String code) {
        return units.find(code, null).map(u -> u.level()).orElseGet(() -> {
            if (code == null || !code.chars().allMatch(Character::isDigit)) {
                return null;
            }
            return switch (code.length()) {
                case 2 -> "PROVINCE";
                case 3 -> "DISTRICT";
                case 5 -> "COMMUNE";
                default -> null;
            };
        });
    }

    /** The unit's path today ({@code [province, …, code]}); empty when it is not a unit today or unknown now. */
    List<String> pathToday(String code) {
        try {
            return units.pathOf(code, null);
        } catch (RuntimeException unavailable) {
            return List.of();
        }
    }

    /** The unit's name on that day, or null when the registry does not know it (or cannot answer now). */
    String nameOn(String code, LocalDate day) {
        try {
            return units.find(code, day).map(u -> u.name()).orElse(null);
        } catch (RuntimeException unavailable) {
            // A name is a courtesy in a result list; the awards themselves do not depend on it.
            return null;
        }
    }

    private static List<UnitEquivalence.Link> links(List<Succession> successions) {
        return successions.stream()
                .filter(s -> s.unit() != null)
                .map(s -> new UnitEquivalence.Link(s.unit().code(), s.unit().level(), s.unit().name(), s.kind(),
                        s.effectiveDate()))
                .toList();
    }
}
