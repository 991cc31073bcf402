package vn.thidua.registration.registrations;

import java.util.Set;
import vn.thidua.registration.units.Level;

/**
 * A unit as a route sees it on one day: its code and the route levels it answers to. A plan's route names
 * levels in its own words (COMMUNE, DISTRICT, DEPARTMENT, ENTERPRISE …), so a registry level maps to a few.
 */
public record RouteUnit(String code, Level level) {

    public Set<String> routeLevels() {
        return switch (level) {
            case PROVINCE -> Set.of("PROVINCE");
            case DISTRICT -> Set.of("DISTRICT");
            case COMMUNE -> Set.of("COMMUNE");
            // Sở, ban, ngành: plans say "các sở, ban, ngành" (DEPARTMENT).
            case AGENCY -> Set.of("AGENCY", "DEPARTMENT", "PROVINCIAL_DEPARTMENT");
            // Mặt trận, đoàn thể are listed with the departments in the seeds.
            case MASS_ORGANISATION -> Set.of("MASS_ORGANISATION", "ORGANISATION", "DEPARTMENT");
            case VILLAGE -> Set.of("VILLAGE");
            case ENTERPRISE -> Set.of("ENTERPRISE");
            case COOPERATIVE -> Set.of("COOPERATIVE", "ENTERPRISE");
            // Phòng, ban of a sở: not "DEPARTMENT" (the sở itself), so a chain naming sở does not skip the agency.
            case DIVISION -> Set.of("DIVISION");
        };
    }
}
