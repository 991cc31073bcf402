package vn.thidua.benchmarks.volume;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Every list and read endpoint the benchmark measures, as the demo users send them: the national board
 * ({@code national.admin}), a province ({@code laichau.admin}, Lai Châu 12) and that province's commune officer
 * ({@code laichau.commune}, unit 03390). Lists at page 1, at a deep page (page {@value #DEEP_PAGE} or the last,
 * whichever comes first) and, when the answer offers a {@code next} cursor, at its second page through
 * {@code after}. Reads by id take the id from the user's own page 1.
 */
final class ServiceProbes {

    static final String NATIONAL = "national.admin";
    static final String PROVINCE = "laichau.admin";
    static final String COMMUNE = "laichau.commune";
    static final String COMMUNE_CODE = "03390";
    static final int SIZE = 20;
    static final int DEEP_PAGE = 50;

    private ServiceProbes() {
    }

    static List<Probe> all() {
        List<Probe> probes = new ArrayList<>();
        String dossiers = "/api/v1/dossiers?size=" + SIZE;
        lists(probes, "dossiers", "dossiers national", NATIONAL, dossiers);
        lists(probes, "dossiers", "dossiers province", PROVINCE, dossiers);
        probes.add(Probe.of("dossiers", "dossiers province status=IN_REVIEW p1", PROVINCE, dossiers + "&status=IN_REVIEW"));
        probes.add(Probe.of("dossiers", "dossiers national status=IN_REVIEW p1", NATIONAL, dossiers + "&status=IN_REVIEW"));
        probes.add(Probe.of("dossiers", "dossiers commune p1", COMMUNE, dossiers));
        probes.add(Probe.resolved("dossiers", "dossier by id (province)", PROVINCE,
                g -> "/api/v1/dossiers/" + firstId(g, PROVINCE, dossiers)));
        probes.add(Probe.resolved("dossiers", "dossier by id (national)", NATIONAL,
                g -> "/api/v1/dossiers/" + firstId(g, PROVINCE, dossiers)));

        String decisions = "/api/v1/decisions?size=" + SIZE;
        lists(probes, "award", "decisions province", PROVINCE, decisions);
        probes.add(Probe.of("award", "decisions national p1", NATIONAL, decisions));
        probes.add(Probe.resolved("award", "decision by id", PROVINCE,
                g -> "/api/v1/decisions/" + firstId(g, PROVINCE, decisions)));
        String audit = "/api/v1/audit?size=" + SIZE;
        lists(probes, "award", "audit province", PROVINCE, audit);
        probes.add(Probe.of("award", "audit national p1", NATIONAL, audit));
        String byUnit = "/api/v1/award-history?size=" + SIZE + "&unitCode=" + COMMUNE_CODE;
        probes.add(Probe.of("award", "award history by unit (province)", PROVINCE, byUnit));
        probes.add(Probe.of("award", "award history by unit (national)", NATIONAL, byUnit));
        String byName = "/api/v1/award-history?size=" + SIZE + "&name=" + Gateway.enc("Nguyễn Văn");
        probes.add(Probe.of("award", "award history by name (province)", PROVINCE, byName));
        probes.add(Probe.of("award", "award history by name (national)", NATIONAL, byName));

        String registrations = "/api/v1/registrations?size=" + SIZE;
        lists(probes, "registration", "registrations province", PROVINCE, registrations);
        probes.add(Probe.of("registration", "registrations national p1", NATIONAL, registrations));
        probes.add(Probe.of("registration", "registrations commune p1", COMMUNE, registrations));
        probes.add(Probe.resolved("registration", "registration by id", PROVINCE,
                g -> "/api/v1/registrations/" + firstId(g, PROVINCE, registrations)));
        String progress = "/api/v1/progress?size=" + SIZE;
        lists(probes, "registration", "progress province", PROVINCE, progress);
        probes.add(Probe.of("registration", "progress national p1", NATIONAL, progress));
        probes.add(Probe.of("registration", "units search 'binh' (province)", PROVINCE, "/api/v1/units?size=" + SIZE + "&q=binh"));
        probes.add(Probe.of("registration", "units search 'xa' (national)", NATIONAL, "/api/v1/units?size=" + SIZE + "&q=xa"));
        probes.add(Probe.of("registration", "units search villages 'thon' (province)", PROVINCE,
                "/api/v1/units?size=" + SIZE + "&q=thon&province=12"));
        probes.add(Probe.of("registration", "unit by code (commune)", COMMUNE, "/api/v1/units/" + COMMUNE_CODE));
        probes.add(Probe.of("registration", "unit by code (national)", NATIONAL, "/api/v1/units/12"));

        String campaigns = "/api/v1/campaigns?size=" + SIZE;
        lists(probes, "campaign", "campaigns province", PROVINCE, campaigns);
        probes.add(Probe.of("campaign", "campaigns national p1", NATIONAL, campaigns));
        probes.add(Probe.of("campaign", "campaigns commune p1", COMMUNE, campaigns));
        probes.add(Probe.resolved("campaign", "campaign by id", PROVINCE,
                g -> "/api/v1/campaigns/" + firstId(g, PROVINCE, campaigns)));
        return probes;
    }

    /** Page 1, a deep page and the cursor's page 2 of one list for one user. */
    private static void lists(List<Probe> probes, String group, String name, String user, String path) {
        probes.add(Probe.of(group, name + " p1", user, path));
        probes.add(Probe.resolved(group, name + " deep page", user, g -> path + "&page=" + deepPage(g, user, path)));
        probes.add(Probe.resolved(group, name + " cursor p2", user, g -> {
            Object next = page1(g, user, path).get("next");
            if (next == null) {
                throw new IllegalStateException("no next cursor in the answer");
            }
            return path + "&after=" + Gateway.enc(next.toString());
        }));
    }

    static Document page1(Gateway g, String user, String path) {
        Gateway.Answer answer = g.get(user, path);
        Document json = answer.json();
        if (!answer.ok() || json == null) {
            throw new IllegalStateException("page 1 answered " + answer.status());
        }
        return json;
    }

    static int deepPage(Gateway g, String user, String path) {
        Object total = page1(g, user, path).get("totalItems");
        long items = total instanceof Number n ? n.longValue() : 0;
        long last = Math.max(0, (items + SIZE - 1) / SIZE - 1);
        return (int) Math.min(DEEP_PAGE, last);
    }

    static String firstId(Gateway g, String user, String path) {
        List<Document> items = page1(g, user, path).getList("items", Document.class);
        if (items == null || items.isEmpty()) {
            throw new IllegalStateException("the list is empty");
        }
        return items.getFirst().get("id").toString();
    }

    /** Other users' reads while a national dossier list loops (campaign and unit reads, as the issue asks). */
    static List<Probe> underLoad() {
        return List.of(
                Probe.of("under load", "campaigns p1 (caobang.admin)", "caobang.admin", "/api/v1/campaigns?size=" + SIZE),
                Probe.of("under load", "campaigns p1 (quangtri.commune)", "quangtri.commune", "/api/v1/campaigns?size=" + SIZE),
                Probe.of("under load", "unit by code 01654 (caobang.commune)", "caobang.commune", "/api/v1/units/01654"),
                Probe.of("under load", "units search 'cam' (quangtri.admin)", "quangtri.admin", "/api/v1/units?size=" + SIZE + "&q=cam"));
    }
}
