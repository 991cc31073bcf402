package vn.thidua.systemtest.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad requests generated for one operation from its OpenAPI description: bad ids, bad query encodings, bad and
 * unsupported content types and multipart, bad headers, bad JSON (syntax, non-finite and huge numbers, years out
 * of range, enums by position, control characters, oversized values, wrong types), wrong Accept, wrong methods.
 * Seeded: the same seed gives the same requests.
 */
final class BadInputs {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HOLE = "\"__FUZZ_HOLE__\"";

    private final ApiOperation operation;
    private final String goodPath;
    private final Map<String, Object> validBody;
    private final Random random;
    private final List<FuzzCase> cases = new ArrayList<>();

    /**
     * @param goodPath  the path with real ids in place of its parameters
     * @param validBody a body that would succeed (or null: one is made from the schema)
     */
    BadInputs(ApiOperation operation, String goodPath, Map<String, Object> validBody, long seed) {
        this.operation = operation;
        this.goodPath = goodPath;
        this.validBody = validBody;
        this.random = new Random(seed ^ operation.path().hashCode() ^ operation.method().hashCode());
    }

    List<FuzzCase> generate(int atLeast) {
        badIds();
        badQueries();
        badHeaders();
        wrongAccept();
        wrongMethods();
        if (operation.writes()) {
            badContentTypes();
            if (operation.multipart()) {
                badMultipart();
            } else {
                badJson();
                badFields();
            }
        } else {
            // A body or a content type on a read is ignored or refused, never a crash.
            add("content-type", goodPath, Map.of("Content-Type", "multipart/form-data"), "--x\r\n", false);
            add("content-type", goodPath, Map.of("Content-Type", "application/x-www-form-urlencoded"), "{\"a\":1}",
                    false);
        }
        while (cases.size() < atLeast) {
            randomQueryValue();
        }
        return cases;
    }

    // ------------------------------------------------------------------ ids and paths

    private void badIds() {
        List<String> bad = List.of("%00", "a%00b", "%5C", "a\\b", "%zz", "%", "%C3%28", "%FF%FE", "%E1%BB%87", "..%2F..%2Factuator",
                "%2e%2e", "x;jsessionid=1", "%20", "{\"$gt\":\"\"}", "$where", "x".repeat(5_000), "-1",
                "99999999999999999999", "%0d%0aX-Injected:%201", "%09", "%7F", "%u0041");
        List<String> parameters = operation.pathParameters();
        if (parameters.isEmpty()) {
            for (String suffix : List.of("/%00", "/%zz", "%5C", "//", "/..;/x", "/%2e%2e/%2e%2e/actuator/env",
                    ";%00", "/" + "y".repeat(9_000))) {
                add("bad-path", goodPath + suffix, Map.of(), null, true);
            }
            return;
        }
        for (String value : bad) {
            String path = operation.path();
            for (int i = 0; i < parameters.size(); i++) {
                String name = "{" + parameters.get(i) + "}";
                String good = goodSegment(goodPath, path, i);
                path = path.replace(name, i == parameters.size() - 1 || random.nextBoolean() ? value : good);
            }
            add("bad-id", path, Map.of(), operation.writes() ? validBodyText() : null, false);
        }
    }

    private static String goodSegment(String goodPath, String template, int index) {
        String[] good = goodPath.split("/");
        String[] names = template.split("/");
        int seen = 0;
        for (int i = 0; i < names.length && i < good.length; i++) {
            if (names[i].startsWith("{")) {
                if (seen++ == index) {
                    return good[i];
                }
            }
        }
        return "x";
    }

    // ------------------------------------------------------------------ query strings

    private void badQueries() {
        for (String query : List.of("%zz=1", "a=%zz", "a=%", "a=%C3%28", "%00=1", "a=%00", "a=b%0d%0aX-Injected:1",
                "page=-1", "size=-5", "size=99999999999999999999", "page=abc", "size=1e309", "after=%00%FF",
                "after=not-a-cursor", "since=-1", "since=NaN", "year=1e309", "year=0", "year=10000",
                "year=-1", "a=" + "q".repeat(20_000), "a=1&a=2&a=3", "=", "&&&", "a[b]=1")) {
            add("bad-query", goodPath + "?" + query, Map.of(), operation.writes() ? validBodyText() : null, false);
        }
        for (ApiOperation.Parameter parameter : operation.query()) {
            for (String value : valuesFor(parameter.name(), operation.resolve(parameter.schema()))) {
                add("bad-query", goodPath + "?" + parameter.name() + "=" + value, Map.of(),
                        operation.writes() ? validBodyText() : null, false);
            }
        }
    }

    private List<String> valuesFor(String name, JsonNode schema) {
        String type = schema == null ? "string" : schema.path("type").asString("string");
        List<String> values = new ArrayList<>(List.of("%00", "%zz", "%1B%5B31m", "x".repeat(3_000)));
        switch (type) {
            case "integer", "number" -> values.addAll(List.of("1e309", "NaN", "-Infinity", "99999999999999999999",
                    "0x10", "1.5", "-2147483649"));
            case "boolean" -> values.add("maybe");
            default -> {
                if (schema != null && schema.has("enum")) {
                    values.addAll(List.of("0", "1", "-1", "lowercase"));
                }
                if (schema != null && schema.path("format").asString("").startsWith("date")) {
                    values.addAll(List.of("0000-01-01", "-0001-01-01", "%2B10000-01-01", "2025-02-30"));
                }
            }
        }
        if (name.toLowerCase().contains("year")) {
            values.addAll(List.of("0", "-1", "10000"));
        }
        return values;
    }

    private void randomQueryValue() {
        String[] alphabet = {"%00", "%zz", "%C3", "%FF", "%0A", "%1F", "%7F", "\\", "%5C", "'", "\"", "<", "%", "+",
                "é", "%E2%80%AE", "{", "}", "|", "^", "`"};
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
            value.append(alphabet[random.nextInt(alphabet.length)]);
        }
        String name = operation.query().isEmpty() ? "q"
                : operation.query().get(random.nextInt(operation.query().size())).name();
        add("bad-query", goodPath + "?" + name + "=" + value, Map.of(), operation.writes() ? validBodyText() : null,
                false);
    }

    // ------------------------------------------------------------------ headers

    private void badHeaders() {
        String body = operation.writes() && !operation.multipart() ? validBodyText() : null;
        boolean mustFail = operation.writes();
        add("bad-header", goodPath, Map.of("Idempotency-Key", "khóa-thử-ệ"), body, mustFail && operation.method().equals("POST"));
        add("bad-header", goodPath, Map.of("Idempotency-Key", "k".repeat(4_000)), body, false);
        add("bad-header", goodPath, Map.of("Idempotency-Key", "a\u0001b"), body, false);
        add("bad-header", goodPath, Map.of("If-Match", "\"phiên-bản\""), body, false);
        add("bad-header", goodPath, Map.of("If-Match", "garbage"), body, false);
        add("bad-header", goodPath, Map.of("If-Match", "\"-1\""), body, false);
        add("bad-header", goodPath, Map.of("If-Match", "\"99999999999999999999\""), body, false);
        add("bad-header", goodPath, Map.of("If-Match", "W/\"0\", *, \"\""), body, false);
        add("bad-header", goodPath, Map.of("Accept-Language", "%%, ;q=x, 中文"), body, false);
        add("bad-header", goodPath, Map.of("X-Request-Id", "id-ệ\u0001" + "r".repeat(300)), body, false);
        add("bad-header", goodPath, Map.of("X-Big", "h".repeat(40_000)), body, false);
        add("bad-header", goodPath, Map.of("Authorization", "Bearer not.a.token"), body, true);
        add("bad-header", goodPath, Map.of("Authorization", "Bearer ệ"), body, true);
        add("bad-header", goodPath, Map.of("X-Thidua-Fault", "after-reservation:zz"), body, false);
        add("bad-header", goodPath, Map.of("Content-Length", "-1"), null, false);
    }

    private void wrongAccept() {
        String body = operation.writes() && !operation.multipart() ? validBodyText() : null;
        for (String accept : List.of("text/html", "application/xml", "image/png", "application/json;q=0",
                "ệ/ệ", "*/*;q=abc")) {
            boolean refuse = operation.writes() && !accept.startsWith("*") && !accept.startsWith("ệ");
            add("wrong-accept", goodPath, Map.of("Accept", accept), body, refuse);
        }
    }

    private void wrongMethods() {
        for (String method : List.of("PATCH", "TRACE", "FOO")) {
            cases.add(new FuzzCase("wrong-method", method, bytes(goodPath), headers(Map.of()), null, true));
        }
    }

    // ------------------------------------------------------------------ bodies

    private void badContentTypes() {
        String body = validBodyText();
        for (String type : List.of("multipart/form-data", "multipart/form-data; boundary=", "multipart/mixed",
                "application/x-www-form-urlencoded", "text/plain", "application/xml", "application/json; charset=klingon",
                "application/json; charset=UTF-16", "ệ/ệ", "application/octet-stream")) {
            boolean refuse = !(operation.multipart() && type.startsWith("multipart/form-data"));
            add("content-type", goodPath, Map.of("Content-Type", type), body, refuse);
        }
        add("content-type", goodPath, Map.of(), null, true);
    }

    private void badMultipart() {
        String boundary = "fuzzBoundary" + random.nextInt(1000);
        String type = "multipart/form-data; boundary=" + boundary;
        add("multipart", goodPath, Map.of("Content-Type", type), "--" + boundary + "\r\nbroken", true);
        add("multipart", goodPath, Map.of("Content-Type", type), "no parts at all", true);
        add("multipart", goodPath, Map.of("Content-Type", "multipart/form-data; boundary=\"unterminated"), "x", true);
        add("multipart", goodPath, Map.of("Content-Type", type), part(boundary, "other", "a.pdf", "%PDF-1.4"), true);
        add("multipart", goodPath, Map.of("Content-Type", type), part(boundary, "file", "a.docx",
                "PK\u0003\u0004junk after a zip header"), true);
        add("multipart", goodPath, Map.of("Content-Type", type), part(boundary, "file", "a.pdf", "not a pdf"), true);
        add("multipart", goodPath, Map.of("Content-Type", type), part(boundary, "file", "a.xlsx",
                "PK\u0003\u0004\u0014\u0000junk"), true);
        add("multipart", goodPath, Map.of("Content-Type", type), part(boundary, "file", "", ""), true);
        add("multipart", goodPath, Map.of("Content-Type", type), part(boundary, "file", "../../etc/passwd\u0000.pdf",
                "%PDF-1.4\n%%EOF"), false);
        add("multipart", goodPath, Map.of("Content-Type", type), part(boundary, "file", "a.exe", "MZ\u0090\u0000"),
                true);
    }

    private static String part(String boundary, String name, String filename, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    }

    private void badJson() {
        for (String text : List.of("", "{", "[]", "null", "\"x\"", "{\"a\":}", "{'a':1}", "[".repeat(5_000),
                "{\"a\":" + "[".repeat(3_000), "\uFEFF{}", "{\"a\":1}{\"b\":2}", "{\"a\":NaN}", "1e309",
                "{\"a\":\"\\ud800\"}", "{\"a\":\"\u0000\"}")) {
            add("bad-json", goodPath, Map.of(), text, true);
        }
        cases.add(new FuzzCase("bad-json", operation.method(), bytes(goodPath), headers(Map.of()),
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, true));
    }

    /** Each field of the valid body replaced in turn by a value of a bad class for its type. */
    private void badFields() {
        ObjectNode base = baseBody();
        JsonNode schema = operation.bodySchema() == null ? null : operation.resolve(operation.bodySchema());
        List<String> names = new ArrayList<>(base.propertyNames());
        if (schema != null) {
            schema.path("properties").propertyNames().forEach(name -> {
                if (!names.contains(name)) {
                    names.add(name);
                }
            });
        }
        for (String name : names) {
            JsonNode property = schema == null ? null : operation.resolve(schema.path("properties").get(name));
            for (String raw : badValues(name, property, base.get(name))) {
                ObjectNode body = base.deepCopy();
                body.put(name, "__FUZZ_HOLE__");
                boolean strict = mustBeRefused(name, property, raw);
                add("bad-field:" + name, goodPath, Map.of(), JSON.writeValueAsString(body).replace(HOLE, raw), strict);
            }
        }
    }

    /**
     * The values the platform promises to refuse wherever they appear (issue 12): non-finite numbers, control
     * characters, a year out of range, an enum by position, an impossible or out-of-range date. Other bad values
     * (a wrong type Jackson may coerce, a long text) must only never be a 5xx.
     */
    private static boolean mustBeRefused(String name, JsonNode schema, String raw) {
        String type = schema == null ? "" : schema.path("type").asString("");
        boolean number = type.equals("integer") || type.equals("number");
        if (raw.contains("\\u0000") || raw.contains("\\u001b") || raw.contains("\u0000")) {
            return true;
        }
        if (number && (raw.equals("1e309") || raw.equals("NaN") || raw.equals("-Infinity"))) {
            return true;
        }
        if ((name.equals("year") || name.endsWith("Year")) && (raw.equals("0") || raw.equals("-1")
                || raw.equals("10000"))) {
            return true;
        }
        if (schema != null && schema.has("enum") && (raw.equals("0") || raw.equals("1"))) {
            return true;
        }
        return schema != null && schema.path("format").asString("").equals("date") && raw.startsWith("\"")
                && (raw.contains("0000-") || raw.contains("-0001") || raw.contains("+10000") || raw.contains("02-30"));
    }

    private List<String> badValues(String name, JsonNode schema, JsonNode current) {
        String type = schema == null ? (current == null ? "string" : current.isNumber() ? "number"
                : current.isArray() ? "array" : current.isObject() ? "object" : "string")
                : schema.path("type").asString(schema.has("properties") ? "object" : "string");
        List<String> values = new ArrayList<>();
        switch (type) {
            case "integer", "number" -> values.addAll(List.of("1e309", "NaN", "-Infinity", "99999999999999999999999",
                    "true"));
            case "array" -> values.addAll(List.of("{}", "[\"a\u0000\"]", "[" + "1,".repeat(2_000) + "1]"));
            case "object" -> values.addAll(List.of("\"x\"", "[]"));
            case "boolean" -> values.add("\"maybe\"");
            default -> {
                values.addAll(List.of("\"a\\u0000b\"", "\"\\u001b[31mred\"", "{}", "1e309"));
                if (schema != null && schema.has("enum")) {
                    values.addAll(List.of("0", "1", "\"" + schema.get("enum").get(0).asString().toLowerCase() + "\""));
                }
                if (schema != null && schema.path("format").asString("").startsWith("date")) {
                    values.addAll(List.of("\"0000-01-01\"", "\"-0001-01-01\"", "\"+10000-01-01\"", "\"2025-02-30\""));
                }
            }
        }
        if (name.toLowerCase().contains("year")) {
            values.addAll(List.of("0", "-1", "10000"));
        }
        values.add("\"x" + "z".repeat(50_000) + "\"");
        return values;
    }

    // ------------------------------------------------------------------ helpers

    private ObjectNode baseBody() {
        if (validBody != null) {
            return (ObjectNode) JSON.valueToTree(validBody);
        }
        ObjectNode body = JSON.createObjectNode();
        JsonNode schema = operation.bodySchema() == null ? null : operation.resolve(operation.bodySchema());
        if (schema != null) {
            schema.path("properties").properties().forEach(property -> {
                JsonNode resolved = operation.resolve(property.getValue());
                body.set(property.getKey(), sample(resolved));
            });
        }
        return body;
    }

    private JsonNode sample(JsonNode schema) {
        if (schema == null) {
            return JSON.getNodeFactory().stringNode("x");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (schema.path("type").asString("string")) {
            case "integer", "number" -> JSON.getNodeFactory().numberNode(2026);
            case "boolean" -> JSON.getNodeFactory().booleanNode(true);
            case "array" -> JSON.createArrayNode();
            case "object" -> JSON.createObjectNode();
            default -> JSON.getNodeFactory().stringNode(schema.path("format").asString("").equals("date")
                    ? "2026-01-01" : "x");
        };
    }

    private String validBodyText() {
        return operation.multipart() ? null : JSON.writeValueAsString(baseBody());
    }

    private void add(String kind, String target, Map<String, String> extra, String body, boolean mustFail) {
        Map<String, String> headers = new LinkedHashMap<>(extra);
        if (body != null && !extra.containsKey("Content-Type") && !kind.equals("content-type")) {
            headers.put("Content-Type", "application/json");
        }
        byte[] payload = body == null ? (operation.writes() && !headers.containsKey("Content-Length")
                ? new byte[0] : null) : body.getBytes(StandardCharsets.UTF_8);
        cases.add(new FuzzCase(kind, operation.method(), bytes(target), headers(headers), payload, mustFail));
    }

    private static Map<String, byte[]> headers(Map<String, String> headers) {
        Map<String, byte[]> raw = new LinkedHashMap<>();
        headers.forEach((name, value) -> raw.put(name, value.getBytes(StandardCharsets.UTF_8)));
        return raw;
    }

    private static byte[] bytes(String target) {
        return target.getBytes(StandardCharsets.UTF_8);
    }
}
