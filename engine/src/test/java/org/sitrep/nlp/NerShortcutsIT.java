package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.FastViterbiClassifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CachedNerFeatures;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * sitrep's two shortcuts through CoreNLP's CRF NER models, on every sentence of real articles
 * from every dev set, for each model the NLP stage runs.
 *
 * <p>With {@link CachedNerFeatures} installed, a model must turn each sentence into the same
 * feature numbers, in the same order, as with CoreNLP's own feature factory (the CRF then adds
 * the same weights in the same order): with the caches empty, filling, full (a few hundred words
 * kept, the rest made afresh each time) and shared by two threads.
 *
 * <p>Decoded by {@link FastViterbiClassifier} with those features, as the NLP stage runs it, a
 * model must give every token the label and the probability CoreNLP's own classifier gives. Two
 * copies of the model are loaded, so that each learns known words from the same sentences in the
 * same order, as a model does in CoreNLP's pipeline.
 */
class NerShortcutsIT {

    static final List<String> MODELS = NlpSettings.ENGLISH_NER;

    private static List<List<CoreLabel>> sentences;

    @BeforeAll
    static void load() throws Exception {
        sentences = DevArticles.sentences(10, "tokenize,ssplit,pos");
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

    @ParameterizedTest
    @FieldSource("MODELS")
    void labelsAsCoreNlpsOwnClassifierDoes(String model) throws Exception {
        CRFClassifier<CoreLabel> coreNlp = CRFClassifier.getClassifier(model);
        CRFClassifier<CoreLabel> copy = CRFClassifier.getClassifier(model);
        assertTrue(CachedNerFeatures.install(copy, 40_000) && FastViterbiClassifier.supports(copy), "the model qualifies");
        FastViterbiClassifier ours = new FastViterbiClassifier(copy);
        int tokens = 0;
        int named = 0;
        for (List<CoreLabel> sentence : sentences) {
            List<CoreLabel> expected = coreNlp.classifySentence(sentence);
            List<CoreLabel> actual = ours.classifySentence(sentence);
            assertEquals(expected.size(), actual.size());
            for (int i = 0; i < expected.size(); i++) {
                String label = expected.get(i).get(CoreAnnotations.AnswerAnnotation.class);
                assertEquals(label, actual.get(i).get(CoreAnnotations.AnswerAnnotation.class),
                        "label of '" + expected.get(i).word() + "' in: " + sentence);
                assertEquals(expected.get(i).get(CoreAnnotations.AnswerProbAnnotation.class),
                        actual.get(i).get(CoreAnnotations.AnswerProbAnnotation.class),
                        "probability of '" + expected.get(i).word() + "' in: " + sentence);
                named += "O".equals(label) ? 0 : 1;
            }
            tokens += expected.size();
        }
        assertTrue(tokens > 15_000 && named > 1_000, tokens + " tokens, " + named + " named");
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
