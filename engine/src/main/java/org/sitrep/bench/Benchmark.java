package org.sitrep.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
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
import java.util.function.BiFunction;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
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
 * <p>A steady run repeats its warm-up articles until the JIT compiler has settled. A long-running
 * ingest gets there after a few thousand articles: the methods run once per article or sentence
 * reach the optimising compiler's thresholds only then, and until they do the compiler takes
 * processor time that, on a machine with as many workers as cores, the workers would have used.
 * Before each repeated pass the NLP caches forget the words they met, so that the code for
 * unseen words keeps running as it does on a live feed's new articles.
 *
 * <p>Not thread-safe itself; it drives the stages from {@code threads} threads, so they must be.
 */
public final class Benchmark {

    /** Articles each pipeline runs before the other takes its turn. */
    private static final int TURN = 10;
    /** The share of a warm-up pass's wall time under which the compiler's processor time counts as settled. */
    static final double SETTLED = 0.05;
    /** The most passes a steady warm-up makes over its articles, settled or not. */
    public static final int MAX_PASSES = 40;

    private final List<RawInput> warmup;
    private final List<RawInput> timed;
    private final int threads;
    private final boolean steady;
    private final boolean scaling;
    private final LongSupplier compilerMillis;

    /**
     * @param warmup articles each pipeline runs before timing
     * @param timed  the articles measured, none of them among the warm-up's
     * @param steady  whether to repeat the warm-up until the JIT compiler has settled, rather than run it once
     * @param scaling whether to run every other block of the timed articles on one thread, to
     *                compare the engine on {@code threads} threads with itself on one in the same run
     *                (rather than with a baseline)
     */
    public Benchmark(List<RawInput> warmup, List<RawInput> timed, int threads, boolean steady, boolean scaling) {
        this(warmup, timed, threads, steady, scaling, CompilerThreads::cpuMillis);
    }

    /** @param compilerMillis the compiler's processor time so far, which tells when a steady warm-up ends */
    Benchmark(List<RawInput> warmup, List<RawInput> timed, int threads, boolean steady, boolean scaling,
              LongSupplier compilerMillis) {
        if (threads < 1 || (scaling && threads < 2)) {
            throw new IllegalArgumentException(scaling ? "scaling needs at least two threads" : "threads must be at least 1");
        }
        this.warmup = List.copyOf(warmup);
        this.timed = List.copyOf(timed);
        this.threads = threads;
        this.steady = steady;
        this.scaling = scaling;
        this.compilerMillis = compilerMillis;
    }

    /**
     * Measures the engine and (when the factory is not null) a baseline that reads the same
     * articles' text: the baseline gets the reader's {@link Article}s, so only NLP is compared
     * with NLP plus extraction. The two take turns, a block of articles each, so that a machine
     * whose speed drifts during the run (a busy neighbour, memory the host reclaims) slows both
     * alike and the ratio stays fair. The baseline is built after the engine's warm-up, so its
     * loading counts in no start-up figure. A scaling run takes turns the same way between the
     * engine on all its threads and on one, on alternate blocks of the timed articles.
     *
     * @param annotator the CoreNLP adapter inside the engine's NLP stage, whose steps the report
     *                  breaks down; null for an engine without one
     */
    public BenchReport run(RecordStages engine, CoreNlpAnnotator annotator, Supplier<Stage<Article, Integer>> baselineFactory,
                           BiFunction<String, Integer, IntConsumer> progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        HeapPeak.start(); // already started where the caller loaded the pipelines
        try {
            return run(engine, annotator, baselineFactory, progress, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private BenchReport run(RecordStages engine, CoreNlpAnnotator annotator,
                            Supplier<Stage<Article, Integer>> baselineFactory, BiFunction<String, Integer, IntConsumer> progress,
                            ExecutorService pool) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long warmStart = System.nanoTime();
        // The first record, made alone, marks start-up. The rest of the warm-up runs on the timed
        // run's threads, so that the compiler also sees the paths that threads sharing caches take.
        double startup = Double.NaN;
        Warmup warm = new Warmup(0, false);
        if (!warmup.isEmpty()) {
            full(engine, warmup.get(0));
            startup = (System.currentTimeMillis() - jvmStart) / 1000.0;
            all(pool, threads, warmup.size() - 1, i -> full(engine, warmup.get(i + 1)));
            AtomicInteger passes = new AtomicInteger(1); // the pass just run
            warm = steady ? settle(() -> {
                if (annotator != null) {
                    annotator.forgetWords(); // so that the paths of unseen words stay in use, as in a live feed
                }
                IntConsumer shown = progress.apply("warm-up, pass " + passes.incrementAndGet(), warmup.size());
                AtomicInteger done = new AtomicInteger();
                all(pool, threads, warmup.size(), i -> {
                    full(engine, warmup.get(i));
                    shown.accept(done.incrementAndGet());
                });
            }) : new Warmup(1, false);
        }
        double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
        String name = "sitrep (full record)" + (scaling ? ", " + threads + " threads" : "");
        List<String> stages = List.of("read", "nlp", "extract");
        // Each pass's blocks of timed articles, [from, to). The two passes take turns block by
        // block: a baseline run's both take every block, a scaling run's take alternate ones.
        int block = scaling ? TURN * threads : baselineFactory != null ? TURN : timed.size();
        List<int[]> ourBlocks = new ArrayList<>();
        List<int[]> theirBlocks = new ArrayList<>();
        for (int from = 0, turn = 0; from < timed.size(); from += block, turn++) {
            int[] range = {from, Math.min(timed.size(), from + block)};
            if (!scaling || turn % 2 == 0) {
                ourBlocks.add(range);
            }
            if (scaling ? turn % 2 == 1 : baselineFactory != null) {
                theirBlocks.add(range);
            }
        }
        Pass ours = new Pass(name, stages, threads, ourBlocks, i -> engineTimes(engine, timed.get(i)), progress);
        Pass theirs = null;
        if (scaling) {
            theirs = new Pass("sitrep (full record), 1 thread", stages, 1, theirBlocks,
                    i -> engineTimes(engine, timed.get(i)), progress);
        } else if (baselineFactory != null) {
            Stage<Article, Integer> baseline = baselineFactory.get();
            Runnable pass = () -> all(pool, threads, warmup.size(), i -> {
                Article article = read(engine, warmup.get(i));
                if (article != null) {
                    baseline.apply(article);
                }
            });
            pass.run();
            if (steady) {
                settle(pass);
            }
            List<Article> articles = new ArrayList<>();
            for (RawInput in : timed) {
                articles.add(read(engine, in));
            }
            theirs = new Pass(baseline.name(), List.of("nlp"), threads, theirBlocks,
                    i -> baselineTimes(baseline, articles.get(i)), progress);
        }
        long[] stepsBefore = annotator != null ? annotator.stepNanos() : null;
        long gcBefore = gcMillis();
        CompilerThreads.yieldTo(threads); // as ingest does once its first article is done
        for (int k = 0; k < ourBlocks.size(); k++) {
            ours.measure(ourBlocks.get(k), pool);
            if (k < theirBlocks.size()) {
                theirs.measure(theirBlocks.get(k), pool);
            }
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
        return new BenchReport(machine(), threads, timed.size(), warmup.size(), warm.passes(), warm.settled(), warmSeconds,
                startup, HeapPeak.bytes(), peakRss(), gcSeconds, runs, steps, scaling);
    }

    /** How many passes a warm-up made over its articles, and whether the compiler had settled by the last. */
    private record Warmup(int passes, boolean settled) {}

    /**
     * Repeats a warm-up pass, after the one already run, until the compiler's processor time has
     * been under {@link #SETTLED} of the wall time in two passes in a row, or {@link #MAX_PASSES}
     * passes are made. Then collects the garbage the passes left, which is not the timed work's.
     */
    private Warmup settle(Runnable pass) {
        Warmup warm = new Warmup(MAX_PASSES, false);
        for (int passes = 2, quiet = 0; passes <= MAX_PASSES; passes++) {
            long compiler = compilerMillis.getAsLong();
            long start = System.nanoTime();
            pass.run();
            double wallMillis = (System.nanoTime() - start) / 1e6;
            quiet = compilerMillis.getAsLong() - compiler <= SETTLED * wallMillis ? quiet + 1 : 0;
            if (quiet == 2) {
                warm = new Warmup(passes, true);
                break;
            }
        }
        System.gc();
        return warm;
    }

    /** One article's stage times in nanoseconds, then its sentence and token counts; null if it failed. */
    private interface Timing {
        long[] of(int index);
    }

    /** One pipeline's timed work: its articles' results and the wall time of the blocks it ran. */
    private final class Pass {
        private final String name;
        private final List<String> stages;
        private final int width;
        /** How many timed articles this pass's blocks hold. */
        private final int articles;
        private final Timing timing;
        private final IntConsumer progress;
        private final long[][] results = new long[timed.size()][];
        private final AtomicInteger done = new AtomicInteger();
        private long nanos;
        /** Collector pauses during this pass's blocks: the other pass's garbage may be collected in them too. */
        private long collectorMillis;
        /** The JIT compiler's processor time during this pass's blocks, on threads of its own. */
        private long compilerMillis;

        /**
         * @param width  how many of the pool's threads run this pass's articles at once
         * @param blocks the ranges of timed articles this pass runs, [from, to)
         */
        Pass(String name, List<String> stages, int width, List<int[]> blocks, Timing timing,
             BiFunction<String, Integer, IntConsumer> progress) {
            this.name = name;
            this.stages = stages;
            this.width = width;
            this.articles = blocks.stream().mapToInt(b -> b[1] - b[0]).sum();
            this.timing = timing;
            this.progress = progress.apply(name, articles);
        }

        /** Runs the articles of a block, [from, to), on the pool and adds the wall time they took. */
        void measure(int[] block, ExecutorService pool) {
            int from = block[0];
            // The counters are read before the clock starts: reading them is not the pipelines' work.
            long collector = gcMillis();
            long compiler = CompilerThreads.cpuMillis();
            long start = System.nanoTime();
            all(pool, width, block[1] - from, i -> {
                results[from + i] = timing.of(from + i);
                progress.accept(done.incrementAndGet());
            });
            nanos += System.nanoTime() - start;
            collectorMillis += gcMillis() - collector;
            compilerMillis += CompilerThreads.cpuMillis() - compiler;
        }

        BenchReport.Run summary() {
            double seconds = nanos / 1e9;
            int ok = 0;
            long sentences = 0;
            long tokens = 0;
            long[] stageNanos = new long[stages.size()];
            List<Long> latencies = new ArrayList<>();
            for (long[] r : results) {
                if (r == null) {
                    continue;
                }
                ok++;
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
            return new BenchReport.Run(name, ok, articles - ok, sentences, tokens, seconds, ok / seconds, sentences / seconds,
                    tokens / seconds, percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6, perStage,
                    collectorMillis / 1000.0, compilerMillis / 1000.0);
        }
    }

    /**
     * Runs {@code task} for 0 to {@code count - 1} on the pool and waits for them all, on all the
     * pool's threads when {@code width} is more than one, else one after the other.
     */
    private static void all(ExecutorService pool, int width, int count, IntConsumer task) {
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Future<?> f = pool.submit(() -> task.accept(index));
                if (width == 1) {
                    f.get();
                }
                futures.add(f);
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
