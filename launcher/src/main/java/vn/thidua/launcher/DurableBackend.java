package vn.thidua.launcher;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.h2.mvstore.MVStore;
import vn.thidua.launcher.store.IndexedH2Backend;

/**
 * "Acknowledged means durable" for the embedded store (issue 14): a write command is committed to the data file
 * before its answer leaves the store.
 *
 * <p>mongo-java-server's H2 backend relies on H2's background auto-commit, once a second: a store killed with
 * {@code kill -9} lost up to a second of writes its clients had been told were saved (21 of 300 in the issue).
 * Here the MVStore is opened with auto-commit off and this decorator commits after each write command, before
 * {@link MongoBackend#handleMessage} returns (the wire handler writes the answer only after it returns).
 *
 * <p>Commits are taken only at quiescent points: write commands run under a shared lock and a commit holds the
 * exclusive one, so a commit never captures half of a command (a document put in its collection's map but not yet
 * in a secondary index's map, or the other way round). Concurrent writers share commits (group commit): a writer
 * whose change was already covered by another writer's commit returns without committing again.
 *
 * <p>{@link Mode#SYNC} (default) also forces the file to the disk (fsync), so an acknowledged write survives a
 * power cut as well as a killed process; {@link Mode#COMMIT} writes to the operating system only (survives
 * {@code kill -9}, not a power cut); {@link Mode#OFF} is H2's one-second auto-commit, kept for comparison.
 *
 * <p>Compaction: H2's background thread, which also rewrites chunks whose pages are mostly dead, runs only with its
 * auto-commit, so with durability on nothing compacted and the append-only file grew with every commit (100 k
 * dossiers: 2.5–6 GB). Here, at most every {@code thidua.store.compact-interval-ms} (default 2000) of write activity,
 * the committing thread also rewrites up to {@code thidua.store.compact-write-mb} (4) of the live pages of chunks
 * below {@code thidua.store.compact-fill-rate} percent live (50) and commits that, still under the exclusive lock: a
 * rewrite takes its own commit, which must not capture half a command either. Freed space is reused by later chunks.
 * H2's retention time is {@code thidua.store.retention-ms} (default 0, H2's own 45 s with {@code -1}): read commands
 * register the version they read with H2 instead (see {@link #reading}).
 */
final class DurableBackend implements MongoBackend {

    enum Mode { SYNC, COMMIT, OFF }

    /** Commands that never change data. Anything else is treated as a write: unknown commands err on safety. */
    private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "listcollections",
            "listindexes", "listdatabases", "ping", "hello", "ismaster", "buildinfo", "serverstatus", "killcursors",
            "whatsmyuri", "endsessions", "getlasterror", "reseterror", "getparameter", "getcmdlineopts",
            "getlog", "hostinfo", "connectionstatus", "dbstats", "collstats", "validate", "explain", "saslstart",
            "saslcontinue", "getfreemonitoringstatus", "currentop", "features", "logout", "authenticate",
            "getnonce");

    private final MongoBackend delegate;
    private final MVStore store;
    private final Mode mode;
    private final ReentrantReadWriteLock quiescence = new ReentrantReadWriteLock();
    private final Object commitMonitor = new Object();
    private final AtomicLong writesDone = new AtomicLong();
    private volatile long writesDurable;
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong compactions = new AtomicLong();
    private final Compaction compaction;
    private long lastCompaction = System.nanoTime();

    /**
     * When and how much to compact: every {@code intervalMillis} of write activity (negative: never), chunks below
     * {@code fillRate} percent live, at most {@code writeBytes} rewritten per step.
     */
    record Compaction(long intervalMillis, int fillRate, int writeBytes, int retentionMillis) {
        static Compaction configured() {
            return new Compaction(Long.getLong("thidua.store.compact-interval-ms", 2000),
                    Integer.getInteger("thidua.store.compact-fill-rate", 50),
                    Integer.getInteger("thidua.store.compact-write-mb", 4) << 20,
                    Integer.getInteger("thidua.store.retention-ms", 0));
        }
    }

    DurableBackend(MongoBackend delegate, MVStore store, Mode mode) {
        this(delegate, store, mode, Compaction.configured());
    }

    DurableBackend(MongoBackend delegate, MVStore store, Mode mode, Compaction compaction) {
        this.delegate = delegate;
        this.store = store;
        this.mode = mode;
        this.compaction = compaction;
        if (mode != Mode.OFF && delegate instanceof IndexedH2Backend indexed) {
            indexed.setBuildCheckpoint(this::buildCheckpoint);
        }
        if (mode != Mode.OFF && compaction.retentionMillis() >= 0) {
            // H2 keeps every dead chunk for its retention time (45 s) in case a reader still walks an old version;
            // at one commit per write that was most of the file. Readers register the version they read instead.
            store.setRetentionTime(compaction.retentionMillis());
        }
    }

    static Mode configuredMode() {
        String value = System.getProperty("thidua.store.durability", "sync");
        try {
            return Mode.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("thidua.store.durability must be sync, commit or off, not " + value, e);
        }
    }

    /** The MVStore builder for a mode: H2's own auto-commit stays on only when this decorator does not commit. */
    static MVStore.Builder builder(Mode mode) {
        MVStore.Builder builder = new MVStore.Builder();
        return mode == Mode.OFF ? builder : builder.autoCommitDisabled();
    }

    Mode mode() {
        return mode;
    }

    long commits() {
        return commits.get();
    }

    /** How many compaction steps rewrote something. */
    long compactions() {
        return compactions.get();
    }

    static boolean isWrite(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return writesOutput(query);
        }
        return !READS.contains(name);
    }

    private static boolean writesOutput(Document query) {
        Object pipeline = query == null ? null : query.get("pipeline");
        if (pipeline instanceof List<?> stages) {
            for (Object stage : stages) {
                if (stage instanceof Document d && (d.containsKey("$out") || d.containsKey("$merge"))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document document = message.getDocument();
        String command = document.keySet().iterator().next();
        return durably(command, document, () -> delegate.handleMessage(message));
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        return durably(command, query, () -> delegate.handleCommand(channel, database, command, query));
    }

    private Document durably(String command, Document query, Supplier<Document> handler) {
        if (mode == Mode.OFF) {
            return handler.get();
        }
        if (!isWrite(command, query)) {
            return reading(handler);
        }
        // An index build runs alone (other writes wait), so it can commit between its batches (buildCheckpoint).
        java.util.concurrent.locks.Lock lock = command.equalsIgnoreCase("createIndexes")
                ? quiescence.writeLock() : quiescence.readLock();
        lock.lock();
        try {
            return handler.get();
        } finally {
            // Also after a failed command: whatever part of it was applied is visible to readers now, so it must
            // not vanish in a crash either. A commit that fails propagates: the client is never told "saved".
            lock.unlock();
            commitCovering(writesDone.incrementAndGet());
        }
    }

    /**
     * A read pins the store's version while it runs, so no commit or compaction frees (and a later commit reuses)
     * a chunk it may still read: with a short retention time this registration is what keeps a long read safe.
     * Writes need none: chunks are freed only by commits, which wait for every write command to finish.
     */
    private <T> T reading(Supplier<T> handler) {
        MVStore.TxCounter version = store.registerVersionUsage();
        try {
            return handler.get();
        } finally {
            store.deregisterVersionUsage(version);
        }
    }

    /** Between batches of an index build, whose command holds the exclusive lock: commit what it built so far. */
    private void buildCheckpoint() {
        if (!quiescence.isWriteLockedByCurrentThread()) {
            return; // a build outside a createIndexes command (at open): committed with that command, as before
        }
        commitAndSync();
    }

    private void commitAndSync() {
        store.commit();
        if (mode == Mode.SYNC) {
            store.sync();
        }
        commits.incrementAndGet();
    }

    /** Makes the writes counted up to {@code mine} durable, sharing a commit with concurrent writers. */
    private void commitCovering(long mine) {
        if (writesDurable >= mine) {
            return;
        }
        synchronized (commitMonitor) {
            if (writesDurable >= mine) {
                return;
            }
            // Exclusive: no write command is half done while the commit takes its snapshot.
            quiescence.writeLock().lock();
            try {
                commitAll();
                compactIfDue();
            } finally {
                quiescence.writeLock().unlock();
            }
        }
    }

    /** Commits what every finished write command changed; the caller holds writers back. */
    private void commitAll() {
        long covered = writesDone.get();
        commitAndSync();
        writesDurable = covered;
    }

    /**
     * Runs an action at a commit point while write commands are held back (reads go on): everything acknowledged
     * so far is committed first (synced too in {@link Mode#SYNC}), and no write is half done until the action
     * ends. For a backup or maintenance that must see, or move, the file at a consistent point. With
     * {@link Mode#OFF} writes are not held back (they take no lock); H2's own hot backup copes with that.
     */
    <T> T quiescent(java.util.concurrent.Callable<T> action) throws Exception {
        synchronized (commitMonitor) {
            quiescence.writeLock().lock();
            try {
                commitAll();
                return action.call();
            } finally {
                quiescence.writeLock().unlock();
            }
        }
    }

    /** Under the exclusive lock, after a commit: one bounded compaction step, committed as writes are. */
    private void compactIfDue() {
        long now = System.nanoTime();
        if (compaction.intervalMillis() < 0 || now - lastCompaction < compaction.intervalMillis() * 1_000_000L) {
            return;
        }
        lastCompaction = now;
        if (store.compact(compaction.fillRate(), compaction.writeBytes())) {
            store.commit();
            if (mode == Mode.SYNC) {
                store.sync();
            }
            compactions.incrementAndGet();
        }
    }

    // ---------------------------------------------------------------- plain delegation

    @Override
    public void handleClose(Channel channel) {
        delegate.handleClose(channel);
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return mode == Mode.OFF ? delegate.handleQuery(query) : reading(() -> delegate.handleQuery(query));
    }

    @Override
    public void dropDatabase(String database) {
        durably("dropDatabase", null, () -> {
            delegate.dropDatabase(database);
            return null;
        });
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        return delegate.getCurrentOperations(query);
    }

    @Override
    public Document getServerStatus() {
        return delegate.getServerStatus();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        delegate.closeCursors(cursorIds);
    }

    @Override
    public Clock getClock() {
        return delegate.getClock();
    }

    @Override
    public void enableOplog() {
        delegate.enableOplog();
    }

    @Override
    public void disableOplog() {
        delegate.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return delegate.resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        delegate.version(version);
        return this;
    }
}
