package vn.thidua.launcher;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;
import org.h2.mvstore.MVStore;

/**
 * An online backup of the embedded store (issue 14, item 3): a ZIP holding a copy of the MVStore file taken at a
 * commit point while the store keeps serving.
 *
 * <p>Why a commit point: every commit of the durable store is taken when no write command is half done, so the
 * copy never holds a document without its index entries (or the reverse). The copy itself is H2's own hot backup
 * ({@code FileStore.backup}), which stops space reuse while it reads so a concurrent commit cannot overwrite a
 * chunk being copied; the caller runs it inside {@code quiescent}, which holds writes back until the copy ends
 * (reads go on), so maintenance that moves chunks cannot run meanwhile either.
 */
final class StoreSnapshot {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** Runs an action at a commit point with writes held back: the durable backend's quiescent section. */
    interface Quiescence {
        <T> T quiescent(Callable<T> action) throws Exception;
    }

    /** A backup written: where, its size, how long writes waited for it. */
    record Written(Path file, long bytes, long millis) {

        public String json() {
            return "{\"file\":\"" + file.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"bytes\":"
                    + bytes + ",\"millis\":" + millis + "}";
        }
    }

    private final MVStore store;
    private final Quiescence quiescence;
    private final Path directory;

    StoreSnapshot(MVStore store, Quiescence quiescence, Path directory) {
        this.store = store;
        this.quiescence = quiescence;
        this.directory = directory;
    }

    /** Writes {@code store-<yyyyMMdd-HHmmss-SSS>.zip} into the backup directory; one backup at a time. */
    synchronized Written write() throws Exception {
        Files.createDirectories(directory);
        String name = "store-" + LocalDateTime.now().format(STAMP) + ".zip";
        Path partial = directory.resolve(name + ".partial");
        long started = System.nanoTime();
        try {
            quiescence.quiescent(() -> {
                try (OutputStream file = Files.newOutputStream(partial);
                        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(file, 1 << 16))) {
                    // The file is mostly already-compact pages: the fastest level saves time under the write hold.
                    zip.setLevel(Deflater.BEST_SPEED);
                    store.getFileStore().backup(zip);
                }
                return null;
            });
        } catch (Exception e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        // A name without ".partial" only ever names a complete backup.
        Path target = directory.resolve(name);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return new Written(target, Files.size(target), millis);
    }
}
