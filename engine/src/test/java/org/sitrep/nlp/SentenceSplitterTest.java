package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.pipeline.WordsToSentencesAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link SentenceSplitter} sets what CoreNLP's own splitting step sets, on the same tokens. */
class SentenceSplitterTest {

    private static final String TEXT = "Shelling resumed at dawn on Sunday, residents said. \"We cannot leave,\" one told AFP.\n"
            + "A second paragraph has no full stop\n\n"
            + "The U.N. envoy, Mr. Pedersen, arrived in Geneva at 10 a.m. and met both delegations.";

    @Test
    void splitsAsCoreNlpDoes() {
        Annotation ours = tokenized();
        new SentenceSplitter().split(ours);
        Annotation theirs = tokenized();
        Properties props = new Properties();
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        new WordsToSentencesAnnotator(props).annotate(theirs);

        assertEquals(describe(theirs), describe(ours));
        List<CoreMap> sentences = ours.get(CoreAnnotations.SentencesAnnotation.class);
        assertEquals(4, sentences.size(), "a line break ends a sentence; abbreviations do not");
        assertEquals("A second paragraph has no full stop", sentences.get(2).get(CoreAnnotations.TextAnnotation.class));
        assertTrue(ours.get(CoreAnnotations.TokensAnnotation.class).stream().noneMatch(CoreLabel::isNewline));
    }

    /** The text tokenized with the adapter's settings, newline tokens kept and no sentences yet. */
    private static Annotation tokenized() {
        Properties props = CoreNlpAnnotator.properties(List.of("tokenize"), NlpSettings.english(Set.of()));
        Annotation document = new Annotation(TEXT);
        new TokenizerAnnotator(false, props).annotate(document);
        return document;
    }

    /** Every annotation the splitting step sets, on the document, its sentences and its tokens. */
    private static List<String> describe(Annotation document) {
        List<String> out = new ArrayList<>();
        for (CoreLabel t : document.get(CoreAnnotations.TokensAnnotation.class)) {
            out.add(t.word() + " " + t.index() + " " + t.sentIndex() + " " + t.get(CoreAnnotations.TokenBeginAnnotation.class)
                    + " " + t.get(CoreAnnotations.TokenEndAnnotation.class) + " [" + t.before() + "][" + t.after() + "]");
        }
        for (CoreMap s : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            out.add(s.get(CoreAnnotations.TextAnnotation.class) + " " + s.get(CoreAnnotations.SentenceIndexAnnotation.class)
                    + " " + s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)
                    + "-" + s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)
                    + " " + s.get(CoreAnnotations.TokenBeginAnnotation.class) + "-" + s.get(CoreAnnotations.TokenEndAnnotation.class)
                    + " " + s.get(CoreAnnotations.TokensAnnotation.class).size());
        }
        return out;
    }
}
