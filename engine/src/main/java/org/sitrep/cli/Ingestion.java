package org.sitrep.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.model.Problem;
import org.sitrep.model.RawInput;
import org.sitrep.model.SitrepRecord;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.Stage;
import org.sitrep.source.SourceItem;
import org.sitrep.source.Sources;
import org.sitrep.store.DuckDbStore;

/**
 * One ingest run: reads every source on the calling thread, runs each input through the
 * pipeline on {@code threads} workers (the stages are thread-safe; the store serialises writes)
 * and stores its record, then merges events across articles. A bad input is counted with its
 * reason, in source order, and the run goes on. Progress goes to an optional line on standard
 * error. One run at a time per instance.
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
    private final int threads;

    /**
     * @param progress where to draw a progress line, or null for none
     * @param threads  how many inputs go through the pipeline at once
     */
    Ingestion(Stage<RawInput, SitrepRecord> pipeline, DuckDbStore store, PrintWriter progress, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.pipeline = pipeline;
        this.store = store;
        this.progress = progress;
        this.threads = threads;
    }

    Report run(List<String> sources) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        long expected = 0;
        for (String s : sources) {
            long n = Sources.estimate(s);
            expected = expected < 0 || n < 0 ? -1 : expected + n;
        }
        long total = expected;
        Map<Integer, Problem> failed = new ConcurrentSkipListMap<>();
        AtomicInteger read = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger extracted = new AtomicInteger();
        // At most two inputs wait per worker, so a large archive never sits in memory whole.
        Semaphore room = new Semaphore(threads * 2);
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            Sources reader = new Sources();
            for (String source : sources) {
                reader.read(source, item -> {
                    int seq = read.getAndIncrement();
                    if (item instanceof SourceItem.Failed f) {
                        failed.put(seq, f.problem());
                        draw(done.incrementAndGet(), total, started);
                        return;
                    }
                    RawInput input = ((SourceItem.Input) item).input();
                    room.acquireUninterruptibly();
                    workers.execute(() -> {
                        try {
                            Problem problem = extractAndStore(input);
                            if (problem == null) {
                                extracted.incrementAndGet();
                            } else {
                                failed.put(seq, problem);
                            }
                            draw(done.incrementAndGet(), total, started);
                        } finally {
                            room.release();
                        }
                    });
                });
            }
        } finally {
            workers.shutdown();
            workers.awaitTermination(365, TimeUnit.DAYS);
        }
        if (progress != null) {
            synchronized (progress) {
                progress.print("\r" + " ".repeat(72) + "\r");
                progress.flush();
            }
        }
        store.mergeEvents();
        var totals = store.totals();
        return new Report(read.get(), extracted.get(), totals.events(), totals.mergedEvents(),
                new ArrayList<>(failed.values()), (System.nanoTime() - started) / 1e9);
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
        synchronized (progress) {
            if (total > 0) {
                long eta = rate > 0 ? Math.round(Math.max(0, total - done) / rate) : 0;
                progress.printf("\r  ingest %d/%d  %.2f articles/s  ETA %dm%02ds ", done, total, rate, eta / 60,
                        eta % 60);
            } else {
                progress.printf("\r  ingest %d  %.2f articles/s ", done, rate);
            }
            progress.flush();
        }
    }
}
