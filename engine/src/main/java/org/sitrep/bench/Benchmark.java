package org.sitrep.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.RawInput;
import org.sitrep.model.Sentence;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.RecordStages;
import org.sitrep.pipeline.Stage;

/**
 * Runs the pipeline's stages over articles on a pool of threads and measures them. The stages
 * are timed one by one (reader, NLP, extract) so the report shows where the time goes; a
 * warm-up over other articles comes first and is left out of the figures. The timed
 * articles are new to the pipelines, as a live feed's are: seen in the warm-up, they would find
 * their words in the caches of the tagger, NER and parser.
 *
 * <p>Not thread-safe itself; it drives the stages from {@code threads} threads, so they must be.
 */
public final class Benchmark {

    /** Articles each pipeline runs before the other takes its turn. */
    private static final int TURN = 10;

    private final List<RawInput> warmup;
    private final List<RawInput> timed;
    private final int threads;

    /**
     * @param warmup articles each pipeline runs once before timing
     * @param timed  the articles measured, none of them among the warm-up's
     */
    public Benchmark(List<RawInput> warmup, List<RawInput> timed, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.warmup = List.copyOf(warmup);
        this.timed = List.copyOf(timed);
        this.threads = threads;
    }

    /**
     * Measures the engine and (when the factory is not null) a baseline that reads the same
     * articles' text: the baseline gets the reader's {@link Article}s, so only NLP is compared
     * with NLP plus extraction. The two take turns, a block of articles each, so that a machine
     * whose speed drifts during the run (a busy neighbour, memory the host reclaims) slows both
     * alike and the ratio stays fair. The baseline is built after the engine's warm-up, so its
     * loading counts in no start-up figure.
     *
     * @param annotator the CoreNLP adapter inside the engine's NLP stage, whose steps the report
     *                  breaks down; null for an engine without one
     */
    public BenchReport run(RecordStages engine, CoreNlpAnnotator annotator, Supplier<Stage<Article, Integer>> baselineFactory,
                           Function<String, IntConsumer> progress) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long warmStart = System.nanoTime();
        double startup = Double.NaN;
        for (int i = 0; i < warmup.size(); i++) {
            full(engine, warmup.get(i));
            if (i == 0) {
                startup = (System.currentTimeMillis() - jvmStart) / 1000.0;
            }
        }
        double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
        String name = "sitrep (full record)";
        Pass ours = new Pass(name, List.of("read", "nlp", "extract"), i -> engineTimes(engine, timed.get(i)),
                progress.apply(name));
        Pass theirs = null;
        if (baselineFactory != null) {
            Stage<Article, Integer> baseline = baselineFactory.get();
            for (RawInput in : warmup) {
                Article article = read(engine, in);
                if (article != null) {
                    baseline.apply(article);
                }
            }
            List<Article> articles = new ArrayList<>();
            for (RawInput in : timed) {
                articles.add(read(engine, in));
            }
            theirs = new Pass(baseline.name(), List.of("nlp"), i -> baselineTimes(baseline, articles.get(i)),
                    progress.apply(baseline.name()));
        }
        long[] stepsBefore = annotator != null ? annotator.stepNanos() : null;
        long gcBefore = gcMillis();
        int block = theirs == null ? timed.size() : TURN;
        CompilerThreads.yieldTo(threads); // as ingest does once its first article is done
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int from = 0; from < timed.size(); from += block) {
                int to = Math.min(timed.size(), from + block);
                ours.measure(from, to, pool);
                if (theirs != null) {
                    theirs.measure(from, to, pool);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double gcSeconds = (gcMillis() - gcBefore) / 1000.0;
        List<BenchReport.StageTime> steps = new ArrayList<>();
        if (annotator != null) {
            long[] after = annotator.stepNanos();
            for (int i = 0; i < after.length; i++) {
                steps.add(new BenchReport.StageTime(CoreNlpAnnotator.STEPS.get(i), (after[i] - stepsBefore[i]) / 1e9));
            }
        }
        List<BenchReport.Run> runs = new ArrayList<>();
        runs.add(ours.summary());
        if (theirs != null) {
            runs.add(theirs.summary());
        }
        return new BenchReport(machine(), threads, timed.size(), warmup.size(), warmSeconds, startup, peakHeap(), peakRss(),
                gcSeconds, runs, steps);
    }

    /** One article's stage times in nanoseconds, then its sentence and token counts; null if it failed. */
    private interface Timing {
        long[] of(int index);
    }

    /** One pipeline's timed work: its articles' results and the wall time of the blocks it ran. */
    private final class Pass {
        private final String name;
        private final List<String> stages;
        private final Timing timing;
        private final IntConsumer progress;
        private final long[][] results = new long[timed.size()][];
        private final AtomicInteger done = new AtomicInteger();
        private long nanos;
        /** Collector pauses during this pass's blocks: the other pass's garbage may be collected in them too. */
        private long collectorMillis;
        /** The JIT compiler's processor time during this pass's blocks, on threads of its own. */
        private long compilerMillis;

        Pass(String name, List<String> stages, Timing timing, IntConsumer progress) {
            this.name = name;
            this.stages = stages;
            this.timing = timing;
            this.progress = progress;
        }

        /** Runs articles [from, to) on the pool and adds the wall time they took. */
        void measure(int from, int to, ExecutorService pool) {
            // The counters are read before the clock starts: reading them is not the pipelines' work.
            long collector = gcMillis();
            long compiler = CompilerThreads.cpuMillis();
            long start = System.nanoTime();
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    int index = i;
                    futures.add(pool.submit(() -> {
                        results[index] = timing.of(index);
                        progress.accept(done.incrementAndGet());
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("benchmark interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("benchmark failed: " + e.getCause(), e.getCause());
            }
            nanos += System.nanoTime() - start;
            collectorMillis += gcMillis() - collector;
            compilerMillis += CompilerThreads.cpuMillis() - compiler;
        }

        BenchReport.Run summary() {
            double seconds = nanos / 1e9;
            int failed = 0;
            long sentences = 0;
            long tokens = 0;
            long[] stageNanos = new long[stages.size()];
            List<Long> latencies = new ArrayList<>();
            for (long[] r : results) {
                if (r == null) {
                    failed++;
                    continue;
                }
                long total = 0;
                for (int s = 0; s < stages.size(); s++) {
                    stageNanos[s] += r[s];
                    total += r[s];
                }
                latencies.add(total);
                sentences += r[stages.size()];
                tokens += r[stages.size() + 1];
            }
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            List<BenchReport.StageTime> perStage = new ArrayList<>();
            for (int s = 0; s < stages.size(); s++) {
                perStage.add(new BenchReport.StageTime(stages.get(s), stageNanos[s] / 1e9));
            }
            int ok = results.length - failed;
            return new BenchReport.Run(name, ok, failed, sentences, tokens, seconds, ok / seconds, sentences / seconds,
                    tokens / seconds, percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6, perStage,
                    collectorMillis / 1000.0, compilerMillis / 1000.0);
        }
    }

    private static long[] engineTimes(RecordStages engine, RawInput input) {
        long t0 = System.nanoTime();
        Article article = read(engine, input);
        if (article == null) {
            return null;
        }
        long t1 = System.nanoTime();
        if (!(engine.nlp().apply(article) instanceof Outcome.Ok<AnnotatedArticle> annotated)) {
            return null;
        }
        long t2 = System.nanoTime();
        if (!engine.extract().apply(annotated.value()).isOk()) {
            return null;
        }
        long t3 = System.nanoTime();
        List<Sentence> sentences = annotated.value().sentences();
        long tokens = sentences.stream().mapToLong(s -> s.tokens().size()).sum();
        return new long[] {t1 - t0, t2 - t1, t3 - t2, sentences.size(), tokens};
    }

    /** The engine's reading of an input, or null where it fails (the baseline reads what the engine reads). */
    private static Article read(RecordStages engine, RawInput input) {
        return engine.reader().apply(input) instanceof Outcome.Ok<Article> ok ? ok.value() : null;
    }

    private static long[] baselineTimes(Stage<Article, Integer> baseline, Article article) {
        if (article == null) {
            return null;
        }
        long t0 = System.nanoTime();
        Outcome<Integer> out = baseline.apply(article);
        long t1 = System.nanoTime();
        // The baseline reports tokens only; its sentence count is not comparable work, so none is claimed.
        return out instanceof Outcome.Ok<Integer> ok ? new long[] {t1 - t0, 0, ok.value()} : null;
    }

    private static void full(RecordStages engine, RawInput input) {
        engine.composed().apply(input);
    }

    static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Peak resident set size from /proc (Linux); -1 elsewhere. */
    private static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.trim().split("\\s+");
                    return Long.parseLong(parts[1]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Milliseconds the JVM's collectors have spent so far (their pauses, for the stop-the-world collectors). */
    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    private static String machine() {
        String cpu = "unknown cpu";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
        } catch (IOException e) {
            // not Linux: the core count and JVM still say something
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB max heap, Java "
                + System.getProperty("java.version")
                + CompilerThreads.nice().map(n -> ", JIT compiler at nice " + n).orElse("");
    }
}
