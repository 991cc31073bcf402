package vn.thidua.registration.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.shared.security.PlatformRole.COMMUNE_OFFICER;
import static vn.thidua.shared.security.PlatformRole.DISTRICT_OFFICER;
import static vn.thidua.shared.security.PlatformRole.PROVINCE_ADMIN;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.registration.PlatformWebTest;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.TestTokens;

/** Progress over HTTP: results, the current value per indicator (award-service's contract), evidence, the feed. */
class ProgressApiTest extends PlatformWebTest {

    /** Each test uses communes of its own (Huyện Tam Đường, before 2025-07), so tests do not see each other. */
    final String commune = TestTokens.token("lc-commune", "12", "03390", UnitLevel.COMMUNE, COMMUNE_OFFICER);
    final String district = TestTokens.token("lc-district", "12", "106", UnitLevel.DISTRICT, DISTRICT_OFFICER);
    final String laiChauAdmin = TestTokens.token("lc-admin", "12", "12", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String caoBangAdmin = TestTokens.token("cb-admin", "04", "04", UnitLevel.PROVINCE, PROVINCE_ADMIN);

    static Map<String, Object> result(String unit, String indicator, Object value, String uom, String measuredOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", unit);
        body.put("indicator", indicator);
        body.put("value", value);
        body.put("unitOfMeasure", uom);
        body.put("measuredOn", measuredOn);
        return body;
    }

    JsonNode record(String token, Map<String, Object> body) {
        var response = http.post("/api/v1/progress", body).token(token)
                .header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json();
    }

    @Test
    void theCurrentValueOfEachIndicatorIsTheLatestMeasuredByTheDay() {
        // 03394 (Xã Thèn Sin, Huyện Tam Đường) before the reform: the district sees it. Its results are entered by
        // Sở Nội vụ: today (after 1 July 2025) the district reads and writes nothing (UnitsInForce).
        String unit = "03394";
        JsonNode met = record(laiChauAdmin, result(unit, "NTM_STANDARD_MET", 1, "FLAG", "2024-11-30"));
        record(laiChauAdmin, result(unit, "NTM_CRITERIA_MET", 19, "CRITERIA", "2024-11-30"));
        record(laiChauAdmin, result(unit, "NTM_CRITERIA_MET", 17, "CRITERIA", "2023-11-30"));
        record(laiChauAdmin, result(unit, "NTM_CRITERIA_MET", 18, "CRITERIA", "2025-03-01"));

        var response = http.get("/api/v1/progress/current?unitCode=" + unit + "&asOf=2025-01-20").token(district)
                .send();
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode current = response.json();
        assertThat(current.get("unitCode").asString()).isEqualTo(unit);
        assertThat(current.get("asOf").asString()).isEqualTo("2025-01-20");
        JsonNode indicators = current.get("indicators");
        assertThat(indicators).hasSize(2);
        assertThat(indicators.get(0).get("indicator").asString()).isEqualTo("NTM_CRITERIA_MET");
        assertThat(indicators.get(0).get("value").asInt()).isEqualTo(19);
        JsonNode flag = indicators.get(1);
        assertThat(flag.get("indicator").asString()).isEqualTo("NTM_STANDARD_MET");
        assertThat(flag.get("value").toString()).isEqualTo("1");
        assertThat(flag.get("unitOfMeasure").asString()).isEqualTo("FLAG");
        assertThat(flag.get("measuredOn").asString()).isEqualTo("2024-11-30");
        assertThat(flag.get("progressId").asString()).isEqualTo(met.get("id").asString());

        // Default asOf: today (the pinned clock): the 2025-03-01 value counts.
        JsonNode today = http.get("/api/v1/progress/current?unitCode=" + unit).token(laiChauAdmin).send().json();
        assertThat(today.get("asOf").asString()).isEqualTo("2026-11-23");
        assertThat(today.get("indicators").get(0).get("value").asInt()).isEqualTo(18);
    }

    @Test
    void nothingRecordedIsAnEmptyListAndAnotherProvincesUnitIsNotFound() {
        var empty = http.get("/api/v1/progress/current?unitCode=03405&asOf=2025-01-20").token(laiChauAdmin).send();
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().get("indicators")).isEmpty();
        assertThat(http.get("/api/v1/progress/current?unitCode=03405").token(caoBangAdmin).send().status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/progress/current?unitCode=NO-SUCH").token(laiChauAdmin).send().status())
                .isEqualTo(404);
        var badDay = http.get("/api/v1/progress/current?unitCode=03405&asOf=20-01-2025").token(laiChauAdmin).send();
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.text()).contains("asOf");
    }

    @Test
    void aRetriedCreateGivesOneResultAndBadInputWritesNothing() {
        String unit = "03400";
        String key = "retry-" + UUID.randomUUID();
        var body = result(unit, "NTM_CRITERIA_MET", 12, "CRITERIA", "2024-06-30");
        var first = http.post("/api/v1/progress", body).token(laiChauAdmin).header("Idempotency-Key", key).send();
        var again = http.post("/api/v1/progress", body).token(laiChauAdmin).header("Idempotency-Key", key).send();
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());

        List<String> fields = new ArrayList<>();
        var noValue = new LinkedHashMap<>(body);
        noValue.remove("value");
        var flag = result(unit, "NTM_STANDARD_MET", 2, "FLAG", "2024-06-30");
        var future = result(unit, "NTM_CRITERIA_MET", 13, "CRITERIA", "2026-11-24");
        for (Map<String, Object> bad : List.of(noValue, flag, future)) {
            var response = http.post("/api/v1/progress", bad).token(laiChauAdmin).send();
            assertThat(response.status()).as(response.text()).isEqualTo(400);
            response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        }
        assertThat(fields).containsExactly("value", "value", "measuredOn");
        var series = http.get("/api/v1/progress?unitCode=" + unit).token(laiChauAdmin).send().json();
        assertThat(series.get("totalItems").asLong()).as("one result, nothing from the bad requests").isEqualTo(1);
    }

    @Test
    void aResultMeasuredBeforeTheYear2000IsRefusedNamingMeasuredOn() {
        String unit = "03400";
        for (String day : List.of("0001-01-01", "1999-12-31")) {
            var response = http.post("/api/v1/progress", result(unit, "NTM_CRITERIA_MET", 5, "CRITERIA", day))
                    .token(laiChauAdmin).send();
            assertThat(response.status()).as(response.text()).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("measuredOn");
        }
        var series = http.get("/api/v1/progress?unitCode=" + unit + "&to=1999-12-31").token(laiChauAdmin).send().json();
        assertThat(series.get("totalItems").asLong()).isZero();
    }

    @Test
    void anotherProvinceNeitherReadsNorRecordsLaiChauResults() {
        JsonNode mine = record(laiChauAdmin, result("03413", "NTM_CRITERIA_MET", 10, "CRITERIA", "2024-06-30"));
        String id = mine.get("id").asString();
        assertThat(http.get("/api/v1/progress/" + id).token(caoBangAdmin).send().status()).isEqualTo(404);
        assertThat(http.post("/api/v1/progress", result("03413", "X", 1, "FLAG", "2024-06-30")).token(caoBangAdmin)
                .send().status()).isEqualTo(404);
        assertThat(http.get("/api/v1/progress?unitCode=03413").token(caoBangAdmin).send().json().get("totalItems")
                .asLong()).isZero();
        var own = http.get("/api/v1/progress/" + id).token(laiChauAdmin).send();
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void evidenceIsStoredWithItsSha256AndDownloadedAsSent() throws Exception {
        JsonNode mine = record(commune, result("03390", "NTM_STANDARD_MET", 1, "FLAG", "2024-11-30"));
        String id = mine.get("id").asString();
        byte[] pdf = "%PDF-1.7\nQuyết định công nhận xã đạt chuẩn NTM\n%%EOF".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> uploaded = upload(id, commune, "quyet-dinh.pdf", "application/pdf", pdf);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode evidence = tools.jackson.databind.json.JsonMapper.builder().build().readTree(uploaded.body());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(evidence.get("sha256").asString()).isEqualTo(sha);
        assertThat(evidence.get("size").asLong()).isEqualTo(pdf.length);

        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/progress/" + id + "/evidence/" + evidence.get("id").asString()))
                .header("Authorization", "Bearer " + district).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/pdf"));
        var after = http.get("/api/v1/progress/" + id).token(commune).send();
        assertThat(after.json().get("evidence")).hasSize(1);
        assertThat(after.header("ETag")).isEqualTo("\"1\"");

        HttpResponse<String> exe = upload(id, commune, "virus.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0});
        assertThat(exe.statusCode()).isEqualTo(400);
        assertThat(exe.body()).contains("\"field\":\"file\"");
        HttpResponse<String> html = upload(id, commune, "page.html", "text/html", "<html>".getBytes());
        assertThat(html.statusCode()).isEqualTo(400);
        HttpResponse<String> foreign = upload(id, caoBangAdmin, "x.pdf", "application/pdf", pdf);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/progress/" + id).token(commune).send().json().get("evidence")).hasSize(1);
    }

    @Test
    void theChangeFeedReturnsEachChangeOnceInOrderAndAnUpdateAgainLater() throws Exception {
        long start = http.get("/api/v1/progress/changes?since=0&size=100").token(laiChauAdmin).send().json()
                .get("nextCursor").asLong();
        // Page to the end first: other tests wrote too.
        long cursor = start;
        while (true) {
            JsonNode page = http.get("/api/v1/progress/changes?size=100&since=" + cursor).token(laiChauAdmin).send()
                    .json();
            if (page.get("items").isEmpty()) {
                break;
            }
            cursor = page.get("nextCursor").asLong();
        }
        String a = record(laiChauAdmin, result("03406", "NTM_CRITERIA_MET", 5, "CRITERIA", "2024-01-01")).get("id")
                .asString();
        String b = record(laiChauAdmin, result("03406", "NTM_CRITERIA_MET", 6, "CRITERIA", "2024-02-01")).get("id")
                .asString();
        JsonNode first = http.get("/api/v1/progress/changes?size=1&since=" + cursor).token(laiChauAdmin).send().json();
        assertThat(first.get("items").get(0).get("id").asString()).isEqualTo(a);
        assertThat(first.get("more").asBoolean()).isTrue();
        // a changes (evidence) between the pages: it comes again, after b, with its new version.
        assertThat(upload(a, laiChauAdmin, "x.png", "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}).statusCode()).isEqualTo(201);
        JsonNode rest = http.get("/api/v1/progress/changes?size=10&since=" + first.get("nextCursor").asLong())
                .token(laiChauAdmin).send().json();
        List<String> ids = new ArrayList<>();
        rest.get("items").forEach(i -> ids.add(i.get("id").asString()));
        assertThat(ids).containsExactly(b, a);
        assertThat(rest.get("items").get(1).get("version").asLong()).isEqualTo(1);
        JsonNode none = http.get("/api/v1/progress/changes?since=" + rest.get("nextCursor").asLong()).token(caoBangAdmin)
                .send().json();
        assertThat(none.get("items")).isEmpty();
        JsonNode foreign = http.get("/api/v1/progress/changes?size=100&since=" + cursor).token(caoBangAdmin).send()
                .json();
        assertThat(foreign.get("items")).as("Cao Bằng sees none of Lai Châu's changes").isEmpty();
    }

    HttpResponse<String> upload(String id, String token, String name, String type, byte[] content) throws Exception {
        String boundary = "b" + UUID.randomUUID().toString().replace("-", "");
        var out = new java.io.ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/progress/" + id + "/evidence"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
