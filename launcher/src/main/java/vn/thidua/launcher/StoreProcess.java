package vn.thidua.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The embedded store as its own process, started the way {@code ./thidua} starts it, for the tests and benchmarks
 * that must kill it ({@code kill -9}) and start it again on the same data file.
 */
final class StoreProcess implements AutoCloseable {

    private final Path dataFile;
    private final Path log;
    private final int port;
    private final List<String> systemProperties;
    private Process process;

    StoreProcess(Path dataFile, Path log, int port, List<String> systemProperties) {
        this.dataFile = dataFile;
        this.log = log;
        this.port = port;
        this.systemProperties = List.copyOf(systemProperties);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    String uri() {
        return "mongodb://127.0.0.1:" + port + "/?retryWrites=false&w=majority&journal=true";
    }

    /** Starts the store and waits until it accepts connections. */
    void start(Duration timeout) throws IOException, InterruptedException {
        String javaBinary = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(javaBinary, "-Xms64m", "-Xmx320m", "-XX:+UseSerialGC"));
        command.addAll(systemProperties);
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            // Run from the launcher's own (Spring Boot) jar: its classes are not on a plain class path.
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, Launcher.class.getName()));
        }
        command.addAll(List.of("store", String.valueOf(port), dataFile.toString()));
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("store exited with " + process.exitValue() + "; see " + log);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IOException("store not listening on " + port + " after " + timeout + "; see " + log);
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is flushed on the way out. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            process = null;
        }
    }

    /** A normal stop (SIGTERM): the shutdown hook closes the store. */
    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            process = null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
