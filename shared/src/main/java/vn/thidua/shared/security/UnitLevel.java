package vn.thidua.shared.security;

import java.util.Locale;

/**
 * Where in the administrative tree a user's unit sits. District exists only for history before 1 July 2025
 * (domain §8); departments and agencies (sở, ban, ngành) sit under a province but are not territorial.
 */
public enum UnitLevel {
    NATIONAL, PROVINCE, AGENCY, DISTRICT, COMMUNE;

    public static UnitLevel fromClaim(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
