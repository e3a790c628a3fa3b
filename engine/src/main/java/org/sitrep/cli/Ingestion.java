package org.sitrep.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Problem;
import org.sitrep.model.RawInput;
import org.sitrep.model.SitrepRecord;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.Stage;
import org.sitrep.source.SourceItem;
import org.sitrep.source.Sources;
import org.sitrep.store.DuckDbStore;

/**
 * One ingest run: reads every source, runs each input through the pipeline and stores its
 * record, then merges events across articles. A bad input is counted with its reason and the run
 * goes on. Progress goes to an optional line on standard error. Not thread-safe: one run, one thread.
 */
final class Ingestion {

    /** What a run did: inputs read, records stored, and each failure with its position and reason. */
    record Report(int read, int extracted, long events, long mergedEvents, List<Problem> failed, double seconds) {
        double rate() {
            return seconds <= 0 ? 0 : extracted / seconds;
        }
    }

    private final Stage<RawInput, SitrepRecord> pipeline;
    private final DuckDbStore store;
    private final PrintWriter progress;

    /** @param progress where to draw a progress line, or null for none */
    Ingestion(Stage<RawInput, SitrepRecord> pipeline, DuckDbStore store, PrintWriter progress) {
        this.pipeline = pipeline;
        this.store = store;
        this.progress = progress;
    }

    Report run(List<String> sources) throws SQLException {
        long started = System.nanoTime();
        Sources reader = new Sources();
        long expected = 0;
        for (String s : sources) {
            long n = Sources.estimate(s);
            expected = expected < 0 || n < 0 ? -1 : expected + n;
        }
        List<Problem> failed = new ArrayList<>();
        int[] counts = new int[2];
        long total = expected;
        for (String source : sources) {
            reader.read(source, item -> {
                counts[0]++;
                if (item instanceof SourceItem.Failed f) {
                    failed.add(f.problem());
                } else {
                    RawInput input = ((SourceItem.Input) item).input();
                    Problem problem = extractAndStore(input);
                    if (problem == null) {
                        counts[1]++;
                    } else {
                        failed.add(problem);
                    }
                }
                draw(counts[0], total, started);
            });
        }
        if (progress != null) {
            progress.print("\r" + " ".repeat(72) + "\r");
            progress.flush();
        }
        store.mergeEvents();
        var totals = store.totals();
        return new Report(counts[0], counts[1], totals.events(), totals.mergedEvents(), failed,
                (System.nanoTime() - started) / 1e9);
    }

    /** Extracts and stores one input; the reason it failed, or null. */
    private Problem extractAndStore(RawInput input) {
        Outcome<SitrepRecord> out;
        try {
            out = pipeline.apply(input);
        } catch (RuntimeException e) {
            return new Problem("ingest", "internal.error", input.name() + ": " + e);
        }
        if (out instanceof Outcome.Rejected<SitrepRecord> rejected) {
            return rejected.reason();
        }
        try {
            store.put(((Outcome.Ok<SitrepRecord>) out).value(), input.name());
            return null;
        } catch (SQLException e) {
            return new Problem("store", "store.write-failed", input.name() + ": " + e.getMessage());
        }
    }

    private void draw(int done, long total, long started) {
        if (progress == null) {
            return;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        if (total > 0) {
            long eta = rate > 0 ? Math.round(Math.max(0, total - done) / rate) : 0;
            progress.printf("\r  ingest %d/%d  %.2f articles/s  ETA %dm%02ds ", done, total, rate, eta / 60, eta % 60);
        } else {
            progress.printf("\r  ingest %d  %.2f articles/s ", done, rate);
        }
        progress.flush();
    }
}
