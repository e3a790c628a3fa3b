package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * CoreNLP's sentence splitting with a line break always ending a sentence: CoreNLP's {@link
 * WordToSentenceProcessor} finds the sentences, and the annotations CoreNLP's splitting step
 * sets (each sentence's text, offsets and index; each token's index in its sentence and in the
 * document; newline tokens dropped) are set here in the same way.
 *
 * <p>Why not CoreNLP's own step: compiling its one long method at the JIT's top tier takes 9 to
 * 13 seconds of processor time, mostly in the compiler's escape analysis (JFR's compiler events;
 * once on Java 17, twice on Java 25), while every other method takes about a second at most. On
 * two cores that was the second core's share for up to 24 seconds of a run's first minute. Small
 * methods compile in milliseconds. {@code CoreNlpEquivalenceIT} checks that the sentences and
 * tokens are CoreNLP's.
 *
 * <p>CoreNLP's step also copies XML section annotations to sentences; the pipeline never makes
 * sections (its text comes without markup), so none are copied here.
 *
 * <p>Thread-safe: the processor keeps no state between calls.
 */
final class SentenceSplitter {

    private final WordToSentenceProcessor<CoreLabel> processor = new WordToSentenceProcessor<>(null, null, null,
            null, WordToSentenceProcessor.NewlineIsSentenceBreak.ALWAYS, null, null);

    /** Sets the document's sentences, and drops the newline tokens from its token list. */
    void split(Annotation document) {
        String text = document.get(CoreAnnotations.TextAnnotation.class);
        List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> sentences = new ArrayList<>();
        for (List<CoreLabel> words : processor.process(tokens)) {
            sentences.add(sentence(text, words, sentences.size()));
        }
        document.set(CoreAnnotations.TokensAnnotation.class, withoutNewlines(tokens));
        for (CoreMap sentence : sentences) {
            setTokenSpan(sentence);
        }
        document.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    }

    /** A sentence over its tokens, which learn their index in it (from 1) and its index. */
    private static CoreMap sentence(String text, List<CoreLabel> words, int index) {
        int begin = words.get(0).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = words.get(words.size() - 1).get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        Annotation sentence = new Annotation(text.substring(begin, end));
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        sentence.set(CoreAnnotations.TokensAnnotation.class, words);
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        for (int i = 0; i < words.size(); i++) {
            words.get(i).setIndex(i + 1);
            words.get(i).setSentIndex(index);
        }
        return sentence;
    }

    /**
     * The tokens without newline tokens, renumbered in the document, as if there had been none:
     * a newline's text becomes the whitespace after the token before it and before the one after.
     */
    private static List<CoreLabel> withoutNewlines(List<CoreLabel> tokens) {
        List<CoreLabel> kept = new ArrayList<>(tokens.size());
        CoreLabel previous = null;
        for (CoreLabel token : tokens) {
            if (!token.isNewline()) {
                token.set(CoreAnnotations.TokenBeginAnnotation.class, kept.size());
                token.set(CoreAnnotations.TokenEndAnnotation.class, kept.size() + 1);
                kept.add(token);
                if (previous != null && previous.isNewline() && token.get(CoreAnnotations.BeforeAnnotation.class) != null) {
                    token.set(CoreAnnotations.BeforeAnnotation.class, previous.get(CoreAnnotations.OriginalTextAnnotation.class));
                }
            } else if (previous != null && previous.get(CoreAnnotations.AfterAnnotation.class) != null) {
                previous.set(CoreAnnotations.AfterAnnotation.class, token.get(CoreAnnotations.OriginalTextAnnotation.class));
            }
            previous = token;
        }
        return kept;
    }

    /** A sentence's span of tokens in the document, once the newline tokens are gone. */
    private static void setTokenSpan(CoreMap sentence) {
        List<CoreLabel> words = sentence.get(CoreAnnotations.TokensAnnotation.class);
        sentence.set(CoreAnnotations.TokenBeginAnnotation.class, words.get(0).get(CoreAnnotations.TokenBeginAnnotation.class));
        sentence.set(CoreAnnotations.TokenEndAnnotation.class,
                words.get(words.size() - 1).get(CoreAnnotations.TokenEndAnnotation.class));
    }
}
