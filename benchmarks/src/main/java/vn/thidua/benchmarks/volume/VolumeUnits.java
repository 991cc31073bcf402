package vn.thidua.benchmarks.volume;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;

/**
 * The units the volume is spread over: the <b>real</b> communes of the 34 provinces (registration-service's bundled
 * dataset {@code admin-units/units-2025-07.json}, which the service itself imports at start-up), so that a
 * dossier's {@code unitPath} names a unit the registry knows and a demo user's token (unit code 03390 of Lai Châu,
 * 19597 of Quảng Trị, 01654 of Cao Bằng) matches its share of the documents. Official units are therefore not
 * generated: registration-service imports all 3,321 communes and 34 provinces (and their predecessors) into the
 * store when it first starts on it, as it does on a real installation. What grows with use is generated here:
 * <b>registered</b> units (villages of the communes, {@code _id = code}, {@code official = false}).
 */
final class VolumeUnits {

    /** Default location of the dataset, relative to the repository root ({@code ./thidua} runs from there). */
    static final String DATASET = "registration-service/src/main/resources/admin-units/units-2025-07.json";
    /** The communes of the demo users (config/keycloak/thidua-realm.json): each gets a fixed share of its tenant. */
    static final Map<String, String> DEMO_COMMUNES = Map.of("12", "03390", "44", "19597", "04", "01654");
    /** One document in this many of a demo tenant names the demo commune, so its user's lists are not empty. */
    static final int DEMO_COMMUNE_SHARE = 20;

    private final Map<String, List<String[]>> communes = new LinkedHashMap<>();
    private final Map<String, String> provinceNames = new LinkedHashMap<>();

    private VolumeUnits() {
    }

    static VolumeUnits read(Path dataset) {
        try {
            return parse(Files.readString(dataset, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the unit dataset " + dataset
                    + " (run from the repository root, or pass --units <path>)", e);
        }
    }

    static VolumeUnits parse(String json) {
        VolumeUnits units = new VolumeUnits();
        for (BsonValue p : BsonArray.parse(json)) {
            BsonDocument province = p.asDocument();
            String code = String.format("%02d", province.getNumber("code").intValue());
            units.provinceNames.put(code, province.getString("name").getValue());
            List<String[]> list = new ArrayList<>();
            for (BsonValue w : province.getArray("wards")) {
                BsonDocument ward = w.asDocument();
                list.add(new String[] {String.format("%05d", ward.getNumber("code").intValue()),
                    ward.getString("name").getValue()});
            }
            units.communes.put(code, List.copyOf(list));
        }
        for (String tenant : VolumeData.TENANTS) {
            if (!units.communes.containsKey(tenant)) {
                throw new IllegalStateException("the unit dataset has no province " + tenant);
            }
        }
        return units;
    }

    String provinceName(String tenant) {
        return provinceNames.get(tenant);
    }

    /**
     * The commune of the i-th document of a tenant: the demo commune for one in {@link #DEMO_COMMUNE_SHARE} of
     * the demo tenants' documents, otherwise spread over the province's real communes.
     */
    String[] commune(String tenant, long perTenant, int pick) {
        List<String[]> list = communes.get(tenant);
        String demo = DEMO_COMMUNES.get(tenant);
        if (demo != null && perTenant % DEMO_COMMUNE_SHARE == 0) {
            for (String[] c : list) {
                if (c[0].equals(demo)) {
                    return c;
                }
            }
        }
        return list.get(Math.floorMod(pick, list.size()));
    }

    int communeCount(String tenant) {
        return communes.get(tenant).size();
    }

    // ------------------------------------------------------------------------------------------------ registered

    static int villagesFor(int dossiers) {
        return Math.max(VolumeData.TENANTS.length, dossiers / 10);
    }

    /**
     * Village v: in the shape of registration-service's {@code Unit} as {@code RegisteredUnits} writes it (code
     * {@code <tenant>-<commune>-T<n>}, path province → commune → village, open validity, name history).
     */
    Document village(long v) {
        String tenant = VolumeData.tenant(v);
        long perTenant = v / VolumeData.TENANTS.length;
        String[] commune = commune(tenant, perTenant, (int) (perTenant * 7));
        String code = tenant + "-" + commune[0] + "-T" + perTenant;
        String name = "Thôn " + (1 + perTenant % 40) + " " + commune[1];
        Instant at = Instant.parse("2025-08-01T02:00:00Z").plusSeconds(perTenant * 60);
        return new Document("_id", code).append("code", code).append("level", "VILLAGE").append("type", "Thôn")
                .append("name", name).append("names", List.of(new Document("name", name).append("validFrom", "2025-08-01")))
                .append("parentCode", commune[0]).append("provinceCode", tenant).append("tenant", tenant)
                .append("path", List.of(tenant, commune[0], code)).append("validFrom", "2025-08-01")
                .append("validTo", "9999-12-31").append("official", false).append("searchKey", fold(name))
                .append("searchKeys", keys(name)).append("version", 0L).append("createdBy", "laichau.admin")
                .append("createdAt", VolumeData.at(at)).append("updatedAt", VolumeData.at(at))
                .append("_class", "vn.thidua.registration.units.Unit");
    }

    /** As registration-service's {@code SearchKeys.fold}: no marks, lower case, words separated by one space. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String plain = decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", " ").trim();
    }

    /** As {@code SearchKeys.keys}: every word-boundary suffix of the folded name. */
    static List<String> keys(String name) {
        String[] words = fold(name).split(" ");
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            keys.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
        }
        return new ArrayList<>(keys);
    }
}
