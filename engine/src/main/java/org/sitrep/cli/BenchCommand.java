package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.sitrep.bench.BenchReport;
import org.sitrep.bench.StagePlot;
import org.sitrep.bench.Benchmark;
import org.sitrep.bench.HeapPeak;
import org.sitrep.json.RecordJson;
import org.sitrep.model.RawInput;
import org.sitrep.nlp.CoreNlpBaseline;
import org.sitrep.source.ArticleFileReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep bench}: end-to-end speed and memory on real articles, optionally against CoreNLP's default pipeline. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure articles/s, sentences/s, tokens/s, latency, time per stage, heap and RSS on real articles.",
                "Default articles: ../shared/articles and every ../shared/eval-dev/*/articles folder."})
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", paramLabel = "DIR", arity = "1..*", description = "Folders of articles (.txt, .html, .html.gz)")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default ${DEFAULT-VALUE})")
    int threads = 1;

    @Option(names = "--limit", paramLabel = "N", description = "At most N timed articles, taken in turn from each folder after the warm-up's")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--warmup", paramLabel = "N", description = "Articles run before timing, and not timed (default ${DEFAULT-VALUE})")
    int warmup = 10;

    @Option(names = "--steady", description = "Repeat the warm-up articles until the JIT compiler has settled (at most "
            + Benchmark.MAX_PASSES + " passes), to measure the speed of a long-running ingest rather than of its first minute")
    boolean steady;

    @Option(names = "--baseline", description = "Also run CoreNLP's default pipeline on the same articles, taking turns"
            + " with sitrep ten articles at a time, and print the ratio")
    boolean baseline;

    @Option(names = "--scaling", description = "Run every other block of timed articles on one thread, in turns with the"
            + " --threads N others, and print N threads' speed over one's (tokens/s)")
    boolean scaling;

    @Option(names = "--json", description = "Print the report as JSON")
    boolean json;

    @Option(names = "--plot", paramLabel = "FILE.png", description = "Also draw the throughput of each stage as a PNG chart")
    Path plot;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1 || limit < 1 || warmup < 0) {
            err.println("sitrep bench: --threads and --limit must be at least 1, --warmup at least 0");
            return ExitCodes.USAGE;
        }
        if (scaling && (threads < 2 || baseline)) {
            err.println("sitrep bench: --scaling compares --threads N (at least 2) with one thread, and cannot be"
                    + " combined with --baseline");
            return ExitCodes.USAGE;
        }
        HeapPeak.start(); // before the models load, whose peak counts too
        List<Path> dirs = folders.isEmpty() ? defaultFolders() : folders;
        List<Path> files = interleave(dirs, (int) Math.min(Integer.MAX_VALUE, (long) warmup + limit));
        if (files.size() <= warmup) {
            err.println("sitrep bench: " + files.size() + " articles in " + dirs + ", not enough for a warm-up of "
                    + warmup + " and at least one timed article");
            return ExitCodes.USAGE;
        }
        List<RawInput> inputs = new ArrayList<>();
        for (Path f : files) {
            inputs.add(ArticleFileReader.open(f.toString(), null, null));
        }
        List<RawInput> timed = inputs.subList(warmup, inputs.size());
        BiFunction<String, Integer, IntConsumer> progress = (run, total) -> Terminal.stdoutIsTerminal()
                ? new ProgressLine(err, run, total) : n -> { };
        BenchReport report = new Benchmark(inputs.subList(0, warmup), timed, threads, steady, scaling)
                .run(Pipelines.stages(null), Pipelines.coreNlp(), baseline ? CoreNlpBaseline::new : null, progress);
        if (plot != null) {
            Files.write(plot, StagePlot.png(report));
            err.println("sitrep bench: chart written to " + plot);
        }
        if (json) {
            out.println(RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } else {
            out.print(table(report));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static List<Path> defaultFolders() throws IOException {
        List<Path> out = new ArrayList<>();
        Path shared = Path.of("..", "shared");
        if (Files.isDirectory(shared.resolve("articles"))) {
            out.add(shared.resolve("articles"));
        }
        Path dev = shared.resolve("eval-dev");
        if (Files.isDirectory(dev)) {
            try (Stream<Path> sets = Files.list(dev)) {
                sets.map(s -> s.resolve("articles")).filter(Files::isDirectory).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** Files of every folder, sorted, taken one from each folder in turn so a limit samples them all. */
    private static List<Path> interleave(List<Path> dirs, int limit) throws IOException {
        List<List<Path>> lists = new ArrayList<>();
        for (Path d : dirs) {
            try (Stream<Path> s = Files.walk(d)) {
                lists.add(s.filter(Files::isRegularFile).filter(BenchCommand::isArticle).sorted().toList());
            }
        }
        List<Path> out = new ArrayList<>();
        for (int i = 0; out.size() < limit; i++) {
            boolean any = false;
            for (List<Path> l : lists) {
                if (i < l.size() && out.size() < limit) {
                    out.add(l.get(i));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return out;
    }

    private static boolean isArticle(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz");
    }

    /**
     * The share of the timed window in which the JIT compiler's processor time marks a run as
     * still warming up: a compiler that has done its work uses a few percent.
     */
    private static final double BUSY_COMPILER = 0.25;

    static String table(BenchReport r) {
        StringBuilder b = new StringBuilder();
        String passes = r.warmupPasses() < 2 ? ""
                : String.format(Locale.ROOT, " x %d passes, %s", r.warmupPasses(),
                        r.warmupSettled() ? "JIT compiler settled" : "JIT compiler not yet settled");
        b.append(String.format(Locale.ROOT, "sitrep bench: %d articles, %d thread(s), warm-up %d articles%s (%.1f s) excluded%n",
                r.articles(), r.threads(), r.warmupArticles(), passes, r.warmupSeconds()));
        b.append("machine: ").append(r.machine()).append('\n');
        b.append(String.format(Locale.ROOT, "%-38s %8s %9s %9s %8s %8s  %s%n", "pipeline", "art/s", "sent/s", "tok/s",
                "p50 ms", "p99 ms", "time by stage (s)"));
        for (BenchReport.Run run : r.runs()) {
            StringBuilder stages = new StringBuilder();
            for (BenchReport.StageTime st : run.stageSeconds()) {
                stages.append(String.format(Locale.ROOT, "%s %.1f  ", st.stage(), st.seconds()));
            }
            stages.append(String.format(Locale.ROOT, "(collector %.1f, JIT compiler %.1f)", run.collectorSeconds(),
                    run.compilerSeconds()));
            b.append(String.format(Locale.ROOT, "%-38s %8.2f %9s %9.0f %8.0f %8.0f  %s%n", run.name(), run.articlesPerSecond(),
                    run.sentences() == 0 ? "-" : String.format(Locale.ROOT, "%.1f", run.sentencesPerSecond()),
                    run.tokensPerSecond(), run.p50Millis(), run.p99Millis(), stages.toString().strip()));
            if (run.failed() > 0) {
                b.append(String.format(Locale.ROOT, "  (%d article(s) failed and are not counted)%n", run.failed()));
            }
        }
        if (!r.nlpSteps().isEmpty()) {
            StringBuilder steps = new StringBuilder();
            for (BenchReport.StageTime st : r.nlpSteps()) {
                steps.append(String.format(Locale.ROOT, "%s %.1f  ", st.stage().replace("nlp: ", ""), st.seconds()));
            }
            b.append("  nlp by step (s): ").append(steps.toString().strip()).append('\n');
        }
        if (!Double.isNaN(r.speedup())) {
            b.append(String.format(Locale.ROOT, "speed-up over the baseline: %.2fx (articles/s)%n", r.speedup()));
        }
        if (!Double.isNaN(r.threadSpeedup())) {
            b.append(String.format(Locale.ROOT, "%d threads over one: %.2fx (tokens/s; the two took turns on different"
                    + " articles)%n", r.threads(), r.threadSpeedup()));
        }
        b.append(String.format(Locale.ROOT, "start-up to first record %.1f s; peak heap %d MB; peak RSS %d MB;"
                + " collector pauses %.1f s while timed%n",
                r.startupSeconds(), r.peakHeapBytes() >> 20, r.peakRssBytes() >> 20, r.gcSeconds()));
        BenchReport.Run engine = r.runs().get(0);
        if (engine.compilerSeconds() > BUSY_COMPILER * engine.seconds()) {
            b.append(String.format(Locale.ROOT, "note: the JIT compiler was busy for %.1f s of the engine's %.1f s: the"
                    + " figures are not yet steady-state, and on few cores the compiler takes processor time from the"
                    + " workers (docs/BENCHMARKS.md)%n", engine.compilerSeconds(), engine.seconds()));
        }
        return b.toString();
    }
}
