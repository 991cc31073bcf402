package vn.thidua.shared.lists;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.cursor.TimeoutMode;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Reads that are meant to walk a whole set (a start-up cache, a chain verified end to end), not a request's page.
 * The operation time limit ({@code thidua.store.query-timeout}) applies to each batch of such a read instead of
 * to the whole of it (the driver's {@link TimeoutMode#ITERATION}): a cursor over 50,000 units may take longer
 * than 5 s in all, but a store that stops answering still fails it within the limit.
 */
public final class LongReads {

    private LongReads() {
    }

    /** The documents of {@code collection} matching {@code filter} in {@code sort}, read by {@code read}; close it. */
    public static <T> Stream<T> stream(MongoTemplate mongo, String collection, Document filter, Document sort,
            Function<Document, T> read) {
        MongoCollection<Document> documents = mongo.getCollection(collection);
        FindIterable<Document> find = documents.find(filter).sort(sort);
        if (documents.getTimeout(TimeUnit.MILLISECONDS) != null) {
            // Only allowed when a timeout is set (the driver refuses a mode without one).
            find = find.timeoutMode(TimeoutMode.ITERATION);
        }
        MongoCursor<Document> cursor = find.iterator();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cursor, Spliterator.ORDERED), false)
                .map(read).onClose(cursor::close);
    }

    /** As above, each document read as {@code type} by the template's converter. */
    public static <T> Stream<T> stream(MongoTemplate mongo, Class<T> type, Document filter, Document sort) {
        return stream(mongo, mongo.getCollectionName(type), filter, sort,
                document -> mongo.getConverter().read(type, document));
    }
}
