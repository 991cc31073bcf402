package vn.thidua.registration.units;

import java.util.Set;

/**
 * What a unit is. The first three are the official administrative levels, imported from the state's data and
 * read-only through the API (DISTRICT exists only until 30 June 2025). The others are registered by authorised
 * users inside their scope.
 */
public enum Level {
    /** Tỉnh / thành phố trực thuộc trung ương (2-digit code). */
    PROVINCE,
    /** Huyện / quận / thị xã / thành phố thuộc tỉnh (3-digit code), until 30 June 2025. */
    DISTRICT,
    /** Xã / phường / thị trấn; since 1 July 2025 xã / phường / đặc khu (5-digit code). */
    COMMUNE,
    /** Sở, ban, ngành of a province (and units under them). */
    AGENCY,
    /** Mặt trận, đoàn thể, hội: mass organisations. */
    MASS_ORGANISATION,
    /** Thôn, bản, làng, tổ dân phố of a commune. */
    VILLAGE,
    /** Doanh nghiệp. */
    ENTERPRISE,
    /** Hợp tác xã. */
    COOPERATIVE,
    /**
     * A division of an agency or mass organisation (phòng, ban, chi cục, đơn vị trực thuộc of a sở, ban, ngành):
     * it emulates and is commended inside its agency's own plans, so it is a unit with its path under the agency.
     */
    DIVISION;

    public boolean official() {
        return this == PROVINCE || this == DISTRICT || this == COMMUNE;
    }

    /** Levels a registered unit of this level may hang under. */
    public Set<Level> allowedParents() {
        return switch (this) {
            case VILLAGE -> Set.of(COMMUNE);
            case AGENCY, MASS_ORGANISATION -> Set.of(PROVINCE, AGENCY, MASS_ORGANISATION);
            case ENTERPRISE, COOPERATIVE -> Set.of(PROVINCE, DISTRICT, COMMUNE);
            case DIVISION -> Set.of(AGENCY, MASS_ORGANISATION);
            default -> Set.of();
        };
    }

    /** The middle part of server-assigned codes, e.g. {@code 12-TH-0007} for a village of Lai Châu. */
    public String codePrefix() {
        return switch (this) {
            case AGENCY -> "CQ";
            case MASS_ORGANISATION -> "DT";
            case VILLAGE -> "TH";
            case ENTERPRISE -> "DN";
            case COOPERATIVE -> "HTX";
            case DIVISION -> "PB";
            default -> throw new IllegalStateException(this + " is not registered through the API");
        };
    }
}
