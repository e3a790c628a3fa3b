package org.sitrep.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.FastViterbiClassifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CachedNerFeatures;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
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
 * CoreNLP's first CRF NER model (the one every token goes through) on the sample articles'
 * tagged sentences: as CoreNLP runs it, with its features from {@link CachedNerFeatures}, and
 * with those features and {@link FastViterbiClassifier}'s search (the NLP stage's way). The three
 * give the same labels.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class NerFeaturesBench {

    @Param({"corenlp", "features", "features+viterbi"})
    public String model;

    private final List<List<CoreLabel>> sentences = new ArrayList<>();
    private AbstractSequenceClassifier<CoreLabel> classifier;

    @Setup
    public void setUp() throws Exception {
        for (Annotation doc : Articles.annotated("tokenize,ssplit,pos", Map.of())) {
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                sentences.add(s.get(CoreAnnotations.TokensAnnotation.class));
            }
        }
        CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(NlpSettings.ENGLISH_NER.get(0));
        if (!model.equals("corenlp") && !CachedNerFeatures.install(crf, 40_000)) {
            throw new IllegalStateException("the model does not qualify for CachedNerFeatures");
        }
        classifier = model.equals("features+viterbi") ? new FastViterbiClassifier(crf) : crf;
    }

    /** Milliseconds to label every sentence of the sample articles (13) with the model. */
    @Benchmark
    public int labelSample() {
        int n = 0;
        for (List<CoreLabel> s : sentences) {
            n += classifier.classifySentence(s).size();
        }
        return n;
    }
}
