package vn.thidua.launcher.store;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.Objects;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How a collection's documents are kept in H2: as BSON, the bytes the wire protocol already uses, behind one tag byte.
 *
 * <p>Why: mongo-java-server's H2 backend opens its data maps with H2's {@link ObjectDataType}, which knows no
 * {@link Document} and falls back to Java serialisation: every page read from the file ran an
 * {@code ObjectInputStream} over each document (8.4 KB dossiers), which was where a 100 k-dossier list spent its
 * time once the indexes had cut the number of documents read (benchmarks/STORE-VOLUME-NOTES.md). BSON is smaller on
 * disk and is decoded by the same codec that decodes every request.
 *
 * <p>Files written before keep their values: {@link ObjectDataType} starts each value with a tag below 120, so a
 * value without {@link #BSON_TAG} is read as it was written. Old values become BSON when their page is written
 * again (a write to the document, or compaction moving the page). A value the codec cannot encode (no such value
 * comes from the wire, but an update operator could make one) is written the old way rather than refused.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    /** The first byte of a BSON value; {@link ObjectDataType}'s tags are 0–119. */
    static final byte BSON_TAG = 126;

    /** A decoded document takes several times its BSON size on the heap (maps, entries, boxed values, strings). */
    private static final int HEAP_PER_BSON_BYTE = 3;

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    private final ObjectDataType legacy = new ObjectDataType();

    /** Running average of encoded sizes: H2 asks for a value's memory often, too often to encode it each time. */
    private volatile int averageSize = 4096;

    private BsonDocumentType() {
    }

    @Override
    public int getMemory(Document document) {
        return averageSize * HEAP_PER_BSON_BYTE;
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bson = Unpooled.buffer(averageSize + 64);
        try {
            try {
                BsonEncoder.encodeDocument(document, bson);
            } catch (RuntimeException notBson) {
                legacy.write(buffer, document);
                return;
            }
            buffer.put(BSON_TAG);
            buffer.put(bson.nioBuffer());
            remember(bson.readableBytes());
        } finally {
            bson.release();
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        int start = buffer.position();
        if (buffer.get(start) != BSON_TAG) {
            return (Document) legacy.read(buffer);
        }
        int length = Integer.reverseBytes(buffer.getInt(start + 1)); // BSON's own length, little-endian
        Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(buffer.slice(start + 1, length)));
        buffer.position(start + 1 + length);
        remember(length);
        return document;
    }

    private void remember(int size) {
        averageSize = (averageSize * 15 + size) / 16;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    /** Values are only ever compared for equality (H2's conditional replace). */
    @Override
    public int compare(Document a, Document b) {
        return Objects.equals(a, b) ? 0 : Integer.compare(System.identityHashCode(a), System.identityHashCode(b)) | 1;
    }
}
