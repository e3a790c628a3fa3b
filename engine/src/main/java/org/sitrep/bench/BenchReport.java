package org.sitrep.bench;

import java.util.List;

/**
 * What one {@code sitrep bench} run measured.
 *
 * @param startupSeconds from JVM start to the first full record (model loading included)
 * @param warmupArticles articles run before timing, excluded from every figure below
 * @param warmupPasses   how many times the warm-up ran over its articles (0 without warm-up articles)
 * @param warmupSettled  whether a steady warm-up ended with the JIT compiler settled, rather than at
 *                       its most passes; false for a warm-up of one pass
 * @param runs           the engine's figures first, then the baseline's where one was run
 * @param gcSeconds      the collector's pauses while the timed articles ran (both pipelines' turns)
 * @param nlpSteps       the engine's NLP stage split into the adapter's steps (empty when the
 *                       annotations came from a cache)
 * @param scaling        whether the second run is the engine itself on one thread, rather than a baseline
 */
public record BenchReport(String machine, int threads, int articles, int warmupArticles, int warmupPasses,
                          boolean warmupSettled, double warmupSeconds, double startupSeconds, long peakHeapBytes, long peakRssBytes, double gcSeconds,
                          List<Run> runs, List<StageTime> nlpSteps, boolean scaling) {

    public BenchReport {
        runs = List.copyOf(runs);
        nlpSteps = List.copyOf(nlpSteps);
    }

    /**
     * One pipeline's figures over the timed articles.
     *
     * @param stageSeconds     seconds spent in each stage, summed over articles, by stage name in order
     * @param collectorSeconds the collector's pauses during this pipeline's turns (which may collect
     *                         the other's garbage too; both turns share one heap)
     * @param compilerSeconds  the JIT compiler's processor time during this pipeline's turns, on
     *                         threads of its own: while it is busy, it takes a core the workers
     *                         could use (0 where /proc cannot say)
     */
    public record Run(String name, int articles, int failed, long sentences, long tokens, double seconds,
                      double articlesPerSecond, double sentencesPerSecond, double tokensPerSecond,
                      double p50Millis, double p99Millis, List<StageTime> stageSeconds, double collectorSeconds,
                      double compilerSeconds) {
        public Run {
            stageSeconds = List.copyOf(stageSeconds);
        }
    }

    /** Time spent in one stage over a run. */
    public record StageTime(String stage, double seconds) {}

    /** The engine's speed over the baseline's in articles/s, or NaN without a baseline. */
    public double speedup() {
        return runs.size() < 2 || scaling ? Double.NaN : runs.get(0).articlesPerSecond() / runs.get(1).articlesPerSecond();
    }

    /**
     * The engine's speed on all its threads over its speed on one, in tokens/s (the two ran
     * different articles, in turns), or NaN for a run that did not compare them.
     */
    public double threadSpeedup() {
        return runs.size() < 2 || !scaling ? Double.NaN : runs.get(0).tokensPerSecond() / runs.get(1).tokensPerSecond();
    }
}
