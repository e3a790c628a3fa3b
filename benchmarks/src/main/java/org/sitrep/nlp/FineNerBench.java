package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.bench.Articles;

/**
 * The fine-grained NER step on the same tagged articles: CoreNLP's TokensRegexNER annotator
 * against {@link FineNerLists}, which gives the same types through a token trie.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class FineNerBench {

    private final List<Annotation> docs = new ArrayList<>();
    private final List<List<String>> coarse = new ArrayList<>();
    private TokensRegexNERAnnotator coreNlp;
    private FineNerLists lists;

    @Setup
    public void setUp() {
        docs.addAll(Articles.annotated("tokenize,ssplit,pos,lemma,ner",
                Map.of("ner.applyFineGrained", "false", "ner.buildEntityMentions", "false")));
        for (Annotation doc : docs) {
            coarse.add(doc.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::ner).toList());
        }
        Properties fine = new Properties();
        fine.setProperty("ner.fine.regexner.mapping", DefaultPaths.DEFAULT_KBP_TOKENSREGEX_NER_SETTINGS);
        coreNlp = new TokensRegexNERAnnotator("ner.fine.regexner", fine);
        lists = new FineNerLists();
    }

    private void reset() {
        for (int d = 0; d < docs.size(); d++) {
            List<CoreLabel> tokens = docs.get(d).get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < tokens.size(); i++) {
                tokens.get(i).setNER(coarse.get(d).get(i));
            }
        }
    }

    /** Milliseconds for all sample articles (13), as CoreNLP does it. */
    @Benchmark
    public List<Annotation> coreNlpTokensRegexNer() {
        reset();
        docs.forEach(coreNlp::annotate);
        return docs;
    }

    /** Milliseconds for all sample articles (13), through the trie. */
    @Benchmark
    public List<Annotation> sitrepFineNerLists() {
        reset();
        for (Annotation doc : docs) {
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                lists.annotate(s.get(CoreAnnotations.TokensAnnotation.class));
            }
        }
        return docs;
    }
}
