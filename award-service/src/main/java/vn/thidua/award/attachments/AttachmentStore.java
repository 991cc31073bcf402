package vn.thidua.award.attachments;

import com.mongodb.client.gridfs.model.GridFSFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.shared.error.ProblemException;

/**
 * Attachments of dossiers and decisions (tài liệu đính kèm) in GridFS, bucket {@value #BUCKET}: size limited
 * ({@code thidua.attachments.max-size}), type limited by content ({@code thidua.attachments.allowed-types}), with
 * the SHA-256 computed while the bytes stream through and kept in the file's metadata. Every check runs before
 * anything is written. Who may attach to or read which dossier is the caller's job (the dossier's scope).
 */
@Service
public class AttachmentStore {

    public static final String BUCKET = "attachments";
    private static final int MAX_NAME = 200;

    private final GridFsTemplate files;
    private final Clock clock;
    private final long maxBytes;
    private final DataSize maxSize;
    private final Set<FileKind> allowed;

    public AttachmentStore(MongoTemplate mongo, ObjectProvider<Clock> clock,
            @Value("${thidua.attachments.max-size:10MB}") DataSize maxSize,
            @Value("${thidua.attachments.allowed-types:pdf,jpeg,png,docx,xlsx}") List<String> allowedTypes) {
        // Our own template on our own bucket, not a shared bean: nothing else in the service writes GridFS.
        this.files = new GridFsTemplate(mongo.getMongoDatabaseFactory(), mongo.getConverter(), BUCKET);
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.maxSize = maxSize;
        this.maxBytes = maxSize.toBytes();
        this.allowed = EnumSet.noneOf(FileKind.class);
        for (String type : allowedTypes) {
            allowed.add(FileKind.fromConfig(type).orElseThrow(() -> new IllegalStateException(
                    "thidua.attachments.allowed-types: unknown type '" + type + "'; known: pdf, jpeg, png, docx, xlsx")));
        }
    }

    /**
     * Checks and stores one uploaded file. 400 when empty, 413 when larger than the limit, 415 when its content
     * is not an allowed type; each problem names the file.
     */
    public StoredAttachment store(String ownerType, String ownerId, String tenant, MultipartFile file) {
        String fileName = cleanName(file.getOriginalFilename());
        if (file.isEmpty()) {
            throw named(HttpStatus.BAD_REQUEST, "attachment-empty", fileName);
        }
        if (file.getSize() > maxBytes) {
            throw named(HttpStatus.CONTENT_TOO_LARGE, "attachment-too-large", fileName, maxSize.toMegabytes() + " MB");
        }
        FileInspection.Result inspected;
        try (InputStream in = file.getInputStream()) {
            inspected = FileInspection.inspect(in, maxBytes);
        } catch (FileInspection.TooLarge tooLarge) {
            throw named(HttpStatus.CONTENT_TOO_LARGE, "attachment-too-large", fileName, maxSize.toMegabytes() + " MB");
        } catch (IOException e) {
            throw new UncheckedIOException("reading upload " + fileName, e);
        }
        FileKind kind = inspected.kind().filter(allowed::contains).orElseThrow(() -> named(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "attachment-type-not-allowed", fileName, allowedNames()));
        Instant uploadedAt = clock.instant();
        Document metadata = new Document("ownerType", ownerType)
                .append("ownerId", ownerId)
                .append("tenant", tenant)
                .append("contentType", kind.mediaType())
                .append("declaredContentType", file.getContentType())
                .append("size", inspected.size())
                .append("sha256", inspected.sha256())
                .append("uploadedAt", Date.from(uploadedAt));
        ObjectId id;
        try (InputStream in = file.getInputStream()) {
            id = files.store(in, fileName, kind.mediaType(), metadata);
        } catch (IOException e) {
            throw new UncheckedIOException("storing upload " + fileName, e);
        }
        return new StoredAttachment(id.toHexString(), fileName, kind.mediaType(), inspected.size(),
                inspected.sha256(), Date.from(uploadedAt).toInstant());
    }

    /** The attachment's description; 404 when there is none. */
    public StoredAttachment describe(String attachmentId) {
        return toStored(file(attachmentId));
    }

    /** The attachment's bytes (content type and length set); 404 when there is none. */
    public Resource open(String attachmentId) {
        return files.getResource(file(attachmentId));
    }

    private GridFSFile file(String attachmentId) {
        if (attachmentId == null || !ObjectId.isValid(attachmentId)) {
            throw ProblemException.notFound("attachment", attachmentId);
        }
        GridFSFile found = files.findOne(Query.query(Criteria.where("_id").is(new ObjectId(attachmentId))));
        if (found == null) {
            throw ProblemException.notFound("attachment", attachmentId);
        }
        return found;
    }

    private static StoredAttachment toStored(GridFSFile file) {
        Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
        Date uploadedAt = metadata.getDate("uploadedAt");
        return new StoredAttachment(file.getObjectId().toHexString(), file.getFilename(),
                metadata.getString("contentType"), file.getLength(), metadata.getString("sha256"),
                (uploadedAt != null ? uploadedAt : file.getUploadDate()).toInstant());
    }

    private String allowedNames() {
        return allowed.stream().map(FileKind::configName).collect(Collectors.joining(", "));
    }

    private static ProblemException named(HttpStatus status, String code, String fileName, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = fileName;
        System.arraycopy(more, 0, args, 1, more.length);
        return new ProblemException(status, code, List.of(), Map.of("fileName", fileName), args);
    }

    /** The name without any folder a browser sent along, without control characters, at most 200 characters. */
    static String cleanName(String original) {
        if (original == null) {
            return "attachment";
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "attachment";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }
}
