package vn.thidua.reporting.readmodel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Plain: what each feed's items count (quy tắc đếm). Every counter is kept at every unit of the item's path (the
 * national root, the province, the district when the item was made before the reform, the commune or agency), per
 * campaign and year, so a dashboard at any level reads its counters and never scans items. Each rule reads the
 * fields kept of the item ({@link Fact#document()}), so the same rule takes an earlier version back.
 */
public final class Projections {

    public static final String CAMPAIGNS = "campaigns";
    public static final String REGISTRATIONS = "registrations";
    public static final String DOSSIERS = "dossiers";
    public static final String DECISIONS = "decisions";
    public static final String UNITS = "units";
    public static final String SUCCESSIONS = "successions";

    /** Metric names (chỉ số) of the counters. */
    public static final String M_CAMPAIGNS = "campaigns";
    public static final String M_REGISTRATIONS = "registrations";
    public static final String M_REGISTRATIONS_LATE = "registrationsLate";
    public static final String M_DOSSIERS = "dossiers";
    public static final String M_AWARDS = "awards";
    public static final String M_LATE = "late";
    public static final String M_REFUSED = "refused";
    public static final String M_REVOKED = "revoked";
    public static final String M_DECISIONS = "decisions";

    /** A dossier is an award (khen thưởng) once its decision is signed, until it is revoked. */
    public static final Set<String> AWARDED = Set.of("DECIDED", "PUBLISHED");

    private Projections() {
    }

    /** The rule of a feed; units and succession links count nothing (kept for names, scope and roll-ups). */
    public static Function<Map<String, Object>, Contribution> rule(String feed) {
        return switch (feed) {
            case DOSSIERS -> Projections::dossier;
            case REGISTRATIONS -> Projections::registration;
            case CAMPAIGNS -> Projections::campaign;
            case DECISIONS -> Projections::decision;
            default -> document -> Contribution.NONE;
        };
    }

    /**
     * A dossier counts by its status; as an award (by form and level) when decided or published and not revoked;
     * and as late, refused (not proposed, not passed) or revoked when flagged so.
     */
    public static Contribution dossier(Map<String, Object> d) {
        String status = text(d, "status");
        boolean revoked = flag(d, "revoked");
        return Contribution.builder(DOSSIERS, path(d), text(d, "campaignId"), number(d, "year"))
                .count(M_DOSSIERS, status)
                .countIf(AWARDED.contains(status) && !revoked, M_AWARDS,
                        awardValue(text(d, "awardFormCode"), text(d, "awardLevel")))
                .countIf(flag(d, "late"), M_LATE, "true")
                .countIf(flag(d, "refused"), M_REFUSED, "true")
                .countIf(revoked, M_REVOKED, "true")
                .build();
    }

    /** "form:level", e.g. {@code BANG_KHEN_TINH:MINISTRY_OR_PROVINCE}. */
    public static String awardValue(String formCode, String level) {
        return (formCode == null ? "?" : formCode) + ":" + (level == null ? "?" : level);
    }

    /** A registration counts by status, and as late when sent after its deadline. */
    public static Contribution registration(Map<String, Object> r) {
        return Contribution.builder(REGISTRATIONS, path(r), text(r, "campaignId"), number(r, "year"))
                .count(M_REGISTRATIONS, text(r, "status"))
                .countIf(flag(r, "late"), M_REGISTRATIONS_LATE, "true")
                .build();
    }

    /** A campaign counts by status at its owner's units, in its own slice (no year). */
    public static Contribution campaign(Map<String, Object> c) {
        return Contribution.builder(CAMPAIGNS, path(c), text(c, "id"), CounterKey.ALL_YEARS)
                .count(M_CAMPAIGNS, text(c, "status"))
                .build();
    }

    /** Decisions count by status (ISSUED, PUBLISHED) in the year signed; revocations as REVOKED. */
    public static Contribution decision(Map<String, Object> d) {
        String value = "REVOCATION".equals(text(d, "kind")) ? "REVOKED" : text(d, "status");
        return Contribution.builder(DECISIONS, path(d), null, number(d, "year"))
                .count(M_DECISIONS, value)
                .build();
    }

    /** A document of kept fields, nulls left out (the store keeps no empty fields). */
    public static Map<String, Object> document(Object... keysAndValues) {
        Map<String, Object> document = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                document.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return document;
    }

    @SuppressWarnings("unchecked")
    static List<String> path(Map<String, Object> document) {
        Object unitPath = document.get("unitPath");
        List<String> path = unitPath instanceof List<?> list ? (List<String>) list : List.of();
        String tenant = text(document, "tenant");
        // An item whose path does not start at its province still counts under it.
        if (tenant != null && !tenant.equals(CounterKey.NATIONAL) && (path.isEmpty() || !path.contains(tenant))) {
            List<String> withTenant = new java.util.ArrayList<>();
            withTenant.add(tenant);
            withTenant.addAll(path);
            path = withTenant;
        }
        return CounterKey.pathOf(path);
    }

    static String text(Map<String, Object> document, String key) {
        Object value = document.get(key);
        return value == null ? null : value.toString();
    }

    static int number(Map<String, Object> document, String key) {
        return document.get(key) instanceof Number n ? n.intValue() : 0;
    }

    static boolean flag(Map<String, Object> document, String key) {
        return Boolean.TRUE.equals(document.get(key));
    }
}
