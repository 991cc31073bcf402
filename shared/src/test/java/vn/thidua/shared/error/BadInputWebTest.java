package vn.thidua.shared.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestTokens;

/**
 * Issue 12's bad-input classes against a service with the platform's whole auto-configuration, over raw HTTP (the
 * JDK's client refuses to send most of them): every answer is a 4xx problem+json, and a refused create writes
 * nothing — also one refused for its Accept header (406), which Spring alone decides after the controller ran.
 */
@SpringBootTest(classes = BadInputWebTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=bad-input-test")
@Import(PlatformTestSupport.class)
class BadInputWebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(ThingsApi.class)
    static class App {
    }

    enum Level { PROVINCE, COMMUNE }

    record Thing(String name, Level level, int year, double amount, LocalDate validFrom) {
    }

    @RestController
    static class ThingsApi {
        static final AtomicInteger writes = new AtomicInteger();

        @PostMapping("/api/v1/things")
        @ResponseStatus(HttpStatus.CREATED)
        Thing create(@RequestBody Thing thing,
                @RequestHeader(name = "Idempotency-Key", required = false) String key) {
            writes.incrementAndGet();
            return thing;
        }

        @GetMapping("/api/v1/things/{id}")
        Thing read(@PathVariable String id, @RequestParam(required = false) String filter) {
            return new Thing(id, Level.PROVINCE, 2026, 1, LocalDate.of(2026, 1, 1));
        }

        @PostMapping(path = "/api/v1/things/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
        String upload(@PathVariable String id, @RequestParam("file") MultipartFile file) {
            writes.incrementAndGet();
            return "{}";
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "bad-input-test");
    }

    @LocalServerPort
    int port;

    private final String token = TestTokens.token("bad-input", "12", "12", UnitLevel.PROVINCE,
            PlatformRole.PROVINCE_ADMIN);
    private static final String VALID = "{\"name\":\"Phong trào\",\"level\":\"PROVINCE\",\"year\":2026,"
            + "\"amount\":1.5,\"validFrom\":\"2026-01-01\"}";

    @BeforeEach
    void reset() {
        ThingsApi.writes.set(0);
    }

    @Test
    void aValidCreateStillSucceeds() throws IOException {
        Answer answer = send("POST", "/api/v1/things", "Content-Type: application/json\r\n", VALID);
        assertThat(answer.status).as(answer.body).isEqualTo(201);
        assertThat(ThingsApi.writes.get()).isEqualTo(1);
    }

    @Test
    void aCreateThatAcceptsNoJsonIsRefusedWith406BeforeAnythingIsWritten() throws IOException {
        Answer answer = send("POST", "/api/v1/things", "Content-Type: application/json\r\nAccept: text/html\r\n",
                VALID);
        assertProblem(answer, 406);
        assertThat(ThingsApi.writes.get()).as("writes after a 406").isZero();
    }

    @Test
    void badBodiesAre400Problems() throws IOException {
        for (String body : new String[] {VALID.replace("1.5", "1e309"), VALID.replace("1.5", "NaN"),
                VALID.replace("\"PROVINCE\"", "1"), VALID.replace("2026,", "10000,"), VALID.replace("2026,", "0,"),
                VALID.replace("2026-01-01", "0000-01-01"), VALID.replace("Phong trào", "a\\u0000b"), "{",
                VALID + "{}"}) {
            Answer answer = send("POST", "/api/v1/things", "Content-Type: application/json\r\n", body);
            assertProblem(answer, 400);
        }
        assertThat(ThingsApi.writes.get()).isZero();
    }

    @Test
    void badContentTypesAndMultipartAreProblems() throws IOException {
        assertProblem(send("POST", "/api/v1/things/1/files", "Content-Type: multipart/form-data\r\n", "--x"), 400);
        assertProblem(send("POST", "/api/v1/things/1/files", "Content-Type: multipart/form-data; boundary=b\r\n",
                "--b\r\nbroken"), 400);
        assertProblem(send("POST", "/api/v1/things", "Content-Type: application/x-www-form-urlencoded\r\n", VALID),
                415);
        assertProblem(send("POST", "/api/v1/things", "Content-Type: application/json; charset=klingon\r\n", VALID),
                415);
        assertThat(ThingsApi.writes.get()).isZero();
    }

    @Test
    void badPathsQueriesAndHeadersAreProblems() throws IOException {
        assertProblem(send("GET", "/api/v1/things/1?filter=%zz", "", null), 400);
        assertProblem(send("GET", "/api/v1/things/1?filter=%C3%28", "", null), 400);
        assertProblem(send("GET", "/api/v1/things/a%00b", "", null), 400);
        assertProblem(send("GET", "/api/v1/things/a\\b", "", null), 400);
        assertProblem(send("GET", "/api/v1/things/a%5Cb", "", null), 400);
        assertProblem(send("POST", "/api/v1/things", "Content-Type: application/json\r\nIdempotency-Key: khóa\r\n",
                VALID), 400);
        assertProblem(send("GET", "/api/v1/things/1", "Accept-Language: 中文\r\n", null), 400);
        assertProblem(send("GET", "/api/v1/things/1", "Accept: ệ/ệ\r\n", null), 400);
        assertProblem(send("GET", "/api/v1/nothing-here", "", null), 404);
        assertProblem(send("TRACE", "/api/v1/things/1", "", null), 405);
        assertProblem(send("PATCH", "/api/v1/things/1", "", null), 405);
        assertProblem(send("GET", "/api/v1/things/1", "Accept: text/html\r\n", null), 406);
        assertThat(ThingsApi.writes.get()).isZero();
    }

    private void assertProblem(Answer answer, int status) {
        assertThat(answer.status).as(answer.head + answer.body).isEqualTo(status);
        assertThat(answer.contentType).as(answer.body).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(answer.body);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("code").asString()).isNotBlank();
    }

    record Answer(int status, String contentType, String head, String body) {
    }

    /** One request written byte for byte (UTF-8), answer read to the end of the connection. */
    private Answer send(String method, String target, String headers, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: Bearer " + token + "\r\n" + headers
                    + (body == null ? "" : "Content-Length: " + payload.length + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            request.writeBytes(payload);
            socket.getOutputStream().write(request.toByteArray());
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            String head = raw.substring(0, end);
            String contentType = head.lines().filter(line -> line.toLowerCase().startsWith("content-type:"))
                    .map(line -> line.substring(13).trim()).findFirst().orElse("");
            String rest = raw.substring(end + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                StringBuilder joined = new StringBuilder();
                int at = 0;
                while (true) {
                    int line = rest.indexOf("\r\n", at);
                    int size = Integer.parseInt(rest.substring(at, line).trim(), 16);
                    if (size == 0) {
                        break;
                    }
                    byte[] bytes = rest.substring(line + 2).getBytes(StandardCharsets.UTF_8);
                    String chunk = new String(bytes, 0, size, StandardCharsets.UTF_8);
                    joined.append(chunk);
                    at = line + 2 + chunk.length() + 2;
                }
                rest = joined.toString();
            }
            return new Answer(Integer.parseInt(head.split(" ")[1]), contentType, head, rest);
        }
    }
}
