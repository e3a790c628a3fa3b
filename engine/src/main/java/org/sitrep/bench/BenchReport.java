package org.sitrep.bench;

import java.util.List;

/**
 * What one {@code sitrep bench} run measured.
 *
 * @param startupSeconds from JVM start to the first full record (model loading included)
 * @param warmupArticles articles run once before timing, excluded from every figure below
 * @param runs           the engine's figures first, then the baseline's where one was run
 * @param gcSeconds      the collector's pauses while the timed articles ran (both pipelines' turns)
 * @param nlpSteps       the engine's NLP stage split into the adapter's steps (empty when the
 *                       annotations came from a cache)
 */
public record BenchReport(String machine, int threads, int articles, int warmupArticles, double warmupSeconds,
                          double startupSeconds, long peakHeapBytes, long peakRssBytes, double gcSeconds,
                          List<Run> runs, List<StageTime> nlpSteps) {

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

    /** The engine's speed over the baseline's, or NaN without a baseline. */
    public double speedup() {
        return runs.size() < 2 ? Double.NaN : runs.get(0).articlesPerSecond() / runs.get(1).articlesPerSecond();
    }
}
