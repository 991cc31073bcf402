package vn.thidua.shared.security;

import java.util.List;

/**
 * What a {@link PlatformRole#REPORT_READER} (đọc dữ liệu báo cáo: the reporting service's account) may call: the
 * change feeds of every service and the reports, read-only; nothing else, whatever its other roles. Its scope is
 * national (it aggregates every province), so this list is what keeps that power narrow: no dossier detail, no
 * citizen id, no audit chain, no write.
 *
 * <p>Paths as the service sees them (no context path). A feed is {@code /api/v1/<resource>/changes}, one resource
 * segment, so {@code /api/v1/units/<code>/changes} (a unit's own history, if one is ever added) does not match by
 * accident; the nested units successions feed is named.
 */
public final class ReportReaderAccess {

    private static final String API = "/api/v1/";
    private static final List<String> NESTED_FEEDS = List.of("/api/v1/units/successions/changes");
    private static final String REPORTS = "/api/v1/reports/";

    private ReportReaderAccess() {
    }

    /** Whether this caller is held to the report reader's list (any token carrying the role). */
    public static boolean applies(PlatformPrincipal caller) {
        return caller != null && caller.has(PlatformRole.REPORT_READER);
    }

    /** Whether a report reader may make this request. */
    public static boolean permits(String method, String path) {
        if (!"GET".equals(method) || path == null) {
            return false;
        }
        return isFeed(path) || (path.startsWith(REPORTS) && path.length() > REPORTS.length());
    }

    static boolean isFeed(String path) {
        if (NESTED_FEEDS.contains(path)) {
            return true;
        }
        if (!path.startsWith(API) || !path.endsWith("/changes")
                || path.length() <= API.length() + "changes".length()) {
            return false;
        }
        String resource = path.substring(API.length(), path.length() - "/changes".length());
        return !resource.isEmpty() && resource.chars().allMatch(c -> (c >= 'a' && c <= 'z') || c == '-');
    }
}
