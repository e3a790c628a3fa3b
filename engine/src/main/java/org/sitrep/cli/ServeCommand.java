package org.sitrep.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.sitrep.serve.WebServer;
import org.sitrep.store.DuckDbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep serve}: the API and the map page over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the REST API and the map page over a store.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", description = "Store file (default: ${DEFAULT-VALUE})")
    Path db = Path.of("sitrep.duckdb");

    @Option(names = "--parquet", paramLabel = "DIR",
            description = "Serve the Parquet tables of a Spark run (sitrep-spark's output folder) instead of a store")
    Path parquet;

    @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = 8080;

    @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only)")
    String host = "127.0.0.1";

    @Option(names = "--cors", paramLabel = "ORIGIN",
            description = "Let pages of this one origin (https://host[:port]) call the API from a browser "
                    + "(default: none; the map page is same-origin and needs none)")
    String cors;

    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.\\[\\]:-]+");

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (cors != null && !ORIGIN.matcher(cors).matches()) {
            err.println("sitrep serve: --cors wants one origin, scheme://host[:port] without a path, got " + cors);
            return ExitCodes.USAGE;
        }
        if (parquet != null) {
            return serveParquet(err);
        }
        if (!Files.isRegularFile(db)) {
            err.println("sitrep serve: " + db + ": no such store; create it with sitrep ingest --db " + db + " SOURCE...");
            return ExitCodes.USAGE;
        }
        // Read-only: the server never writes, and DuckDB then refuses any write whatever reaches it.
        try (DuckDbStore store = DuckDbStore.openReadOnly(db)) {
            serve(store, host, port, cors, spec.commandLine().getOut());
            return ExitCodes.OK;
        } catch (SQLException e) {
            err.println("sitrep serve: " + db + ": " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        }
    }

    private int serveParquet(PrintWriter err) throws InterruptedException {
        if (!Files.isDirectory(parquet.resolve("events")) || !Files.isDirectory(parquet.resolve("articles"))) {
            err.println("sitrep serve: " + parquet + ": no Spark output here (an events and an articles folder)");
            return ExitCodes.USAGE;
        }
        try (DuckDbStore store = DuckDbStore.inMemory()) {
            store.importParquet(parquet);
            var totals = store.totals();
            err.printf("sitrep serve: %d articles, %d events, %d after merging, from %s%n", totals.articles(),
                    totals.events(), totals.mergedEvents(), parquet);
            err.flush();
            serve(store, host, port, cors, spec.commandLine().getOut());
            return ExitCodes.OK;
        } catch (SQLException e) {
            err.println("sitrep serve: " + parquet + ": " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        }
    }

    /** Serves until the process is interrupted; prints the page's URL once it listens. */
    static void serve(DuckDbStore store, String host, int port, String cors, PrintWriter out)
            throws InterruptedException {
        Javalin app = WebServer.create(store, cors).start(host, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }));
        out.println("sitrep: serving the map at http://" + host + ":" + app.port() + "/ (Ctrl-C stops)");
        out.flush();
        stopped.await();
    }
}
