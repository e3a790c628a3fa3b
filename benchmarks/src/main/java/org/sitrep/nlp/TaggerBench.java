package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.tagger.maxent.CachedScoresTagger;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.bench.Articles;

/**
 * The POS tagger on the sample articles' sentences: CoreNLP's {@code MaxentTagger}, and
 * {@link CachedScoresTagger} decoding the same model (same tags) with its scores kept.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class TaggerBench {

    @Param({"corenlp", "sitrep"})
    public String tagger;

    private final List<List<CoreLabel>> sentences = new ArrayList<>();
    private MaxentTagger coreNlp;
    private CachedScoresTagger sitrep;

    @Setup
    public void setUp() {
        for (Annotation doc : Articles.annotated("tokenize,ssplit", Map.of())) {
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                sentences.add(s.get(CoreAnnotations.TokensAnnotation.class));
            }
        }
        coreNlp = new MaxentTagger(DefaultPaths.DEFAULT_POS_MODEL);
        if (tagger.equals("sitrep")) {
            sitrep = new CachedScoresTagger(coreNlp, 50_000);
        }
    }

    /** Milliseconds to tag every sentence of the sample articles (13). */
    @Benchmark
    public int tagSample() {
        int n = 0;
        for (List<CoreLabel> s : sentences) {
            n += sitrep != null ? sitrep.tag(s).length : coreNlp.tagSentence(s, false).size();
        }
        return n;
    }
}
