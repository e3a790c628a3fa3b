package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.sitrep.model.Problem;
import org.sitrep.store.DuckDbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep ingest}: articles from files, folders, JSON Lines, feeds and WARC archives into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extract articles (files, folders, .jsonl, RSS/Atom, .warc[.gz], URLs) into a DuckDB store.")
final class IngestCommand implements Callable<Integer> {

    /** Failures listed one by one in the summary; past this, only their count by reason. */
    private static final int LISTED = 20;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", description = "Store file (default: ${DEFAULT-VALUE})")
    Path db = Path.of("sitrep.duckdb");

    @Option(names = "--nlp-cache", paramLabel = "DIR", description = "Keep NLP annotations in DIR and reuse them")
    Path nlpCache;

    @Option(names = "--threads", description = "Articles extracted at once (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Time one article may take before it is reported and skipped (default: ${DEFAULT-VALUE})")
    long timeout = Ingestion.DEFAULT_LIMIT.toSeconds();

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files, folders, feeds, archives or URLs")
    List<String> sources = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            err.println("sitrep ingest: --threads must be at least 1, got " + threads);
            return ExitCodes.USAGE;
        }
        if (timeout < 1) {
            err.println("sitrep ingest: --timeout must be at least 1 second, got " + timeout);
            return ExitCodes.USAGE;
        }
        try (DuckDbStore store = DuckDbStore.open(db)) {
            Ingestion.Report report = new Ingestion(Pipelines.extraction(nlpCache), store,
                    Terminal.stderrIsTerminal() ? err : null, threads, Duration.ofSeconds(timeout)).run(sources);
            summarise(report, err);
            return report.failed().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        } catch (SQLException e) {
            err.println("sitrep ingest: " + db + ": " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        }
    }

    static void summarise(Ingestion.Report r, PrintWriter err) {
        err.printf("sitrep ingest: read %d, extracted %d, already stored %d, failed %d (%d past the time limit) "
                        + "in %.1f s (%.2f articles/s); store: %d events, %d after merging across articles%n",
                r.read(), r.extracted(), r.skipped(), r.failed().size(), r.timedOut(), r.seconds(), r.rate(),
                r.events(), r.mergedEvents());
        List<Problem> failed = r.failed();
        for (int i = 0; i < Math.min(LISTED, failed.size()); i++) {
            err.println("  failed: " + failed.get(i));
        }
        if (failed.size() > LISTED) {
            Map<String, Integer> byCode = new TreeMap<>();
            failed.forEach(p -> byCode.merge(p.code(), 1, Integer::sum));
            err.println("  ... and " + (failed.size() - LISTED) + " more; all failures by reason: " + byCode);
        }
        err.flush();
    }
}
