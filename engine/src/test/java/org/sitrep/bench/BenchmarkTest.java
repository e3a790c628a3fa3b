package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.model.RawInput;
import org.sitrep.model.Sentence;
import org.sitrep.model.SitrepRecord;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.RecordStages;
import org.sitrep.pipeline.Stage;

class BenchmarkTest {

    /** A stage from a lambda, for stand-in pipelines. */
    private static <I, O> Stage<I, O> stage(String name, java.util.function.Function<I, Outcome<O>> f) {
        return new Stage<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Outcome<O> apply(I input) {
                return f.apply(input);
            }
        };
    }

    /** Reader rejects inputs named "bad"; NLP makes one sentence per word; extract makes an empty record. */
    private static RecordStages engine(Set<String> threadsSeen) {
        Stage<RawInput, Article> reader = stage("read", in -> in.name().equals("bad")
                ? Outcome.rejected(new Problem("ingest", "ingest.empty", "bad"))
                : Outcome.ok(new Article(in.name(), null, null, null, null, null, "en", List.of(),
                        new String(in.bytes(), StandardCharsets.UTF_8), List.of())));
        Stage<Article, AnnotatedArticle> nlp = stage("nlp", a -> {
            threadsSeen.add(Thread.currentThread().getName());
            List<Sentence> sentences = new ArrayList<>();
            int at = 0;
            for (String w : a.text().split(" ")) {
                Token t = new Token(0, w, w, "NN", "O", at, at + w.length());
                sentences.add(new Sentence(sentences.size(), new Span(at, at + w.length()), w, List.of(t, t),
                        List.of(), List.of(), List.of()));
                at += w.length() + 1;
            }
            return Outcome.ok(new AnnotatedArticle(a, sentences, List.of()));
        });
        Stage<AnnotatedArticle, SitrepRecord> extract = stage("extract", a -> Outcome.ok(
                new SitrepRecord(a.article(), List.of(), List.of(), List.of(), List.of(), List.of())));
        return new RecordStages(reader, nlp, extract);
    }

    private static RawInput input(String name, String text) {
        return new RawInput(name, text.getBytes(StandardCharsets.UTF_8), null, null, null, "text/plain");
    }

    @Test
    void countsArticlesSentencesTokensAndFailuresOfTheTimedArticlesOnly() {
        List<RawInput> inputs = List.of(input("a", "one two three"), input("bad", "x"), input("c", "four five"));
        List<RawInput> warmup = List.of(input("w", "six seven eight nine"));
        BenchReport r = new Benchmark(warmup, inputs, 2, false, false).run(engine(ConcurrentHashMap.newKeySet()), null, null, (name, total) -> n -> { });

        BenchReport.Run run = r.runs().get(0);
        assertEquals(1, r.runs().size());
        assertEquals(2, run.articles());
        assertEquals(1, run.failed());
        assertEquals(5, run.sentences());
        assertEquals(10, run.tokens(), "two tokens per one-word sentence");
        assertEquals(1, r.warmupArticles());
        assertEquals(List.of("read", "nlp", "extract"), run.stageSeconds().stream().map(BenchReport.StageTime::stage).toList());
        assertTrue(run.p50Millis() <= run.p99Millis());
        assertTrue(Double.isNaN(r.speedup()), "no baseline, no ratio");
    }

    @Test
    void runsTheBaselineOnTheSameArticlesAndGivesTheRatio() {
        List<RawInput> inputs = List.of(input("a", "one two"), input("b", "three"));
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Stage<Article, Integer> baseline = stage("baseline", a -> Outcome.ok(a.text().split(" ").length));

        BenchReport r = new Benchmark(List.of(), inputs, 1, false, false).run(engine(seen), null, () -> baseline, (name, total) -> n -> { });

        assertEquals(2, r.runs().size());
        assertEquals("baseline", r.runs().get(1).name());
        assertEquals(3, r.runs().get(1).tokens());
        assertTrue(r.speedup() > 0);
        double passes = r.runs().get(0).collectorSeconds() + r.runs().get(1).collectorSeconds();
        assertTrue(r.runs().stream().allMatch(run -> run.collectorSeconds() >= 0));
        assertTrue(passes <= r.gcSeconds() + 1e-9, "each pass's pauses are a part of the timed pauses: " + passes);
    }

    @Test
    void bothWarmUpThenTakeTurnsOfTenArticles() {
        List<RawInput> inputs = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            inputs.add(input("a" + i, "w"));
        }
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        RecordStages engine = engine(ConcurrentHashMap.newKeySet());
        RecordStages logged = new RecordStages(engine.reader(), stage("nlp", a -> {
            order.add("ours");
            return engine.nlp().apply(a);
        }), engine.extract());
        Stage<Article, Integer> baseline = stage("baseline", a -> {
            order.add("theirs");
            return Outcome.ok(1);
        });

        BenchReport r = new Benchmark(List.of(input("w", "w")), inputs, 1, false, false).run(logged, null, () -> baseline, (name, total) -> n -> { });

        // Each warms up on the warm-up article first, then they take turns on the timed ones.
        List<String> expected = new ArrayList<>(List.of("ours", "theirs"));
        for (int turn : new int[] {10, 10, 5}) {
            expected.addAll(Collections.nCopies(turn, "ours"));
            expected.addAll(Collections.nCopies(turn, "theirs"));
        }
        assertEquals(expected, order);
        assertEquals(25, r.runs().get(0).articles());
        assertEquals(25, r.runs().get(1).articles());
    }

    @Test
    void usesTheThreadsItIsGiven() {
        List<RawInput> inputs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            inputs.add(input("a" + i, "w ".repeat(200)));
        }
        Set<String> seen = ConcurrentHashMap.newKeySet();
        new Benchmark(List.of(), inputs, 3, false, false).run(engine(seen), null, null, (name, total) -> n -> { });
        assertTrue(seen.size() > 1 && seen.size() <= 3, "worker threads seen: " + seen);
    }

    @Test
    void aScalingRunTakesTurnsBetweenAllThreadsAndOneOnAlternateBlocks() {
        List<RawInput> inputs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            inputs.add(input("a" + i, "w ".repeat(1 + i % 3).strip()));
        }
        // Which articles ran alone: two at once is seen as a second article starting before the first ends.
        AtomicInteger running = new AtomicInteger();
        Set<String> overlapped = ConcurrentHashMap.newKeySet();
        RecordStages engine = engine(ConcurrentHashMap.newKeySet());
        RecordStages watched = new RecordStages(engine.reader(), stage("nlp", a -> {
            if (running.incrementAndGet() > 1) {
                overlapped.add(a.id());
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return engine.nlp().apply(a);
        }), engine.extract());

        BenchReport r = new Benchmark(List.of(), inputs, 2, false, true).run(watched, null, null, (name, total) -> n -> { });

        // Blocks of twenty: articles 0-19 and 40-49 on two threads, 20-39 on one.
        assertEquals(List.of("sitrep (full record), 2 threads", "sitrep (full record), 1 thread"),
                r.runs().stream().map(BenchReport.Run::name).toList());
        assertEquals(30, r.runs().get(0).articles());
        assertEquals(20, r.runs().get(1).articles());
        assertEquals(0, r.runs().get(1).failed(), "articles the pass did not run are not failures");
        assertTrue(overlapped.stream().noneMatch(id -> id.matches("a(2\\d|3\\d)")), "one thread runs alone: " + overlapped);
        assertFalse(overlapped.isEmpty(), "two threads run together");
        assertTrue(r.threadSpeedup() > 0);
        assertTrue(Double.isNaN(r.speedup()), "no baseline");
    }

    @Test
    void aSteadyWarmUpRepeatsItsArticlesUntilTheCompilerIsIdleForTwoPassesInARow() {
        List<String> warmed = Collections.synchronizedList(new ArrayList<>());
        RecordStages engine = engine(ConcurrentHashMap.newKeySet());
        RecordStages logged = new RecordStages(engine.reader(), stage("nlp", a -> {
            warmed.add(a.id());
            return engine.nlp().apply(a);
        }), engine.extract());
        // The compiler's clock gains a second at each of its first seven reads, then stands still.
        // Each repeated pass reads it before and after: passes 2 to 4 are busy, 5 and 6 idle.
        AtomicInteger reads = new AtomicInteger();
        LongSupplier compiler = () -> Math.min(reads.incrementAndGet(), 7) * 1000L;

        BenchReport r = new Benchmark(List.of(input("w1", "w"), input("w2", "w")), List.of(input("t", "w")), 2, true, false,
                compiler).run(logged, null, null, (name, total) -> n -> { });

        assertEquals(6, r.warmupPasses());
        assertTrue(r.warmupSettled());
        assertEquals(6 * 2 + 1, warmed.size(), "six passes over two warm-up articles, then the timed one");
        assertEquals(6, warmed.stream().filter("w1"::equals).count());
    }

    @Test
    void aSteadyWarmUpStopsAtItsMostPassesWhenTheCompilerNeverSettles() {
        AtomicInteger reads = new AtomicInteger();
        BenchReport r = new Benchmark(List.of(input("w", "w")), List.of(input("t", "w")), 1, true, false,
                () -> reads.incrementAndGet() * 1000L).run(engine(ConcurrentHashMap.newKeySet()), null, null, (name, total) -> n -> { });

        assertEquals(Benchmark.MAX_PASSES, r.warmupPasses());
        assertFalse(r.warmupSettled());
    }

    @Test
    void aWarmUpRunsOnceUnlessSteady() {
        AtomicInteger reads = new AtomicInteger();
        BenchReport r = new Benchmark(List.of(input("w", "w")), List.of(input("t", "w")), 1, false, false,
                () -> reads.incrementAndGet() * 1000L).run(engine(ConcurrentHashMap.newKeySet()), null, null, (name, total) -> n -> { });

        assertEquals(1, r.warmupPasses());
        assertFalse(r.warmupSettled());
        assertEquals(0, reads.get(), "a single pass does not ask the compiler");
    }

    @Test
    void percentilesReadTheSortedLatencies() {
        long[] sorted = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        assertEquals(50, Benchmark.percentile(sorted, 0.50));
        assertEquals(100, Benchmark.percentile(sorted, 0.99));
        assertTrue(Double.isNaN(Benchmark.percentile(new long[0], 0.5)));
    }
}
