package vn.thidua.launcher;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks and restores a backup of the embedded store (issue 14, item 3): {@code verify-store <backup>} and
 * {@code restore-store <backup> <data-file>}, where a backup is the ZIP an online backup writes
 * ({@link StoreSnapshot}) or a copy of a stopped store's file.
 *
 * <p>A backup is verified the only way that proves it restores: the store is started on an extracted copy, in its
 * own process, and every collection is counted through the MongoDB driver. A restore verifies first and only then
 * replaces the data file (atomically; the file it replaces is kept beside it), so a broken backup never replaces
 * a working store.
 */
final class StoreRestore {

    private StoreRestore() {
    }

    static void run(String command, String[] args) throws Exception {
        if (command.equals("verify-store") && args.length == 1) {
            Path copy = extract(Path.of(args[0]), Files.createTempDirectory("thidua-verify"));
            try {
                print(verify(copy));
            } finally {
                Files.deleteIfExists(copy);
            }
        } else if (command.equals("restore-store") && args.length == 2) {
            Path dataFile = Path.of(args[1]).toAbsolutePath();
            Files.createDirectories(dataFile.getParent());
            Path copy = extract(Path.of(args[0]), dataFile.getParent());
            Map<String, Long> counts;
            try {
                counts = verify(copy);
            } catch (Exception e) {
                Files.deleteIfExists(copy);
                throw e;
            }
            print(counts);
            if (Files.exists(dataFile)) {
                Path kept = dataFile.resolveSibling(dataFile.getFileName() + ".before-restore-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
                Files.move(dataFile, kept, StandardCopyOption.ATOMIC_MOVE);
                System.out.println("previous data file kept as " + kept);
            }
            Files.move(copy, dataFile, StandardCopyOption.ATOMIC_MOVE);
            System.out.println("restored " + dataFile);
        } else {
            throw new IllegalArgumentException("usage: verify-store <backup.zip|file.mv.db> | restore-store "
                    + "<backup.zip|file.mv.db> <data-file>");
        }
    }

    /** The store file inside a backup, copied into a folder (a ZIP holds exactly one file). */
    static Path extract(Path backup, Path folder) throws IOException {
        if (!Files.isRegularFile(backup)) {
            throw new IOException("no backup at " + backup);
        }
        Path target = Files.createTempFile(folder, "restore-", ".mv.db");
        if (!backup.getFileName().toString().endsWith(".zip")) {
            Files.copy(backup, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
        try (InputStream in = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry = zip.getNextEntry();
            if (entry == null || entry.isDirectory()) {
                throw new IOException(backup + " holds no store file");
            }
            Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
            if (zip.getNextEntry() != null) {
                throw new IOException(backup + " holds more than one file: not a store backup");
            }
        } catch (IOException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        return target;
    }

    /** Starts a store on the file and counts every collection ("database.collection" → documents). */
    static Map<String, Long> verify(Path storeFile) throws Exception {
        Path log = Files.createTempFile("thidua-verify", ".log");
        int port = StoreProcess.freePort();
        Map<String, Long> counts = new TreeMap<>();
        try (StoreProcess process = new StoreProcess(storeFile, log, port,
                List.of("-Dthidua.store.health-port=off"))) {
            process.start(Duration.ofMinutes(5));
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
                for (String name : client.listDatabaseNames()) {
                    MongoDatabase database = client.getDatabase(name);
                    for (String collection : database.listCollectionNames()) {
                        counts.put(name + "." + collection, database.getCollection(collection).countDocuments());
                    }
                }
            }
        }
        // Kept when anything above failed: it says why the backup did not open.
        Files.deleteIfExists(log);
        return counts;
    }

    private static void print(Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        counts.forEach((name, n) -> System.out.printf("  %-60s %,12d%n", name, n));
        System.out.printf("verified: the store opens; %d collections, %,d documents%n", counts.size(), total);
    }
}
