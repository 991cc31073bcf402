package vn.thidua.registration.units.importing;

import static vn.thidua.registration.units.importing.AdminUnitDataset.BEFORE_FILE;
import static vn.thidua.registration.units.importing.DatasetText.COMMUNE_CODE;
import static vn.thidua.registration.units.importing.DatasetText.DISTRICT_CODE;
import static vn.thidua.registration.units.importing.DatasetText.PROVINCE_CODE;
import static vn.thidua.registration.units.importing.DatasetText.typeFromName;

import java.util.List;
import vn.thidua.registration.units.SearchKeys;
import vn.thidua.registration.units.importing.DatasetRows.OldCommune;
import vn.thidua.registration.units.importing.DatasetRows.OldDistrict;
import vn.thidua.registration.units.importing.DatasetRows.OldProvince;
import vn.thidua.registration.units.importing.ImportReport.FileCount;

/**
 * Reads {@value AdminUnitDataset#BEFORE_FILE} (Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp,
 * Tên Tiếng Anh): the provinces, districts and communes before the reform. Its own class because it is the only
 * reader of this layout; it fills {@link DatasetRows} and reports each unreadable row there.
 */
final class BeforeFileReader {

    private final DatasetRows rows;

    private BeforeFileReader(DatasetRows rows) {
        this.rows = rows;
    }

    static void read(String text, DatasetRows rows) {
        new BeforeFileReader(rows).readBefore(text);
    }

    private void readBefore(String text) {
        List<Csv.Record> records = Csv.parse(text);
        if (records.isEmpty() || !SearchKeys.fold(String.join(",", records.getFirst().cells())).contains("ma px")) {
            throw new IllegalArgumentException(BEFORE_FILE + ": unexpected header, expected "
                    + "'Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,...'");
        }
        int read = 0;
        int loaded = 0;
        int ignored = 1;
        for (Csv.Record record : records.subList(1, records.size())) {
            if (record.blankFrom(0)) {
                ignored++;
                continue;
            }
            read++;
            String reason = readBeforeRow(record);
            if (reason == null) {
                loaded++;
            } else {
                rows.skip(BEFORE_FILE, record, reason);
            }
        }
        rows.files.add(new FileCount(BEFORE_FILE, read, loaded, read - loaded, ignored));
    }

    private String readBeforeRow(Csv.Record record) {
        if (record.broken()) {
            return "a quoted cell is never closed";
        }
        if (record.cells().size() < 7) {
            return "expected at least 7 cells, found " + record.cells().size();
        }
        String provinceName = rows.clean(record.cell(0));
        String provinceCode = record.cell(1).trim();
        String districtName = rows.clean(record.cell(2));
        String districtCode = record.cell(3).trim();
        String communeName = rows.clean(record.cell(4));
        String communeCode = record.cell(5).trim();
        String kind = rows.clean(record.cell(6));
        if (!PROVINCE_CODE.matcher(provinceCode).matches()) {
            return "province code '" + provinceCode + "' is not a 2-digit code";
        }
        if (!DISTRICT_CODE.matcher(districtCode).matches()) {
            return "district code '" + districtCode + "' is not a 3-digit code";
        }
        if (provinceName.isEmpty() || districtName.isEmpty()) {
            return "province or district name missing";
        }
        boolean districtOnly = communeCode.isEmpty() && communeName.isEmpty();
        if (!districtOnly) {
            // Checked before anything is kept, so a rows.skipped row leaves nothing behind.
            if (!COMMUNE_CODE.matcher(communeCode).matches()) {
                return "commune code '" + communeCode + "' is not a 5-digit code";
            }
            if (communeName.isEmpty()) {
                return "commune name missing";
            }
            OldCommune seen = rows.oldCommunes.get(communeCode);
            if (seen != null) {
                return "commune " + communeCode + " already read on line " + seen.line();
            }
        }
        OldProvince province = rows.oldProvinces.computeIfAbsent(provinceCode,
                code -> new OldProvince(code, provinceName, record.line()));
        if (!province.name().equals(provinceName)) {
            rows.warn(BEFORE_FILE, record, "province " + provinceCode + " is named '" + province.name() + "' on line "
                    + province.line() + "; kept that name");
        }
        OldDistrict district = rows.oldDistricts.computeIfAbsent(districtCode,
                code -> new OldDistrict(code, districtName, provinceCode, record.line()));
        if (!district.provinceCode().equals(provinceCode)) {
            return "district " + districtCode + " belongs to province " + district.provinceCode() + " on line "
                    + district.line();
        }
        if (districtOnly) {
            // An island district without communes (Côn Đảo, Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn).
            return null;
        }
        rows.oldCommunes.put(communeCode, new OldCommune(communeCode, communeName,
                kind.isEmpty() ? typeFromName(communeName, "Xã", "Phường", "Thị trấn") : kind, districtCode,
                provinceCode, record.line()));
        return null;
    }
}
