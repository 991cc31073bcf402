package vn.thidua.award.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.award.audit.AuditChain.Head;
import vn.thidua.award.audit.AuditChain.Verification;

/** The hash-chain rule: each record seals the one before it; the head seals the end. */
class AuditChainTest {

    static List<AuditRecord> chainOf(int n) {
        List<AuditRecord> records = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditRecord record = AuditChain.seal(new AuditRecord("12", i, "event-" + i, "DOSSIER", "d-" + (i % 3),
                    "12", List.of("12", "03390"), "SUBMIT", "DRAFT", "SUBMITTED", "Hồ sơ đủ điều kiện",
                    Map.of("ghi chú", "lần " + i), "sub-1", "laichau.commune", List.of("commune-officer"), "03390",
                    "COMMUNE", Instant.parse("2026-01-05T01:02:03.456Z").plusSeconds(i), "req-" + i, previous,
                    null));
            records.add(record);
            previous = record.hash();
        }
        return records;
    }

    static Head headOf(List<AuditRecord> records) {
        AuditRecord last = records.get(records.size() - 1);
        return new Head("12", last.sequence(), last.hash());
    }

    @Test
    void anUntouchedChainVerifies() {
        List<AuditRecord> records = chainOf(5);
        Verification verdict = AuditChain.verify("12", headOf(records), records);
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.records()).isEqualTo(5);
        assertThat(verdict.firstBrokenSequence()).isNull();
        assertThat(records.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(records.get(1).previousHash()).isEqualTo(records.get(0).hash());
    }

    @Test
    void theHashIsSha256OfTheDocumentedCanonicalForm() throws Exception {
        AuditRecord record = new AuditRecord("12", 7, "e\"1", "DOSSIER", "d-1", null, List.of("12"), "RETURN",
                "SUBMITTED", "RETURNED", "Thiếu biên bản\nhọp", Map.of("b", "2", "a", "1"), "s", "u",
                List.of("appraiser"), "12", "PROVINCE", Instant.parse("2026-01-05T01:02:03Z"), null,
                AuditChain.GENESIS, null);
        String expected = "{\"action\":\"RETURN\",\"actorRoles\":[\"appraiser\"],\"actorSubject\":\"s\","
                + "\"actorUnitCode\":\"12\",\"actorUnitLevel\":\"PROVINCE\",\"actorUsername\":\"u\","
                + "\"at\":\"2026-01-05T01:02:03.000Z\",\"chain\":\"12\",\"details\":{\"a\":\"1\",\"b\":\"2\"},"
                + "\"eventId\":\"e\\\"1\",\"fromStatus\":\"SUBMITTED\",\"previousHash\":\"" + AuditChain.GENESIS
                + "\",\"reason\":\"Thiếu biên bản\\nhọp\",\"requestId\":null,\"sequence\":\"7\","
                + "\"subjectId\":\"d-1\",\"subjectType\":\"DOSSIER\",\"tenant\":null,\"toStatus\":\"RETURNED\","
                + "\"unitPath\":[\"12\"]}";
        assertThat(AuditChain.canonicalForm(record)).isEqualTo(expected);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(expected.getBytes(StandardCharsets.UTF_8)));
        assertThat(AuditChain.hashOf(record)).isEqualTo(sha);
    }

    @Test
    void anEditedFieldIsAHashMismatchAtThatRecord() {
        List<AuditRecord> records = new ArrayList<>(chainOf(5));
        AuditRecord third = records.get(2);
        records.set(2, new AuditRecord(third.chain(), third.sequence(), third.eventId(), third.subjectType(),
                third.subjectId(), third.tenant(), third.unitPath(), third.action(), third.fromStatus(), "APPROVED",
                third.reason(), third.details(), third.actorSubject(), third.actorUsername(), third.actorRoles(),
                third.actorUnitCode(), third.actorUnitLevel(), third.at(), third.requestId(), third.previousHash(),
                third.hash()));
        Verification verdict = AuditChain.verify("12", headOf(records), records);
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.firstBrokenSequence()).isEqualTo(3);
        assertThat(verdict.problem()).isEqualTo("hash mismatch at 3: record altered");
    }

    @Test
    void anEditedAndRehashedRecordBreaksTheNextLink() {
        List<AuditRecord> records = new ArrayList<>(chainOf(5));
        AuditRecord third = records.get(2);
        records.set(2, AuditChain.seal(new AuditRecord(third.chain(), 3, third.eventId(), third.subjectType(),
                third.subjectId(), third.tenant(), third.unitPath(), third.action(), third.fromStatus(),
                third.toStatus(), "lý do khác", third.details(), third.actorSubject(), third.actorUsername(),
                third.actorRoles(), third.actorUnitCode(), third.actorUnitLevel(), third.at(), third.requestId(),
                third.previousHash(), null)));
        Verification verdict = AuditChain.verify("12", headOf(records), records);
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.firstBrokenSequence()).isEqualTo(4);
        assertThat(verdict.problem()).isEqualTo("previous hash mismatch at 4: record replaced or reordered");
    }

    @Test
    void aDeletedMiddleRecordIsAMissingSequence() {
        List<AuditRecord> records = new ArrayList<>(chainOf(5));
        records.remove(2);
        Verification verdict = AuditChain.verify("12", headOf(records), records);
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.firstBrokenSequence()).isEqualTo(3);
        assertThat(verdict.problem()).isEqualTo("sequence 3 missing: record deleted");
    }

    @Test
    void aDeletedTailIsShownByTheHead() {
        List<AuditRecord> records = new ArrayList<>(chainOf(5));
        Head head = headOf(records);
        records.remove(4);
        Verification verdict = AuditChain.verify("12", head, records);
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.firstBrokenSequence()).isEqualTo(5);
        assertThat(verdict.problem()).isEqualTo("head says 5 records, 4 found: tail deleted");
    }

    @Test
    void aRewrittenTailThatChainsButDiffersFromTheHeadIsCaught() {
        List<AuditRecord> records = chainOf(5);
        Head head = headOf(records);
        // The attacker rewrites record 5 and re-seals it (it still chains from record 4), but cannot match the head.
        List<AuditRecord> rewritten = new ArrayList<>(records.subList(0, 4));
        AuditRecord fifth = records.get(4);
        rewritten.add(AuditChain.seal(new AuditRecord("12", 5, fifth.eventId(), fifth.subjectType(),
                fifth.subjectId(), fifth.tenant(), fifth.unitPath(), "REJECT", fifth.fromStatus(), "REJECTED",
                fifth.reason(), fifth.details(), fifth.actorSubject(), fifth.actorUsername(), fifth.actorRoles(),
                fifth.actorUnitCode(), fifth.actorUnitLevel(), fifth.at(), fifth.requestId(), fifth.previousHash(),
                null)));
        Verification verdict = AuditChain.verify("12", head, rewritten);
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.problem()).isEqualTo("hash of record 5 differs from the head's: chain rewritten");
    }

    @Test
    void reorderedRecordsAreDetected() {
        List<AuditRecord> records = new ArrayList<>(chainOf(5));
        // Swap the contents of 2 and 3 but keep the sequence numbers in place (what a reorder by hand looks like).
        AuditRecord second = records.get(1);
        AuditRecord third = records.get(2);
        records.set(1, renumber(third, 2));
        records.set(2, renumber(second, 3));
        Verification verdict = AuditChain.verify("12", headOf(records), records);
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.firstBrokenSequence()).isEqualTo(2);
        // Also in read order without renumbering: 1, 3, 2 shows 2 missing.
        List<AuditRecord> shuffled = new ArrayList<>(chainOf(3));
        shuffled.add(1, shuffled.remove(2));
        assertThat(AuditChain.verify("12", headOf(chainOf(3)), shuffled).problem())
                .isEqualTo("sequence 2 missing: record deleted");
    }

    @Test
    void aRecordFromAnotherChainIsCaught() {
        List<AuditRecord> records = chainOf(2);
        assertThat(AuditChain.verify("04", new Head("04", 2, records.get(1).hash()), records).problem())
                .isEqualTo("record 1 names chain 12: record moved");
    }

    @Test
    void anEmptyChainWithoutHeadIsValidButRecordsWithoutHeadAreNot() {
        assertThat(AuditChain.verify("12", null, List.of()).valid()).isTrue();
        assertThat(AuditChain.verify("12", null, chainOf(2)).problem())
                .isEqualTo("chain head missing: 2 records without head");
    }

    @Test
    void aRecordWrittenButNotYetInTheHeadIsAnAppendInFlight() {
        List<AuditRecord> records = chainOf(4);
        Head behind = new Head("12", 3, records.get(2).hash());
        assertThat(AuditChain.verify("12", behind, records).valid()).isTrue();
    }

    private static AuditRecord renumber(AuditRecord r, long sequence) {
        return new AuditRecord(r.chain(), sequence, r.eventId(), r.subjectType(), r.subjectId(), r.tenant(),
                r.unitPath(), r.action(), r.fromStatus(), r.toStatus(), r.reason(), r.details(), r.actorSubject(),
                r.actorUsername(), r.actorRoles(), r.actorUnitCode(), r.actorUnitLevel(), r.at(), r.requestId(),
                r.previousHash(), r.hash());
    }
}
