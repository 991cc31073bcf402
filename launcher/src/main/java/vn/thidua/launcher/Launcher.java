package vn.thidua.launcher;

import java.util.Arrays;

/** Entry point of the launcher jar used by {@code ./thidua}: {@code store …} or {@code demo-data …}. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "store" -> LocalMongoServer.run(rest);
            case "demo-data" -> DemoData.run(rest);
            case "bench-durability" -> DurabilityBenchmark.run(rest);
            case "verify-store", "restore-store" -> StoreRestore.run(command, rest);
            case "realm" -> vn.thidua.launcher.realm.RealmOverlay.run(rest);
            default -> {
                System.err.println("usage: launcher store [port] [data-file] | demo-data <gateway-url> <issuer-url>"
                        + " | bench-durability [writes] [clients] | verify-store <backup>"
                        + " | restore-store <backup> <data-file>"
                        + " | realm <production.json> <overlay.json> <out.json>");
                System.exit(2);
            }
        }
    }
}
