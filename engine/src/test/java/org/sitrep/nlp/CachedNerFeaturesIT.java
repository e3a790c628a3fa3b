package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CachedNerFeatures;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * With {@link CachedNerFeatures} installed, each of sitrep's CRF NER models must turn every
 * sentence of real articles from every dev set into the same feature numbers, in the same order,
 * as with CoreNLP's own feature factory: the CRF then adds the same weights in the same order
 * and labels alike. Checked with the caches empty, filling, full (a few hundred words kept, the
 * rest made afresh each time) and shared by two threads.
 */
class CachedNerFeaturesIT {

    static final List<String> MODELS = NlpSettings.ENGLISH_NER;

    private static List<List<CoreLabel>> sentences;

    @BeforeAll
    static void load() throws Exception {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        StanfordCoreNLP tagger = new StanfordCoreNLP(props);
        sentences = new ArrayList<>();
        for (String text : DevArticles.seedAndFirst(10, DevArticles.ALL_SETS)) {
            Annotation doc = new Annotation(text);
            tagger.annotate(doc);
            for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                sentences.add(sentence.get(CoreAnnotations.TokensAnnotation.class));
            }
        }
    }

    @ParameterizedTest
    @FieldSource("MODELS")
    void givesTheFeaturesOfCoreNlpsOwnFactory(String model) throws Exception {
        CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(model);
        // The classifier's own preprocessing (word shapes and the like), as NER runs it.
        List<List<CoreLabel>> documents = new ArrayList<>();
        for (List<CoreLabel> sentence : sentences) {
            documents.add(crf.classifySentence(sentence));
        }
        List<int[][][]> expected = new ArrayList<>();
        for (List<CoreLabel> document : documents) {
            expected.add(data(crf, document));
        }
        assertTrue(CachedNerFeatures.install(crf, 300), "the model qualifies");
        // Twice: the first pass fills the caches, the second reads them.
        int positions = compare(crf, documents, expected) + compare(crf, documents, expected);
        assertTrue(positions > 30_000, "compared " + positions + " positions");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = pool.invokeAll(List.of(() -> compare(crf, documents, expected),
                    () -> compare(crf, documents, expected)));
            for (Future<Integer> run : runs) {
                assertTrue(run.get() > 15_000);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static int compare(CRFClassifier<CoreLabel> crf, List<List<CoreLabel>> documents, List<int[][][]> expected) {
        int positions = 0;
        for (int d = 0; d < documents.size(); d++) {
            // A copy, so that two threads do not share the clusters the factory sets on the tokens.
            List<CoreLabel> copy = new ArrayList<>();
            for (CoreLabel token : documents.get(d)) {
                copy.add(new CoreLabel(token));
            }
            int[][][] actual = data(crf, copy);
            for (int i = 0; i < actual.length; i++) {
                for (int k = 0; k < actual[i].length; k++) {
                    assertArrayEquals(expected.get(d)[i][k], actual[i][k], "features of '"
                            + copy.get(i).word() + "' (clique " + k + ") in: " + copy);
                }
            }
            positions += actual.length;
        }
        return positions;
    }

    /** The feature numbers of each position and clique, as the classifier computes them before labelling. */
    private static int[][][] data(CRFClassifier<CoreLabel> crf, List<CoreLabel> document) {
        for (CoreLabel token : document) {
            token.remove(CoreAnnotations.DistSimAnnotation.class);
        }
        return crf.documentToDataAndLabels(document).first();
    }
}
