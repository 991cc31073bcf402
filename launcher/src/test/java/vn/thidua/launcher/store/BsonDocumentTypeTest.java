package vn.thidua.launcher.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents are stored as BSON, and a file written before (Java serialisation) still opens, reads and updates. */
class BsonDocumentTypeTest {

    @TempDir
    Path dir;

    private static Document dossier(int i) {
        return new Document("_id", "d" + i).append("tenant", "t" + i % 3).append("n", i).append("big", 1L << 40)
                .append("score", 9.5).append("money", new Decimal128(new BigDecimal("1234.50")))
                .append("at", Date.from(Instant.parse("2025-07-01T00:00:00Z").plusSeconds(i)))
                .append("oid", new ObjectId()).append("uuid", new org.bson.types.Binary((byte) 4, ("uuid-of-" + (100 + i) + "xxxxx").getBytes()))
                .append("route", List.of(new Document("unit", "12D03").append("due", null), "x", 3))
                .append("name", "Ủy ban nhân dân xã " + i).append("flag", i % 2 == 0);
    }

    @Test
    void aFileWrittenWithJavaSerialisationOpensReadsAndTakesNewWritesAsBson() {
        Path file = dir.resolve("old.mv.db");
        List<Document> written = new ArrayList<>();
        // The stock backend: the format of every file before this type.
        try (MVStore old = new MVStore.Builder().fileName(file.toString()).open()) {
            MongoServer server = new MongoServer(new H2Backend(old));
            try (MongoClient client = StoreFixture.client(server.bind())) {
                MongoCollection<Document> c = client.getDatabase("thidua-award").getCollection("dossiers");
                for (int i = 0; i < 50; i++) {
                    written.add(dossier(i));
                }
                c.insertMany(written);
                written = c.find().sort(Sorts.ascending("n")).into(new ArrayList<>());
            } finally {
                server.shutdownNow();
            }
        }
        assertEquals(50, valueTags(file).get(19), "the old file holds serialised documents only");

        try (StoreFixture store = new StoreFixture(file)) {
            MongoCollection<Document> c = store.client.getDatabase("thidua-award").getCollection("dossiers");
            assertEquals(written, c.find().sort(Sorts.ascending("n")).into(new ArrayList<>()));
            c.createIndex(new Document("tenant", 1).append("n", -1));
            c.updateOne(Filters.eq("_id", "d7"), Updates.set("status", "IN_REVIEW"));
            c.insertOne(dossier(50));
            assertEquals(17, c.countDocuments(Filters.eq("tenant", "t1")));
        }
        List<Integer> tags = valueTags(file);
        assertTrue(tags.get(BsonDocumentType.BSON_TAG) >= 2, "the new and the updated document are BSON: " + tags);
        assertEquals(51, tags.get(BsonDocumentType.BSON_TAG) + tags.get(19), "every value is one or the other");
        try (StoreFixture store = new StoreFixture(file)) {
            MongoCollection<Document> c = store.client.getDatabase("thidua-award").getCollection("dossiers");
            List<Document> now = c.find().sort(Sorts.ascending("n")).into(new ArrayList<>());
            assertEquals(51, now.size());
            Document d7 = new Document(written.get(7)).append("status", "IN_REVIEW");
            assertEquals(d7, now.get(7));
            assertEquals(written.get(8), now.get(8));
            Document fifty = c.find(Filters.eq("_id", "d50")).first();
            assertEquals(dossier(50).get("money"), fifty.get("money"));
            assertEquals(dossier(50).get("route"), fifty.get("route"));
            assertEquals(dossier(50).get("uuid"), fifty.get("uuid"));
            assertEquals(written.stream().filter(d -> "t1".equals(d.get("tenant"))).map(d -> d.get("_id")).toList(),
                    c.find(Filters.eq("tenant", "t1")).sort(Sorts.ascending("n")).map(d -> d.get("_id")).into(new ArrayList<>())
                            .stream().filter(id -> !"d50".equals(id)).toList());
        }
    }

    @Test
    void newDocumentsAreBsonAndSmallerThanSerialised() {
        de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document("_id", "d1")
                .append("tenant", "12").append("n", 5).append("items", List.of("a", "b"))
                .append("at", Instant.ofEpochMilli(1_750_000_000_000L));
        WriteBuffer bson = new WriteBuffer();
        BsonDocumentType.INSTANCE.write(bson, document);
        WriteBuffer serialised = new WriteBuffer();
        new org.h2.mvstore.type.ObjectDataType().write(serialised, document);
        ByteBuffer bytes = bson.getBuffer().flip();
        assertEquals(BsonDocumentType.BSON_TAG, bytes.get(0));
        assertTrue(bytes.remaining() * 3 < serialised.getBuffer().position(),
                bytes.remaining() + " bytes as BSON, " + serialised.getBuffer().position() + " serialised");
        assertEquals(document, BsonDocumentType.INSTANCE.read(bytes));
        assertEquals(0, bytes.remaining());
        ByteBuffer old = serialised.getBuffer().flip();
        assertEquals(document, BsonDocumentType.INSTANCE.read(old));
    }

    /** How many values of the dossiers' data map start with each tag byte (reads the raw pages through H2). */
    private static List<Integer> valueTags(Path file) {
        int[] counts = new int[256];
        try (MVStore raw = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            MVMap<Object, Object> map = raw.openMap("databases.thidua-award.dossiers",
                    new MVMap.Builder<Object, Object>().valueType(new TagCounter(counts)));
            map.forEach((k, v) -> { });
        }
        List<Integer> result = new ArrayList<>();
        for (int c : counts) {
            result.add(c);
        }
        return result;
    }

    /** Reads values as the store does and counts their first byte. */
    private static final class TagCounter extends org.h2.mvstore.type.BasicDataType<Object> {
        private final int[] counts;

        TagCounter(int[] counts) {
            this.counts = counts;
        }

        @Override
        public Object read(ByteBuffer buffer) {
            counts[buffer.get(buffer.position()) & 0xff]++;
            return BsonDocumentType.INSTANCE.read(buffer);
        }

        @Override
        public int getMemory(Object obj) {
            return 100;
        }

        @Override
        public void write(WriteBuffer buff, Object obj) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object[] createStorage(int size) {
            return new Object[size];
        }
    }
}
