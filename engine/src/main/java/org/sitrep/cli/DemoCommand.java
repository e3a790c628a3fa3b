package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.store.DuckDbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep demo}: ingests the project's real articles (the seed and every development set
 * under {@code ../shared}) into a fresh store and serves the map over it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the seed and development articles of ../shared into a fresh store and serve the map.")
final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--shared", description = "The shared folder (default: ../shared beside the checkout)")
    Path shared;

    @Option(names = "--db", description = "Store file, emptied first (default: ${DEFAULT-VALUE})")
    Path db = Path.of("sitrep-demo.duckdb");

    @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE})")
    int port = 8080;

    @Option(names = "--nlp-cache", paramLabel = "DIR", description = "Keep NLP annotations in DIR and reuse them")
    Path nlpCache;

    @Option(names = "--threads", description = "Articles extracted at once (default: the number of cores, at most 4)")
    int threads = Math.min(4, Runtime.getRuntime().availableProcessors());

    @Option(names = "--no-serve", description = "Ingest only, do not serve")
    boolean noServe;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            err.println("sitrep demo: --threads must be at least 1, got " + threads);
            return ExitCodes.USAGE;
        }
        Path root = shared != null ? shared : defaultShared();
        List<String> sources = sources(root);
        if (sources.isEmpty()) {
            err.println("sitrep demo: no articles under " + root + " (give --shared DIR)");
            return ExitCodes.USAGE;
        }
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
        err.println("sitrep demo: ingesting " + String.join(", ", sources) + " into " + db
                + " (CoreNLP reads every article: a few minutes)");
        err.flush();
        try (DuckDbStore store = DuckDbStore.open(db)) {
            Ingestion.Report report = new Ingestion(Pipelines.extraction(nlpCache), store,
                    Terminal.stderrIsTerminal() ? err : null, threads).run(sources);
            IngestCommand.summarise(report, err);
            if (!noServe) {
                ServeCommand.serve(store, "127.0.0.1", port, null, spec.commandLine().getOut());
            }
            return ExitCodes.OK;
        } catch (SQLException e) {
            err.println("sitrep demo: " + db + ": " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        }
    }

    private static Path defaultShared() {
        String home = System.getenv("SITREP_HOME");
        Path base = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
        return base.resolveSibling("shared").normalize();
    }

    /** The seed articles, then each development set's articles (text and HTML), in a stable order. */
    static List<String> sources(Path shared) throws java.io.IOException {
        List<String> out = new ArrayList<>();
        if (Files.isDirectory(shared.resolve("articles"))) {
            out.add(shared.resolve("articles").toString());
        }
        Path dev = shared.resolve("eval-dev");
        if (Files.isDirectory(dev)) {
            try (Stream<Path> sets = Files.list(dev)) {
                for (Path set : sets.filter(Files::isDirectory).sorted().toList()) {
                    for (String sub : List.of("articles", "html")) {
                        if (Files.isDirectory(set.resolve(sub))) {
                            out.add(set.resolve(sub).toString());
                        }
                    }
                }
            }
        }
        return out;
    }
}
