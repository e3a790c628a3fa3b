package org.sitrep.cli;

import java.io.PrintWriter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.bench.CompilerThreads;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.model.Problem;
import org.sitrep.model.RawInput;
import org.sitrep.model.SitrepRecord;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.Stage;
import org.sitrep.source.SourceItem;
import org.sitrep.source.Sources;
import org.sitrep.store.DuckDbStore;

/**
 * One resumable ingest run. The calling thread reads every source into a bounded queue (it
 * waits when the queue is full, so a large archive never sits in memory whole); {@code threads}
 * workers run inputs through the pipeline, each with a time limit; one writer stores the records
 * in batches, an article's rows and its content hash in the same transaction. An input whose id
 * is already stored with the same content hash is skipped, so a killed run started again goes on
 * where it stopped. Finally events are merged across articles. A bad input is counted with its
 * reason, in source order, and the run goes on. One run at a time per instance.
 */
final class Ingestion {

    /** Articles committed together at most; a kill loses at most these, and they are redone. */
    static final int BATCH = 32;

    /** Time one article may take by default; far beyond any real article's. */
    static final Duration DEFAULT_LIMIT = Duration.ofMinutes(2);

    /**
     * What a run did: inputs read, records stored, inputs skipped as already stored, inputs
     * abandoned past the time limit (counted in {@code failed} too), and each failure with its
     * position and reason.
     */
    record Report(int read, int extracted, int skipped, int timedOut, long events, long mergedEvents,
                  List<Problem> failed, double seconds) {
        double rate() {
            return seconds <= 0 ? 0 : extracted / seconds;
        }
    }

    /** One input on its way to a worker: its place in source order, its id and content hash. */
    private record Job(int seq, RawInput input, String hash) {}

    /** One record on its way to the writer, or the end of the stream. */
    private record Done(int seq, DuckDbStore.Entry entry) {}

    private static final Job NO_MORE_JOBS = new Job(-1, null, null);
    private static final Done NO_MORE_RECORDS = new Done(-1, null);

    private final Stage<RawInput, SitrepRecord> pipeline;
    private final DuckDbStore store;
    private final PrintWriter progress;
    private final int threads;
    private final Duration limit;

    /**
     * @param progress where to draw a progress line, or null for none
     * @param threads  how many inputs go through the pipeline at once
     */
    Ingestion(Stage<RawInput, SitrepRecord> pipeline, DuckDbStore store, PrintWriter progress, int threads) {
        this(pipeline, store, progress, threads, DEFAULT_LIMIT);
    }

    /** @param limit how long one input may take before it is reported and abandoned */
    Ingestion(Stage<RawInput, SitrepRecord> pipeline, DuckDbStore store, PrintWriter progress, int threads,
              Duration limit) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, got " + limit);
        }
        this.pipeline = pipeline;
        this.store = store;
        this.progress = progress;
        this.threads = threads;
        this.limit = limit;
    }

    Report run(List<String> sources) throws SQLException, InterruptedException {
        Run run = new Run(System.nanoTime(), expected(sources), store.contentHashes());
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> work(run), "sitrep-worker-" + i);
            worker.start();
            workers.add(worker);
        }
        Thread writer = new Thread(() -> write(run), "sitrep-writer");
        writer.start();
        try {
            Sources reader = new Sources();
            for (String source : sources) {
                reader.read(source, item -> offer(run, item));
            }
        } finally {
            for (int i = 0; i < threads; i++) {
                run.jobs.put(NO_MORE_JOBS);
            }
            for (Thread w : workers) {
                w.join();
            }
            run.records.put(NO_MORE_RECORDS);
            writer.join();
        }
        if (progress != null) {
            synchronized (progress) {
                progress.print("\r" + " ".repeat(72) + "\r");
                progress.flush();
            }
        }
        store.mergeEvents();
        var totals = store.totals();
        return new Report(run.read.get(), run.extracted.get(), run.skipped.get(), run.timedOut.get(),
                totals.events(), totals.mergedEvents(), new ArrayList<>(run.failed.values()),
                (System.nanoTime() - run.started) / 1e9);
    }

    /** The state one run's threads share; every field is thread-safe. */
    private final class Run {
        final long started;
        final long total;
        final Map<String, String> stored;
        final BlockingQueue<Job> jobs = new ArrayBlockingQueue<>(threads * 2);
        final BlockingQueue<Done> records = new ArrayBlockingQueue<>(BATCH * 2);
        final Map<Integer, Problem> failed = new ConcurrentSkipListMap<>();
        final AtomicInteger read = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger extracted = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
        final AtomicInteger timedOut = new AtomicInteger();
        /** Set when the first article is extracted: the models are loaded and start-up is over. */
        final AtomicBoolean warm = new AtomicBoolean();

        Run(long started, long total, Map<String, String> stored) {
            this.started = started;
            this.total = total;
            this.stored = stored;
        }

        void fail(int seq, Problem p) {
            failed.put(seq, p);
            draw(done.incrementAndGet(), total, started);
        }
    }

    private static long expected(List<String> sources) {
        long expected = 0;
        for (String s : sources) {
            long n = Sources.estimate(s);
            expected = expected < 0 || n < 0 ? -1 : expected + n;
        }
        return expected;
    }

    /** On the reading thread: queues an input for the workers unless it is stored already. */
    private void offer(Run run, SourceItem item) {
        int seq = run.read.getAndIncrement();
        if (item instanceof SourceItem.Failed f) {
            run.fail(seq, f.problem());
            return;
        }
        RawInput input = ((SourceItem.Input) item).input();
        String hash = contentHash(input.bytes());
        if (hash.equals(run.stored.get(ArticleReader.idOf(input)))) {
            run.skipped.incrementAndGet();
            draw(run.done.incrementAndGet(), run.total, run.started);
            return;
        }
        try {
            run.jobs.put(new Job(seq, input, hash));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted while reading " + input.name(), e);
        }
    }

    /**
     * A worker: takes inputs until the end mark and runs each on its own runner thread, waiting
     * at most the time limit. CoreNLP cannot be stopped safely mid-sentence, so a runner past the
     * limit is abandoned (it is a daemon and ends when its article does, or with the JVM) and
     * replaced by a fresh one.
     */
    private void work(Run run) {
        ExecutorService runner = newRunner();
        try {
            while (true) {
                Job job = run.jobs.take();
                if (job == NO_MORE_JOBS) {
                    return;
                }
                Future<Outcome<SitrepRecord>> future = runner.submit(() -> pipeline.apply(job.input()));
                Outcome<SitrepRecord> out;
                try {
                    out = future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    future.cancel(true);
                    runner.shutdownNow();
                    runner = newRunner();
                    run.timedOut.incrementAndGet();
                    run.fail(job.seq(), new Problem("ingest", "ingest.timeout", job.input().name()
                            + ": still running after " + limit.toSeconds() + " s; skipped"));
                    continue;
                } catch (ExecutionException e) {
                    run.fail(job.seq(), new Problem("ingest", "internal.error",
                            job.input().name() + ": " + e.getCause()));
                    continue;
                }
                if (out instanceof Outcome.Rejected<SitrepRecord> rejected) {
                    run.fail(job.seq(), rejected.reason());
                } else {
                    SitrepRecord record = ((Outcome.Ok<SitrepRecord>) out).value();
                    if (run.warm.compareAndSet(false, true)) {
                        // Start-up is over: from now on the workers come before the JIT compiler.
                        CompilerThreads.yieldTo(threads);
                    }
                    run.records.put(new Done(job.seq(), new DuckDbStore.Entry(record, job.input().name(), job.hash())));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            runner.shutdown();
        }
    }

    private static ExecutorService newRunner() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "sitrep-pipeline");
            t.setDaemon(true);
            return t;
        });
    }

    /** The writer: stores records in batches of what has arrived, up to {@link #BATCH}. */
    private void write(Run run) {
        List<Done> batch = new ArrayList<>();
        try {
            boolean more = true;
            while (more) {
                batch.clear();
                batch.add(run.records.take());
                run.records.drainTo(batch, BATCH - 1);
                more = !batch.remove(NO_MORE_RECORDS);
                if (!batch.isEmpty()) {
                    store(run, batch);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void store(Run run, List<Done> batch) {
        try {
            store.putAll(batch.stream().map(Done::entry).toList());
            for (int i = 0; i < batch.size(); i++) {
                run.extracted.incrementAndGet();
                draw(run.done.incrementAndGet(), run.total, run.started);
            }
        } catch (SQLException | RuntimeException e) {
            // One bad record must not cost the others: store them one by one to find it.
            for (Done d : batch) {
                try {
                    store.putAll(List.of(d.entry()));
                    run.extracted.incrementAndGet();
                    draw(run.done.incrementAndGet(), run.total, run.started);
                } catch (SQLException | RuntimeException one) {
                    run.fail(d.seq(), new Problem("store", "store.write-failed",
                            d.entry().source() + ": " + one.getMessage()));
                }
            }
        }
    }

    /** The full SHA-256 of an input's bytes: the same article id with other bytes is extracted again. */
    static String contentHash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(bytes == null ? new byte[0] : bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
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
