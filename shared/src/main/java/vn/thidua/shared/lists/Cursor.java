package vn.thidua.shared.lists;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import vn.thidua.shared.error.ProblemException;

/**
 * The opaque {@code after=} value of a keyset page: the stored sort values of the last item (its {@code _id}
 * last) and a tag of the list it belongs to, as URL-safe base64 of extended JSON (so dates, longs and decimals
 * come back with their BSON type and compare as the store compares them). A cursor of another list, or any
 * string that does not decode, is a 400 naming {@code after}: it must never become a query on the wrong fields.
 */
public record Cursor(String list, List<Object> values) {

    static final String PARAMETER = "after";
    private static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    public Cursor {
        values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    public String encode() {
        Document document = new Document("l", list).append("v", values);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(document.toJson(JSON).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes {@code token} for {@code list}, whose sort has {@code keys} fields; anything else is a 400. */
    public static Cursor decode(String token, String list, int keys) {
        Document document;
        try {
            document = Document.parse(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
        } catch (RuntimeException unreadable) {
            throw bad();
        }
        if (!list.equals(document.get("l")) || !(document.get("v") instanceof List<?> values)
                || values.size() != keys) {
            throw bad();
        }
        return new Cursor(list, new ArrayList<>(values));
    }

    private static ProblemException bad() {
        return ProblemException.invalid(PARAMETER, "bad-cursor");
    }
}
