package vn.thidua.registration.progress;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import vn.thidua.registration.campaigns.Campaigns;
import vn.thidua.registration.registrations.Registration;
import vn.thidua.registration.registrations.RegistrationPolicy;
import vn.thidua.registration.registrations.RegistrationPolicy.Action;
import vn.thidua.registration.registrations.Registrations;
import vn.thidua.registration.registrations.UnitLookup;
import vn.thidua.shared.sync.ChangeFeed;
import vn.thidua.shared.sync.ChangePage;
import vn.thidua.shared.sync.Stamp;
import vn.thidua.registration.units.Unit;
import vn.thidua.registration.units.UnitRegistry;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.error.ProblemException.FieldViolation;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.tenancy.Scope;
import vn.thidua.shared.tenancy.ScopeQueries;
import vn.thidua.shared.web.PageResponse;
import vn.thidua.shared.lists.BoundedLists;
import vn.thidua.shared.lists.ListIndexes;

/** Results over time per unit and indicator, their evidence files, and the current value of each indicator. */
@Service
public class Progress {

    public static final String FEED = "progress";

    private final MongoTemplate mongo;
    private final GridFsTemplate files;
    private final UnitLookup units;
    private final Registrations registrations;
    private final Campaigns campaigns;
    private final ChangeFeed changes;
    private final Clock clock;
    private final DataSize maxEvidence;
    private final BoundedLists lists;

    /** The series' order: by day measured, then recorded, {@code _id} breaking ties. */
    static final Sort ORDER = Sort.by("measuredOn", "createdAt");

    public Progress(MongoTemplate mongo, UnitLookup units, Registrations registrations, Campaigns campaigns,
            ChangeFeed changes, Clock clock,
            @Value("${thidua.progress.max-evidence-size:10MB}") DataSize maxEvidence, BoundedLists lists) {
        this.mongo = mongo;
        this.lists = lists;
        // Evidence in its own GridFS bucket: evidence.files / evidence.chunks.
        this.files = new GridFsTemplate(mongo.getMongoDatabaseFactory(), mongo.getConverter(), "evidence");
        this.units = units;
        this.registrations = registrations;
        this.campaigns = campaigns;
        this.changes = changes;
        this.clock = clock;
        this.maxEvidence = maxEvidence;
        var indexes = mongo.indexOps(ProgressRecord.class);
        indexes.createIndex(new Index().on("tenant", Sort.Direction.ASC).on("unitCode", Sort.Direction.ASC)
                .on("indicator", Sort.Direction.ASC).on("measuredOn", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("changeSeq", Sort.Direction.ASC));
        // The series' indexes (issue 15): scope and each filter, then the order (from/to ride on measuredOn);
        // the sync feed's: scope, then changeSeq.
        ListIndexes.declareAll(indexes, ORDER, List.of(List.of("tenant"), List.of("tenant", "unitPath"),
                List.of("tenant", "unitCode"), List.of("tenant", "indicator"), List.of("tenant", "campaignId"),
                List.of(), List.of("unitCode"), List.of("indicator"), List.of("campaignId")));
        ListIndexes.declareAll(indexes, ChangeFeed.ORDER, ChangeFeed.SCOPES);
        // Target progress reads the results of a set of units in the order they were recorded.
        ListIndexes.declareAll(indexes, Sort.by("createdAt"), List.of(List.of("tenant", "unitCode"),
                List.of("unitCode")));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(UnitRegistry.ZONE));
    }

    public long maxEvidenceBytes() {
        return maxEvidence.toBytes();
    }

    public ProgressRecord create(ProgressRequest request, PlatformPrincipal caller) {
        RegistrationPolicy.POLICY.require(caller, Action.RECORD_PROGRESS);
        List<FieldViolation> violations = new ArrayList<>(ProgressRules.check(request, today()));
        Unit unit = units.onOrLatest(request.unitCode(), request.measuredOn(), caller).orElse(null);
        if (unit == null) {
            violations.add(new FieldViolation("unitCode", "unknown-unit-at", request.unitCode(), request.measuredOn()));
            throw ProblemException.invalid(violations);
        }
        if (!Scope.covers(caller, unit.tenant(), unit.path())) {
            throw ProblemException.notFound("unit", request.unitCode());
        }
        String campaignId = request.campaignId();
        if (request.registrationId() != null) {
            Registration registration = registrations.get(request.registrationId(), caller);
            if (!registration.unitCode().equals(unit.code())) {
                violations.add(new FieldViolation("registrationId", "other-unit", registration.unitCode()));
            }
            if (campaignId != null && !campaignId.equals(registration.campaignId())) {
                violations.add(new FieldViolation("campaignId", "other-campaign", registration.campaignId()));
            }
            campaignId = registration.campaignId();
        } else if (campaignId != null) {
            campaigns.get(campaignId);
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Instant now = clock.instant();
        Stamp stamp = changes.next(FEED);
        List<String> path = List.copyOf(unit.path());
        return mongo.insert(new ProgressRecord(UUID.randomUUID().toString(), unit.tenant(), path,
                unit.code(), unit.nameOn(request.measuredOn().toString()), campaignId, request.registrationId(),
                request.indicator(), ProgressRules.normalized(request.value()), request.unitOfMeasure(),
                request.measuredOn().toString(), request.note(), List.of(), null, caller.username(), now, now,
                stamp.seq(), stamp.at(), caller.username(), caller.unitCode(), now,
                enteredConfirmation(caller, unit.tenant(), path, unit.code(), now), List.of()));
    }

    /** A value entered by the level above stands confirmed by it (see {@link ConfirmationRules}); else none yet. */
    static ProgressRecord.Confirmation enteredConfirmation(PlatformPrincipal caller, String tenant, List<String> path,
            String unitCode, Instant now) {
        return ConfirmationRules.entersConfirmed(caller, tenant, path, unitCode)
                ? new ProgressRecord.Confirmation(ProgressRecord.Standing.CONFIRMED, caller.username(),
                        caller.unitCode(), now, ENTERED_ABOVE, null)
                : null;
    }

    /** The source named on a value the level above entered itself. */
    public static final String ENTERED_ABOVE = "ENTERED_ABOVE";

    public ProgressRecord get(String id, PlatformPrincipal caller) {
        RegistrationPolicy.POLICY.require(caller, Action.READ);
        ProgressRecord found = mongo.findById(id, ProgressRecord.class);
        if (found == null || !Scope.covers(caller, found.tenant(), found.unitPath())) {
            throw ProblemException.notFound("progress", id);
        }
        return found;
    }

    public PageResponse<ProgressRecord> series(PlatformPrincipal caller, String unitCode, String indicator,
            String campaignId, LocalDate from, LocalDate to, int page, int size, String after) {
        RegistrationPolicy.POLICY.require(caller, Action.READ);
        List<Criteria> all = new ArrayList<>(List.of(ScopeQueries.visibleTo(caller)));
        if (unitCode != null) {
            all.add(Criteria.where("unitCode").is(unitCode));
        }
        if (indicator != null) {
            all.add(Criteria.where("indicator").is(indicator));
        }
        if (campaignId != null) {
            all.add(Criteria.where("campaignId").is(campaignId));
        }
        if (from != null) {
            all.add(Criteria.where("measuredOn").gte(from.toString()));
        }
        if (to != null) {
            all.add(Criteria.where("measuredOn").lte(to.toString()));
        }
        return lists.page("progress", ProgressRecord.class, new Criteria().andOperator(all), ORDER, page, size, after);
    }

    /** The latest value of each indicator measured on or before {@code asOf}; 404 when the unit is not visible. */
    public CurrentValues.Current current(PlatformPrincipal caller, String unitCode, LocalDate asOf) {
        RegistrationPolicy.POLICY.require(caller, Action.READ);
        if (unitCode == null || unitCode.isBlank()) {
            throw ProblemException.invalid("unitCode", "required");
        }
        LocalDate day = asOf == null ? today() : asOf;
        if (!units.inScope(unitCode, caller)) {
            throw ProblemException.notFound("unit", unitCode);
        }
        List<ProgressRecord> results = mongo.find(Query.query(new Criteria().andOperator(
                ScopeQueries.visibleTo(caller), Criteria.where("unitCode").is(unitCode),
                Criteria.where("measuredOn").lte(day.toString()))), ProgressRecord.class);
        return CurrentValues.of(unitCode, day, results);
    }

    public ChangePage<ProgressRecord> changes(PlatformPrincipal caller, long since, int size) {
        RegistrationPolicy.POLICY.require(caller, Action.READ);
        return changes.changes(since, size, changes.stored(ProgressRecord.class, ScopeQueries.visibleTo(caller)));
    }

    /** Stores an evidence file after every check; the record gains it in one atomic update. */
    public ProgressRecord.Evidence attach(String progressId, String fileName, String contentType, byte[] content,
            PlatformPrincipal caller) {
        ProgressRecord record = get(progressId, caller);
        RegistrationPolicy.POLICY.require(caller, Action.RECORD_PROGRESS);
        if (content.length == 0) {
            throw ProblemException.invalid("file", "required");
        }
        if (content.length > maxEvidence.toBytes()) {
            throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "evidence-too-large",
                    List.of(new FieldViolation("file", "too-large", maxEvidence.toMegabytes() + " MB")),
                    java.util.Map.of(), maxEvidence.toMegabytes() + " MB");
        }
        EvidenceTypes.refuse(contentType, content).ifPresent(reason -> {
            throw ProblemException.invalid("file", reason, EvidenceTypes.allowed());
        });
        String sha256 = sha256(content);
        String name = safeName(fileName);
        Document metadata = new Document("progressId", progressId).append("tenant", record.tenant())
                .append("sha256", sha256).append("contentType", contentType).append("uploadedBy", caller.username());
        String fileId = files.store(new ByteArrayInputStream(content), name, contentType, metadata).toHexString();
        Instant now = clock.instant();
        ProgressRecord.Evidence evidence = new ProgressRecord.Evidence(fileId, name, contentType, content.length,
                sha256, caller.username(), now);
        Stamp stamp = changes.next(FEED);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(progressId)), new Update().push("evidence", evidence)
                .inc("version", 1).set("updatedAt", now).set("changeSeq", stamp.seq()).set("changedAt", stamp.at()),
                ProgressRecord.class);
        return evidence;
    }

    /** The stored file of one evidence of a record the caller sees. */
    public Download download(String progressId, String evidenceId, PlatformPrincipal caller) {
        ProgressRecord record = get(progressId, caller);
        ProgressRecord.Evidence evidence = record.evidence() == null ? null : record.evidence().stream()
                .filter(e -> e.id().equals(evidenceId)).findFirst().orElse(null);
        if (evidence == null) {
            throw ProblemException.notFound("evidence", evidenceId);
        }
        var file = files.findOne(Query.query(Criteria.where("_id").is(new org.bson.types.ObjectId(evidenceId))));
        if (file == null) {
            throw ProblemException.notFound("evidence", evidenceId);
        }
        GridFsResource resource = files.getResource(file);
        return new Download(evidence, resource);
    }

    public record Download(ProgressRecord.Evidence evidence, GridFsResource resource) {
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The name as given, without directories or control characters; "evidence" when nothing is left. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "evidence" : name;
    }
}
