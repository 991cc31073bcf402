package vn.thidua.systemtest.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One operation of a service's OpenAPI document: where it is (service port, method, path template), what it reads
 * (query parameters, body content types and schema), resolved against the document's components.
 */
record ApiOperation(String service, int port, String method, String path, List<Parameter> query,
        List<String> contentTypes, JsonNode bodySchema, JsonNode components) {

    static final Map<String, Integer> PORTS = Map.of("campaign-service", 8081, "registration-service", 8082,
            "award-service", 8083, "reporting-service", 8084);

    record Parameter(String name, JsonNode schema, boolean required) {
    }

    String collection() {
        int brace = path.indexOf("/{");
        return brace < 0 ? path : path.substring(0, brace);
    }

    List<String> pathParameters() {
        List<String> names = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    boolean writes() {
        return !method.equals("GET");
    }

    boolean multipart() {
        return contentTypes.stream().anyMatch(type -> type.startsWith("multipart/"));
    }

    boolean json() {
        return contentTypes.stream().anyMatch(type -> type.contains("json"));
    }

    /** A schema with its {@code $ref} followed into the components. */
    JsonNode resolve(JsonNode schema) {
        JsonNode at = schema;
        for (int hops = 0; at != null && at.has("$ref") && hops < 10; hops++) {
            String name = at.get("$ref").asString().replace("#/components/schemas/", "");
            at = components.path("schemas").get(name);
        }
        return at;
    }

    static List<ApiOperation> read(String service, JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        JsonNode components = document.path("components");
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (!path.getKey().startsWith("/api/v1/")) {
                return;
            }
            List<Parameter> query = new ArrayList<>();
            method.getValue().path("parameters").forEach(parameter -> {
                if ("query".equals(parameter.path("in").asString())) {
                    query.add(new Parameter(parameter.get("name").asString(), parameter.path("schema"),
                            parameter.path("required").asBoolean(false)));
                }
            });
            List<String> types = new ArrayList<>();
            JsonNode content = method.getValue().path("requestBody").path("content");
            content.propertyNames().forEach(types::add);
            JsonNode schema = types.isEmpty() ? null : content.get(types.get(0)).path("schema");
            operations.add(new ApiOperation(service, PORTS.get(service), method.getKey().toUpperCase(),
                    path.getKey(), query, types, schema, components));
        }));
        return operations;
    }
}
