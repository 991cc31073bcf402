/**
 * The store equivalence test: an independent, black-box oracle for the indexed store engine. A seeded random list
 * of steps ({@link vn.thidua.launcher.store.equivalence.OpGenerator}: index declarations before and after data,
 * inserts, updates, replaces, upserts, deletes, find-and-modify, finds with filters, sorts, skip and limit,
 * counts, the count command, the services' list pages and keyset walks, reopens of the store from its file) runs
 * through the MongoDB Java Driver on two in-process MongoServers: mongo-java-server's memory backend (the
 * reference; it has no secondary indexes, so it cannot share an index bug) and the candidate backend on a temp-file
 * MVStore. Every step's outcome must be equal; the first difference is shrunk to a short reproduction.
 *
 * <pre>
 * ./mvnw -q -B -o -pl launcher test -Dtest='*Equivalence*'             # the build's run: fixed seed, 2500 steps
 *   -Dthidua.equivalence.seed=N|random  -Dthidua.equivalence.runs=K     # other seeds, K of them from N
 *   -Dthidua.equivalence.ops=N  -Dthidua.equivalence.insert-scale=M     # longer runs, larger collections
 *   -Dthidua.equivalence.backend=indexed|bounded|h2                     # the candidate (default: indexed if present)
 *   -Dthidua.equivalence.skip=REGEX                                     # leave out steps showing a known issue
 *   -Dthidua.equivalence.shrink-ms=N  -Dorg.slf4j.simpleLogger.defaultLogLevel=error  # shrink budget, store logs
 * </pre>
 */
package vn.thidua.launcher.store.equivalence;
