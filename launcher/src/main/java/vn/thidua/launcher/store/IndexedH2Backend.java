package vn.thidua.launcher.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.List;
import org.h2.mvstore.MVStore;

/**
 * The launcher's store backend: mongo-java-server's H2 backend (same data maps, so existing files open and a
 * store can switch back to {@code bounded} or {@code h2}) with real secondary indexes ({@link SecondaryIndex}),
 * a query planner for finds and counts ({@link IndexedCollection}, {@link QueryPlanner}, {@link CountCommand}) and
 * {@code maxTimeMS} ({@link QueryDeadline}).
 *
 * <p>Why: mongo-java-server ignores non-unique indexes, so every list the services send was a full scan of its
 * collection, and a count copied the whole collection into a list ({@code benchmarks/STORE-VOLUME-NOTES.md}); at
 * 100 k dossiers a province list took 30 s. Filters and sorts no index serves keep the bounded scan of
 * {@link BoundedH2Backend}.
 *
 * <p>{@code -Dthidua.store.max-query-ms} (default 30000) limits a find, aggregate or count whose client sent no
 * {@code maxTimeMS}; a client's own {@code maxTimeMS} applies as sent.
 */
public final class IndexedH2Backend extends H2Backend {

    static final String SECONDARY_INDEX_INFIX = "._sindex_";

    /** Null until set: the databases open (and may rebuild an index) inside the superclass constructor. */
    private volatile Runnable buildCheckpoint;

    public IndexedH2Backend(MVStore store) {
        super(store);
    }

    /**
     * What to run between batches of an index build: the durable store commits there (the build's command holds
     * the store's write lock alone, so such a commit never captures half of another command).
     */
    public void setBuildCheckpoint(Runnable checkpoint) {
        this.buildCheckpoint = checkpoint;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedDatabase(databaseName, getCursorRegistry());
    }

    private void runBuildCheckpoint() {
        Runnable checkpoint = buildCheckpoint;
        if (checkpoint != null) {
            checkpoint.run();
        }
    }

    static long ceilingMillis() {
        return Long.getLong("thidua.store.max-query-ms", 30_000L);
    }

    /** Inner class: the outer backend (and its MVStore) is reachable while H2Database's constructor opens maps. */
    private final class IndexedDatabase extends H2Database {

        IndexedDatabase(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, getMvStore(), cursorRegistry);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            H2CollectionMaps maps = H2CollectionMaps.open(getMvStore(), getFullCollectionNamespace(collectionName));
            return new IndexedCollection(this, collectionName, options, maps.data(), maps.meta(), getCursorRegistry(),
                    IndexedH2Backend.this::runBuildCheckpoint);
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
                List<IndexKey> keys, boolean sparse) {
            // Under the database's name prefix, so dropping the database removes it with the rest (H2Database.drop).
            String mapName = getFullCollectionNamespace(collectionName) + SECONDARY_INDEX_INFIX + indexName;
            return new SecondaryIndex(getMvStore(), mapName, indexName, keys, sparse);
        }

        @Override
        public Document handleCommand(Channel channel, String command, Document query,
                DatabaseResolver databaseResolver, Oplog oplog) {
            boolean timed = command.equalsIgnoreCase("find") || command.equalsIgnoreCase("aggregate")
                    || command.equalsIgnoreCase("count");
            if (!timed) {
                return super.handleCommand(channel, command, query, databaseResolver, oplog);
            }
            long millis = query.get("maxTimeMS") instanceof Number n && n.longValue() > 0 ? n.longValue()
                    : ceilingMillis();
            QueryDeadline.start(millis);
            try {
                if (command.equalsIgnoreCase("aggregate")) {
                    CountCommand.Count count = CountCommand.parse(query.get("pipeline"));
                    if (count != null) {
                        clearLastStatus(channel);
                        String collectionName = String.valueOf(query.get(command));
                        return CountCommand.answer(count, resolveCollection(collectionName, false),
                                getFullCollectionNamespace(collectionName));
                    }
                }
                return super.handleCommand(channel, command, query, databaseResolver, oplog);
            } finally {
                QueryDeadline.clear();
            }
        }
    }
}
