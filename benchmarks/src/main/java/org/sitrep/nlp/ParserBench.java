package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
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
 * The dependency parser on the sample articles' sentences: CoreNLP's {@code DependencyParser}
 * with its default cache, and {@link ArcStandardParser} running the same network (same parses).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class ParserBench {

    @Param({"corenlp", "sitrep"})
    public String parser;

    private final List<CoreMap> sentences = new ArrayList<>();
    private DependencyParser coreNlp;
    private ArcStandardParser sitrep;

    @Setup
    public void setUp() {
        for (Annotation doc : Articles.annotated("tokenize,ssplit,pos", Map.of())) {
            sentences.addAll(doc.get(CoreAnnotations.SentencesAnnotation.class));
        }
        if (parser.equals("corenlp")) {
            coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
        } else {
            sitrep = new ArcStandardParser(new ParserModel(), NlpSettings.english(Set.of()).parserCacheSize());
        }
    }

    /** Milliseconds to parse every sentence of the sample articles (13). */
    @Benchmark
    public int parseSample() {
        int n = 0;
        for (CoreMap s : sentences) {
            n += (coreNlp != null ? coreNlp.predict(s)
                    : sitrep.parse(s.get(CoreAnnotations.TokensAnnotation.class))).typedDependencies().size();
        }
        return n;
    }
}
