package vn.thidua.campaign.campaigns;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.validation.Violation;
import vn.thidua.shared.client.PlatformClients;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.units.UnitDirectory;
import vn.thidua.shared.units.UnitRegistryApi.UnitRecord;

/**
 * What campaigns need from the unit registry (registration-service), through the shared {@link UnitDirectory}:
 * that the units a plan names exist in its province, the owner's unit path, and the caller's own path (so a unit
 * below an agency sees the agency's launched plans).
 *
 * <p>Reads degrade safely: when the registry cannot answer and nothing is cached, the caller's path is just its
 * own unit, so a user may see less for a moment but never more. Writes that name a unit are refused with 503 in
 * that case (nothing is written), since an unchecked code would stay in the plan.
 *
 * <p>{@code thidua.campaigns.verify-units=false} turns the registry off for campaign-service's own web tests,
 * which run without a registry; the system tests run the real one.
 */
@Component
public class CampaignUnits {

    private final UnitDirectory directory;
    private final boolean enabled;

    public CampaignUnits(PlatformClients clients,
            @Value("${thidua.services.registration:http://localhost:8082}") String registrationUrl,
            @Value("${thidua.campaigns.verify-units:true}") boolean enabled) {
        this.directory = UnitDirectory.create(clients, registrationUrl);
        this.enabled = enabled;
    }

    /**
     * A unit code named by a province plan must be a unit in force today, in that province; the owner of a
     * district's or commune's plan must be a unit of that level.
     *
     * @param ownedLevel the level of the plan the unit owns; null when the unit is named for another reason
     */
    List<Violation> checkInTenant(String field, String code, String tenant, CampaignLevel ownedLevel) {
        if (!enabled || code == null || tenant == null) {
            return List.of();
        }
        Optional<UnitRecord> unit = directory.find(code, null);
        if (unit.isEmpty()) {
            return List.of(new Violation(field, "unknown-unit", code));
        }
        if (!tenant.equals(unit.get().tenant())) {
            return List.of(new Violation(field, "unit-outside-tenant", code, tenant));
        }
        boolean territorial = ownedLevel == CampaignLevel.DISTRICT || ownedLevel == CampaignLevel.COMMUNE;
        if (territorial && !ownedLevel.name().equals(unit.get().level())) {
            return List.of(new Violation(field, "owner-level", code, unit.get().level(), ownedLevel));
        }
        return List.of();
    }

    /** The owner's unit path as the registry has it (an agency under an agency has both), else the plain one. */
    List<String> ownerPath(String owner, String tenant) {
        if (tenant == null || owner.equals(tenant)) {
            return List.of(owner);
        }
        if (enabled) {
            List<String> path = directory.pathOf(owner, null);
            if (!path.isEmpty()) {
                return path;
            }
        }
        return List.of(tenant, owner);
    }

    /** The caller's unit and its ancestors; only the caller's unit when the registry cannot say. */
    List<String> callerPath(PlatformPrincipal caller) {
        String unit = caller.unitCode();
        if (unit == null) {
            return List.of();
        }
        if (!enabled || unit.equals(caller.tenant())) {
            return List.of(unit);
        }
        try {
            List<String> path = directory.pathOf(unit, null);
            return path.contains(unit) ? path : List.of(unit);
        } catch (ProblemException registryAway) {
            return List.of(unit);
        }
    }
}
