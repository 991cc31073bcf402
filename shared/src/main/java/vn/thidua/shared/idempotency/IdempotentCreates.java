package vn.thidua.shared.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.PlatformPrincipal;

/**
 * {@code Idempotency-Key} for creates a phone may retry: the same key returns the first result; the same key with
 * another body is refused (422); a retry racing the first attempt gets 409 until it completes.
 */
public class IdempotentCreates {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private final MongoTemplate mongo;
    private final JsonMapper json;

    public IdempotentCreates(MongoTemplate mongo) {
        this.mongo = mongo;
        this.json = JsonMapper.builder()
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .findAndAddModules()
                .build();
    }

    /**
     * Runs {@code create} once per (caller, operation, key). Without a key the create simply runs.
     */
    public <T> ResponseEntity<T> run(String key, PlatformPrincipal caller, String operation, Object request,
            Class<T> responseType, Supplier<ResponseEntity<T>> create) {
        if (key == null) {
            return create.get();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "idempotency-key-invalid");
        }
        String id = caller.subject() + "|" + operation + "|" + key;
        String hash = hash(request);
        try {
            mongo.insert(new IdempotencyRecord(id, hash, false, 0, null, null, Instant.now()));
        } catch (DuplicateKeyException alreadySeen) {
            return replay(id, key, hash, responseType);
        }
        ResponseEntity<T> response;
        try {
            response = create.get();
        } catch (RuntimeException failure) {
            // Nothing was created: free the key so a corrected or repeated request can go through.
            mongo.remove(org.springframework.data.mongodb.core.query.Query.query(
                    org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id)), IdempotencyRecord.class);
            throw failure;
        }
        URI location = response.getHeaders().getLocation();
        mongo.save(new IdempotencyRecord(id, hash, true, response.getStatusCode().value(),
                location == null ? null : location.toString(),
                response.getBody() == null ? null : json.writeValueAsString(response.getBody()), Instant.now()));
        return response;
    }

    private <T> ResponseEntity<T> replay(String id, String key, String hash, Class<T> responseType) {
        IdempotencyRecord first = mongo.findById(id, IdempotencyRecord.class);
        if (first == null || !first.completed()) {
            throw ProblemException.conflict("idempotency-key-in-flight", key);
        }
        if (!first.requestHash().equals(hash)) {
            throw ProblemException.unprocessable("idempotency-key-reused", key);
        }
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(first.status()).header("Idempotent-Replayed", "true");
        if (first.location() != null) {
            builder.location(URI.create(first.location()));
        }
        return builder.body(first.body() == null ? null : json.readValue(first.body(), responseType));
    }

    private String hash(Object request) {
        try {
            // Through plain maps, written with sorted keys, so that field order does not matter.
            String canonical = json.writeValueAsString(json.convertValue(request, Object.class));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
