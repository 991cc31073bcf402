package vn.thidua.registration.units.importing;

import static vn.thidua.registration.units.importing.AdminUnitDataset.AFTER_FILE;
import static vn.thidua.registration.units.importing.DatasetText.capitalise;
import static vn.thidua.registration.units.importing.DatasetText.typeFromName;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.registration.units.importing.DatasetRows.NewCommune;
import vn.thidua.registration.units.importing.DatasetRows.NewProvince;
import vn.thidua.registration.units.importing.ImportReport.FileCount;

/**
 * Reads {@value AdminUnitDataset#AFTER_FILE} ([{name, code, division_type, wards: [{name, code, division_type}]}]):
 * the 34 provinces and their communes from the reform on. The only JSON file, hence the only reader using Jackson;
 * it fills {@link DatasetRows} and reports each unreadable entry there by its path in the array.
 */
final class AfterFileReader {

    private final DatasetRows rows;

    private AfterFileReader(DatasetRows rows) {
        this.rows = rows;
    }

    static void read(String text, DatasetRows rows) {
        new AfterFileReader(rows).readAfter(text);
    }

    private void readAfter(String text) {
        JsonNode root = JsonMapper.builder().build().readTree(text);
        if (!root.isArray()) {
            throw new IllegalArgumentException(AFTER_FILE + ": expected an array of provinces");
        }
        int read = 0;
        int loaded = 0;
        int index = 0;
        for (JsonNode province : root) {
            read++;
            String where = "provinces[" + index++ + "]";
            String code = code(province.path("code"), 2);
            String name = rows.clean(province.path("name").asString(""));
            if (code == null || name.isEmpty()) {
                rows.skip(AFTER_FILE, null, where + ": province without a 2-digit code or a name", province.toString());
                continue;
            }
            if (rows.newProvinces.containsKey(code)) {
                rows.skip(AFTER_FILE, null, where + ": province " + code + " appears twice", name);
                continue;
            }
            rows.newProvinces.put(code, new NewProvince(code, name, capitalise(province.path("division_type")
                    .asString(""), typeFromName(name, "Tỉnh", "Thành phố"))));
            loaded++;
            int wardIndex = 0;
            for (JsonNode ward : province.path("wards")) {
                read++;
                String wardWhere = where + ".wards[" + wardIndex++ + "]";
                String wardCode = code(ward.path("code"), 5);
                String wardName = rows.clean(ward.path("name").asString(""));
                if (wardCode == null || wardName.isEmpty()) {
                    rows.skip(AFTER_FILE, null, wardWhere + ": commune without a 5-digit code or a name", ward.toString());
                    continue;
                }
                NewCommune seen = rows.newCommunes.get(wardCode);
                if (seen != null) {
                    rows.skip(AFTER_FILE, null, wardWhere + ": commune " + wardCode + " already listed under province "
                            + seen.provinceCode(), wardName);
                    continue;
                }
                rows.newCommunes.put(wardCode, new NewCommune(wardCode, wardName, capitalise(ward.path("division_type")
                        .asString(""), typeFromName(wardName, "Xã", "Phường", "Đặc khu")), code));
                loaded++;
            }
        }
        rows.files.add(new FileCount(AFTER_FILE, read, loaded, read - loaded, 0));
    }

    /** JSON codes are numbers (4 for "00004"): written back with the level's number of digits. */
    private static String code(JsonNode node, int digits) {
        if (node.isIntegralNumber() && node.asLong() >= 0) {
            String text = Long.toString(node.asLong());
            return text.length() <= digits ? "0".repeat(digits - text.length()) + text : null;
        }
        if (node.isString() && node.asString().trim().matches("\\d{" + digits + "}")) {
            return node.asString().trim();
        }
        return null;
    }
}
