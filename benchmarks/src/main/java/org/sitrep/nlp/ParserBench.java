package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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

/** The dependency parser on the sample articles' sentences, with CoreNLP's cache size and ours. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class ParserBench {

    @Param({"5000", "200000"})
    public int cacheSize;

    private final List<CoreMap> sentences = new ArrayList<>();
    private DependencyParser parser;

    @Setup
    public void setUp() {
        for (Annotation doc : Articles.annotated("tokenize,ssplit,pos", Map.of())) {
            sentences.addAll(doc.get(CoreAnnotations.SentencesAnnotation.class));
        }
        Properties parserProps = new Properties();
        parserProps.setProperty("numCached", String.valueOf(cacheSize));
        parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, parserProps);
    }

    /** Milliseconds to parse every sentence of the sample articles (13). */
    @Benchmark
    public int parseSample() {
        int n = 0;
        for (CoreMap s : sentences) {
            n += parser.predict(s).typedDependencies().size();
        }
        return n;
    }
}
