package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern INTERVAL = Pattern.compile("(\\d{1,6})([smh])");

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

    @Option(names = "--watch", paramLabel = "DIR",
            description = "A folder to watch: new files in it are ingested as they come (every 10 s unless --every)")
    List<Path> watch = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "URL", description = "An RSS/Atom feed to poll (every 5m unless --every)")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--every", paramLabel = "DURATION",
            description = "Ingest the sources again at this interval (30s, 5m, 1h) until interrupted; "
                    + "what is stored already is skipped")
    String every;

    @Option(names = "--failures", paramLabel = "FILE",
            description = "Write every failed input to FILE, one JSON line each (input, stage, code, detail)")
    Path failures;

    @Parameters(arity = "0..*", paramLabel = "SOURCE", description = "Files, folders, feeds, archives or URLs")
    List<String> sources = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            err.println("sitrep ingest: --threads must be at least 1, got " + threads);
            return ExitCodes.USAGE;
        }
        List<String> all = new ArrayList<>(sources);
        watch.forEach(d -> all.add(d.toString()));
        all.addAll(feeds);
        if (all.isEmpty()) {
            err.println("sitrep ingest: give at least one SOURCE, --watch DIR or --feed URL");
            return ExitCodes.USAGE;
        }
        Duration interval;
        try {
            interval = every != null ? interval(every)
                    : !feeds.isEmpty() ? Duration.ofMinutes(5) : !watch.isEmpty() ? Duration.ofSeconds(10) : null;
        } catch (IllegalArgumentException e) {
            err.println("sitrep ingest: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (timeout < 1) {
            err.println("sitrep ingest: --timeout must be at least 1 second, got " + timeout);
            return ExitCodes.USAGE;
        }
        try (DuckDbStore store = DuckDbStore.open(db)) {
            Ingestion ingestion = new Ingestion(Pipelines.extraction(nlpCache), store,
                    Terminal.stderrIsTerminal() ? err : null, threads, Duration.ofSeconds(timeout));
            while (true) {
                // Each round skips what earlier rounds stored, so only new files and feed items cost work.
                Ingestion.Report report = ingestion.run(all);
                summarise(report, err);
                if (failures != null) {
                    writeFailures(report.failed(), failures);
                }
                if (interval == null) {
                    return report.failed().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
                }
                Thread.sleep(interval.toMillis());
            }
        } catch (SQLException e) {
            err.println("sitrep ingest: " + db + ": " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        } catch (IOException e) {
            err.println("sitrep ingest: cannot write " + failures + ": " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        }
    }

    /** The dead-letter file: every failure of the last round, one JSON object a line. */
    static void writeFailures(List<Problem> failed, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Problem p : failed) {
                out.write(json.writeValueAsString(p));
                out.write('\n');
            }
        }
    }

    /** A duration such as {@code 30s}, {@code 5m} or {@code 1h}. */
    static Duration interval(String text) {
        Matcher m = INTERVAL.matcher(text.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException("--every wants a positive number of s, m or h (30s, 5m, 1h), got " + text);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
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
