package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.FastViterbiClassifier;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Each of sitrep's CRF NER models, decoded by {@link FastViterbiClassifier} with its features
 * from {@link CachedNerFeatures} (as the NLP stage runs it), must give every token of real
 * articles from every dev set the label and the probability CoreNLP's own classifier gives.
 * Two copies of the model are loaded, so that each learns known words from the same sentences
 * in the same order, as a model does in CoreNLP's pipeline.
 */
class FastViterbiClassifierIT {

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
}
