package vn.thidua.benchmarks.volume;

import static vn.thidua.benchmarks.volume.VolumeData.TENANTS;
import static vn.thidua.benchmarks.volume.VolumeData.at;
import static vn.thidua.benchmarks.volume.VolumeData.day;
import static vn.thidua.benchmarks.volume.VolumeData.dossierId;
import static vn.thidua.benchmarks.volume.VolumeData.tenant;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.bson.Document;

/**
 * The rest of the award database: decisions ({@code Decision} with its {@code Awardee}s), the award history
 * ({@code HistoryEntry}, one per decided dossier, as {@code AwardHistory.recordAwarded} writes it) and the audit
 * trail ({@code audit_records} as {@code AuditDocuments.toDocument} writes them, details as key/value pairs, one
 * chain per province, and its {@code audit_heads}, so a later append continues the chain instead of colliding with
 * sequence 1). The hashes are random: {@code /audit/verify} would report the chains broken; no read path checks them.
 *
 * <p>Decision d belongs to province d mod 34 and covers that province's dossiers 20·(d / 34) … +19 (in the
 * province's own order), so its awardees and their dossiers share a tenant and a decision number is unique per
 * tenant, as the unique index {@code tenant, number} requires.
 */
final class VolumeAwards {

    static final int DOSSIERS_PER_DECISION = 20;

    private VolumeAwards() {
    }

    static int decisionsFor(int dossiers) {
        int perTenant = (dossiers / TENANTS.length + DOSSIERS_PER_DECISION - 1) / DOSSIERS_PER_DECISION;
        return perTenant * TENANTS.length;
    }

    static int auditFor(int dossiers) {
        return dossiers;
    }

    /** The decision of dossier i (if it is decided). */
    static long decisionOf(long i) {
        long perTenant = i / TENANTS.length;
        return (perTenant / DOSSIERS_PER_DECISION) * TENANTS.length + i % TENANTS.length;
    }

    static String decisionId(long d) {
        return new UUID(0x6465636973696f6eL, d).toString();
    }

    static String decisionNumber(long d) {
        return (d / TENANTS.length + 1) + "/QĐ-UBND";
    }

    static Document decision(long d) {
        Random r = new Random(d * 4_099 + 7);
        String tenant = tenant(d);
        long block = d / TENANTS.length;
        int year = 2021 + (int) (block % 10);
        List<Document> awardees = new ArrayList<>();
        long total = 0;
        for (int k = 0; k < DOSSIERS_PER_DECISION; k += 1 + r.nextInt(3)) {
            long i = (block * DOSSIERS_PER_DECISION + k) * TENANTS.length + d % TENANTS.length;
            long money = 2_340_000L * (1 + r.nextInt(5));
            total += money;
            awardees.add(new Document("dossierId", dossierId(i)).append("nomineeType", "INDIVIDUAL")
                    .append("nomineeName", VolumeDossiers.person(r))
                    .append("personalId", String.format("%012d", Math.abs(r.nextLong() % 1_000_000_000_000L)))
                    .append("nomineeUnitCode", null).append("proposingUnitCode", null)
                    .append("awardFormCode", "BANG_KHEN_TINH").append("awardFormName", "Bằng khen của Chủ tịch UBND tỉnh")
                    .append("prizeMoneyVnd", money).append("prizeMoneyBasis", "Điều 73 Nghị định 152/2025/NĐ-CP"));
        }
        Instant created = Instant.parse(year + "-12-20T03:00:00Z").plusSeconds(block);
        boolean published = r.nextInt(10) > 0;
        return new Document("_id", decisionId(d)).append("tenant", tenant).append("unitPath", List.of(tenant))
                .append("number", decisionNumber(d)).append("signedOn", day(LocalDate.of(year, 12, 20)))
                .append("issuingBody", "Chủ tịch UBND tỉnh").append("signerName", VolumeDossiers.person(r))
                .append("decidingUnitCode", tenant).append("status", published ? "PUBLISHED" : "ISSUED")
                .append("awardees", awardees).append("totalPrizeMoneyVnd", total)
                .append("publishedAt", published ? at(created.plusSeconds(86_400)) : null)
                .append("transitions", List.of()).append("version", published ? 1L : 0L)
                .append("createdBy", "u-" + tenant + "-signer").append("createdAt", at(created))
                .append("_class", "vn.thidua.award.decisions.Decision");
    }

    /** The history entry of a decided dossier (its document as {@link VolumeDossiers} made it), or null. */
    static Document history(Document dossier) {
        if (dossier.get("decisionId") == null) {
            return null;
        }
        Document nominee = dossier.get("nominee", Document.class);
        boolean individual = "INDIVIDUAL".equals(nominee.getString("type"));
        Date decided = dossier.getDate("decisionSignedOn");
        return new Document("_id", dossier.get("_id")).append("decisionId", dossier.get("decisionId"))
                .append("decisionNumber", dossier.get("decisionNumber")).append("decisionDate", decided)
                .append("issuingBody", dossier.get("decisionIssuingBody"))
                .append("awardFormCode", dossier.get("awardFormCode")).append("awardFormName", dossier.get("awardFormName"))
                .append("campaignId", dossier.get("campaignId")).append("year", dossier.get("year"))
                .append("nomineeType", individual ? "INDIVIDUAL" : "COLLECTIVE")
                .append("nomineeName", nominee.getString("name")).append("nameKey", nameKey(nominee.getString("name")))
                .append("personalId", nominee.get("personalId")).append("birthDate", nominee.get("birthDate"))
                .append("nomineeUnitCode", individual ? null : nominee.get("unitCode"))
                .append("proposingUnitCode", dossier.get("proposingUnitCode")).append("tenant", dossier.get("tenant"))
                .append("unitPath", dossier.get("unitPath")).append("prizeMoneyVnd", dossier.get("prizeMoneyVnd"))
                .append("awardedOn", decided).append("recordedAt", dossier.get("updatedAt")).append("revoked",
                        "REVOKED".equals(dossier.getString("status")))
                .append("_class", "vn.thidua.award.history.HistoryEntry");
    }

    /** As award-service's {@code NameKeys.fold}. */
    static String nameKey(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return decomposed.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    // ------------------------------------------------------------------------------------------------ audit

    private static final String[][] ACTIONS = {{"SUBMIT", "DRAFT", "IN_REVIEW"},
        {"FORWARD", "IN_REVIEW", "IN_APPRAISAL"}, {"APPRAISE", "IN_APPRAISAL", "AWAITING_COUNCIL"},
        {"COUNCIL", "AWAITING_COUNCIL", "APPROVED"}, {"DECIDE", "APPROVED", "DECIDED"},
        {"PUBLISH", "DECIDED", "PUBLISHED"}};

    /** Audit record i: the chain of province i mod 34, sequence i / 34 + 1, about dossier i of that province. */
    static Document audit(long i) {
        Random r = new Random(i * 31 + 5);
        String tenant = tenant(i);
        long seq = i / TENANTS.length + 1;
        Instant at = Instant.parse("2021-01-01T00:00:00Z").plusSeconds(seq * 600);
        String[] action = ACTIONS[r.nextInt(ACTIONS.length)];
        return new Document("_id", tenant + ":" + seq).append("chain", tenant).append("sequence", seq)
                .append("eventId", UUID.nameUUIDFromBytes(("au" + i).getBytes()).toString())
                .append("subjectType", "DOSSIER").append("subjectId", dossierId(i))
                .append("tenant", tenant).append("unitPath", List.of(tenant))
                .append("action", action[0]).append("fromStatus", action[1]).append("toStatus", action[2])
                .append("reason", null)
                .append("details", List.of(Arrays.asList("stop", "1"), Arrays.asList("holder", tenant)))
                .append("actorSubject", UUID.nameUUIDFromBytes(("actor" + r.nextInt(500)).getBytes()).toString())
                .append("actorUsername", "officer" + r.nextInt(500)).append("actorRoles", List.of("appraiser"))
                .append("actorUnitCode", tenant).append("actorUnitLevel", "province")
                .append("at", at(at)).append("requestId", UUID.nameUUIDFromBytes(("rq" + i).getBytes()).toString())
                .append("previousHash", hex(r)).append("hash", hex(r));
    }

    /** The head of each province's chain after audit records 0 … count-1 (last sequence and its hash). */
    static List<Document> auditHeads(int count) {
        List<Document> heads = new ArrayList<>();
        for (int t = 0; t < TENANTS.length && t < count; t++) {
            long last = t + (long) ((count - 1 - t) / TENANTS.length) * TENANTS.length;
            Document record = audit(last);
            heads.add(new Document("_id", TENANTS[t]).append("lastSequence", record.getLong("sequence"))
                    .append("lastHash", record.getString("hash")));
        }
        return heads;
    }

    private static String hex(Random r) {
        return Long.toHexString(r.nextLong()) + Long.toHexString(r.nextLong()) + Long.toHexString(r.nextLong())
                + Long.toHexString(r.nextLong());
    }
}
