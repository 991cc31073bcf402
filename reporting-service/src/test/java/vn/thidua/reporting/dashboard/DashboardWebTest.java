package vn.thidua.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.thidua.reporting.readmodel.Change;
import vn.thidua.reporting.readmodel.Projections;
import vn.thidua.reporting.readmodel.ReadModelStore;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/**
 * Dashboards over the read model, fed through the store as the followers feed it, with provinces and units written
 * here: Vĩnh Long (86) with a district (861) and two communes before 1 July 2025 and a commune under the province
 * after; Cao Bằng (04). National sees both, a province admin only its own (another's unit or campaign → 404), a
 * commune officer its commune.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestSupport.class)
class DashboardWebTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "reporting-dashboard-test");
        registry.add("thidua.reporting.feeds.enabled", () -> "false");
    }

    static final String NATIONAL = TestTokens.token("nat", null, "VN", UnitLevel.NATIONAL, PlatformRole.NATIONAL_ADMIN);
    static final String VL_ADMIN = TestTokens.token("vl", "86", "86", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN);
    static final String COMMUNE = TestTokens.token("xa", "86", "29284", UnitLevel.COMMUNE,
            PlatformRole.COMMUNE_OFFICER);

    @LocalServerPort
    int port;

    @Autowired
    ReadModelStore store;

    TestHttp http() {
        return new TestHttp("http://localhost:" + port);
    }

    static Change unit(String code, String level, String name, String tenant, List<String> path, String from,
            String to, long seq) {
        return new Change(level + ":" + code + ":" + from, seq, false, Projections.document("code", code, "level",
                level, "name", name, "tenant", tenant, "path", path, "validFrom", from, "validTo", to));
    }

    static Change dossier(String id, long seq, String status, String tenant, List<String> path, String campaign,
            int year, boolean late) {
        return new Change(id, seq, false, Projections.document("status", status, "tenant", tenant, "unitPath", path,
                "campaignId", campaign, "year", year, "awardFormCode", "BANG_KHEN_TINH", "awardLevel",
                "MINISTRY_OR_PROVINCE", "late", late, "refused", "REJECTED".equals(status), "revoked", false));
    }

    @BeforeEach
    void readModel() {
        store.reset(Projections.UNITS);
        store.reset(Projections.CAMPAIGNS);
        store.reset(Projections.DOSSIERS);
        store.apply(Projections.UNITS, List.of(
                unit("86", "PROVINCE", "Tỉnh Vĩnh Long", "86", List.of("86"), "2000-01-01", null, 1),
                unit("861", "DISTRICT", "Huyện Thử Nghiệm", "86", List.of("86", "861"), "2000-01-01", "2025-06-30", 2),
                unit("29284", "COMMUNE", "Xã Một", "86", List.of("86", "861", "29284"), "2000-01-01", "2025-06-30", 3),
                unit("29287", "COMMUNE", "Xã Hai", "86", List.of("86", "861", "29287"), "2000-01-01", "2025-06-30", 4),
                unit("29290", "COMMUNE", "Xã Hợp Nhất", "86", List.of("86", "29290"), "2025-07-01", null, 5),
                unit("04", "PROVINCE", "Tỉnh Cao Bằng", "04", List.of("04"), "2000-01-01", null, 6)));
        store.apply(Projections.CAMPAIGNS, List.of(
                new Change("c86", 1, false, Projections.document("id", "c86", "status", "LAUNCHED", "tenant", "86",
                        "unitPath", List.of("86"), "code", "VL-2021", "name", "Vĩnh Long thi đua", "level",
                        "PROVINCE")),
                new Change("c04", 2, false, Projections.document("id", "c04", "status", "FINAL_REVIEW", "tenant",
                        "04", "unitPath", List.of("04"), "code", "CB-2021", "name", "Cao Bằng thi đua", "level",
                        "PROVINCE"))));
        store.apply(Projections.DOSSIERS, List.of(
                dossier("d1", 1, "PUBLISHED", "86", List.of("86", "861", "29284"), "c86", 2024, false),
                dossier("d2", 2, "IN_REVIEW", "86", List.of("86", "861", "29287"), "c86", 2024, true),
                dossier("d3", 3, "REJECTED", "86", List.of("86", "861", "29287"), "c86", 2024, false),
                dossier("d4", 4, "DECIDED", "86", List.of("86", "29290"), "c86", 2026, false),
                dossier("d5", 5, "PUBLISHED", "04", List.of("04", "04001"), "c04", 2024, false)));
    }

    @Test
    void theNationalBoardSeesEveryProvinceAndTheirTotals() {
        JsonNode d = http().get("/api/v1/reports/dashboard").token(NATIONAL).send().json();

        assertThat(d.get("unit").get("code").asString()).isEqualTo("VN");
        assertThat(d.get("dossiersByStatus").get("PUBLISHED").asLong()).isEqualTo(2);
        assertThat(d.get("awards").get(0).get("count").asLong()).isEqualTo(3);
        assertThat(d.get("campaignsByStatus").get("FINAL_REVIEW").asLong()).isEqualTo(1);
        assertThat(d.get("late").asLong()).isEqualTo(1);
        assertThat(d.get("refused").asLong()).isEqualTo(1);
        assertThat(codes(d.get("children"))).containsExactly("04", "86");
        assertThat(d.get("children").get(1).get("dossiers").asLong()).isEqualTo(4);
        assertThat(d.get("children").get(1).get("name").asString()).isEqualTo("Tỉnh Vĩnh Long");
        assertThat(d.get("dataAsOf").has("feeds")).isTrue();
    }

    @Test
    void aProvinceAdminSeesOnlyItsProvinceAndDrillsDownThroughTheDistrictBeforeTheReform() {
        JsonNode d = http().get("/api/v1/reports/dashboard").token(VL_ADMIN).send().json();
        assertThat(d.get("unit").get("code").asString()).isEqualTo("86");
        assertThat(codes(d.get("children"))).containsExactly("29290", "861");

        JsonNode y2024 = http().get("/api/v1/reports/dashboard?year=2024").token(VL_ADMIN).send().json();
        assertThat(codes(y2024.get("children"))).containsExactly("861");
        assertThat(y2024.get("dossiersByStatus").get("IN_REVIEW").asLong()).isEqualTo(1);

        JsonNode district = http().get("/api/v1/reports/dashboard?unit=861&campaignId=c86").token(VL_ADMIN).send()
                .json();
        assertThat(codes(district.get("children"))).containsExactly("29284", "29287");
        assertThat(district.get("children").get(1).get("late").asLong()).isEqualTo(1);
        assertThat(district.get("filters").get("campaignCode").asString()).isEqualTo("VL-2021");
    }

    @Test
    void anotherProvincesUnitOrCampaignIsNotFound() {
        for (String path : List.of("?unit=04", "?unit=04001", "?unit=VN", "?campaignId=c04", "?unit=nowhere")) {
            var answer = http().get("/api/v1/reports/dashboard" + path).token(VL_ADMIN).send();
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void aCommuneOfficerSeesItsOwnCommuneOnly() {
        JsonNode own = http().get("/api/v1/reports/dashboard").token(COMMUNE).send().json();
        assertThat(own.get("unit").get("code").asString()).isEqualTo("29284");
        assertThat(own.get("dossiersByStatus").get("PUBLISHED").asLong()).isEqualTo(1);
        assertThat(own.get("dossiersByStatus").has("IN_REVIEW")).isFalse();

        for (String unit : List.of("29287", "861", "86")) {
            assertThat(http().get("/api/v1/reports/dashboard?unit=" + unit).token(COMMUNE).send().status())
                    .as(unit).isEqualTo(404);
        }
    }

    @Test
    void anItemThatChangesMovesBetweenCounters() {
        store.apply(Projections.DOSSIERS, List.of(dossier("d2", 9, "DECIDED", "86", List.of("86", "861", "29287"),
                "c86", 2024, true)));
        JsonNode d = http().get("/api/v1/reports/dashboard?year=2024").token(VL_ADMIN).send().json();
        assertThat(d.get("dossiersByStatus").has("IN_REVIEW")).isFalse();
        assertThat(d.get("dossiersByStatus").get("DECIDED").asLong()).isEqualTo(1);
        assertThat(d.get("awards").get(0).get("count").asLong()).isEqualTo(2);
    }

    @Test
    void badInputNamesTheField() {
        for (Map.Entry<String, String> bad : Map.of("year=20x4", "year", "year=1800", "year", "format=doc",
                "format", "unit=a%20b", "unit").entrySet()) {
            var answer = http().get("/api/v1/reports/dashboard?" + bad.getKey()).token(VL_ADMIN)
                    .header("Accept-Language", "en").send();
            assertThat(answer.status()).as(bad.getKey()).isEqualTo(400);
            assertThat(answer.text()).as(bad.getKey()).contains("\"" + bad.getValue() + "\"");
        }
    }

    @Test
    void theWorkbookHasNumericCellsAndThePdfVietnameseText() throws Exception {
        byte[] xlsx = download("/api/v1/reports/dashboard?format=xlsx", VL_ADMIN);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Báo cáo tổng hợp thi đua, khen thưởng – 86 – Tỉnh Vĩnh Long");
            boolean numeric = false;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    numeric |= cell.getCellType() == CellType.NUMERIC;
                }
            }
            assertThat(numeric).isTrue();
        }
        byte[] pdf = download("/api/v1/reports/dashboard?format=pdf", VL_ADMIN);
        PdfReader reader = new PdfReader(pdf);
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("Báo cáo tổng hợp thi đua, khen thưởng").contains("Tỉnh Vĩnh Long");
        } finally {
            reader.close();
        }
    }

    private byte[] download(String path, String token) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static List<String> codes(JsonNode rows) {
        List<String> codes = new ArrayList<>();
        rows.forEach(row -> codes.add(row.get("unitCode").asString()));
        return codes;
    }
}
