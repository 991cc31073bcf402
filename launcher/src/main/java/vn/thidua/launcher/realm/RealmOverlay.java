package vn.thidua.launcher.realm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The realm the local stack imports: the production realm ({@code config/keycloak/thidua-realm.json}) with the
 * development overlay ({@code thidua-realm-dev.json}: demo users, password-grant clients, development secrets)
 * merged into it. Keycloak imports a realm once per name, so two files cannot be imported side by side: they are
 * merged into one document before the import.
 *
 * <p>Merge rule: objects merge field by field (the overlay wins on a scalar); a list of named objects (clients by
 * {@code clientId}, users by {@code username}, roles and scopes by {@code name}, …) merges the entry with the same
 * name and appends the others; any other list is replaced by the overlay's.
 */
public final class RealmOverlay {

    /** The fields that name an entry of a realm list, in the order they are tried. */
    private static final List<String> KEYS = List.of("clientId", "username", "alias", "name", "clientScope");

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private RealmOverlay() {
    }

    /** {@code realm <production.json> <overlay.json> <out.json>}: writes the merged realm. */
    public static void run(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: launcher realm <production.json> <overlay.json> <out.json>");
        }
        JsonNode merged = merge(read(Path.of(args[0])), read(Path.of(args[1])));
        Files.writeString(Path.of(args[2]), JSON.writeValueAsString(merged), StandardCharsets.UTF_8);
    }

    public static JsonNode read(Path file) throws IOException {
        return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** A new document: {@code base} with {@code overlay} merged in; neither argument changes. */
    public static JsonNode merge(JsonNode base, JsonNode overlay) {
        if (base instanceof ObjectNode baseObject && overlay instanceof ObjectNode overlayObject) {
            ObjectNode result = baseObject.deepCopy();
            for (var field : overlayObject.properties()) {
                JsonNode existing = result.get(field.getKey());
                result.set(field.getKey(), existing == null ? field.getValue().deepCopy()
                        : merge(existing, field.getValue()));
            }
            return result;
        }
        if (base instanceof ArrayNode baseArray && overlay instanceof ArrayNode overlayArray
                && named(baseArray) && named(overlayArray)) {
            ArrayNode result = baseArray.deepCopy();
            for (JsonNode entry : overlayArray) {
                int at = indexOf(result, entry);
                if (at < 0) {
                    result.add(entry.deepCopy());
                } else {
                    result.set(at, merge(result.get(at), entry));
                }
            }
            return result;
        }
        return overlay.deepCopy();
    }

    /** Every entry is an object with a name (an empty list counts: the overlay's entries are appended). */
    private static boolean named(ArrayNode array) {
        for (JsonNode entry : array) {
            if (key(entry) == null) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(ArrayNode array, JsonNode entry) {
        String key = key(entry);
        for (int i = 0; i < array.size(); i++) {
            if (key.equals(key(array.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** "field=value" of the first naming field, so a client and a user never share a key. */
    private static String key(JsonNode entry) {
        if (!(entry instanceof ObjectNode)) {
            return null;
        }
        for (String field : KEYS) {
            JsonNode value = entry.get(field);
            if (value != null && value.isString()) {
                return field + "=" + value.asString();
            }
        }
        return null;
    }
}
