package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.LabeledChunkIdentifier;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Entity mentions from the tokens' NER labels, as CoreNLP's entity mention step makes the ones the
 * record reads: each run of tokens with one label, split where two neighbours' normalized values
 * differ (two dates side by side stay two), with its type, offsets, text, normalized value and
 * time expression.
 *
 * <p>Why not CoreNLP's own step: compiling its one long method at the JIT's top tier takes 2 to 6
 * seconds of processor time each time, in the compiler's escape analysis (JFR's compiler phase
 * events, on Java 17 and 25), two to four times in a run; on two cores that is the second core's
 * share for 8 to 13 seconds. Small methods compile in milliseconds.
 *
 * <p>CoreNLP's step also adds mentions for pronouns ("he", "his") and a confidence per mention;
 * the record reads neither, so neither is made here. {@code CoreNlpEquivalenceIT} checks the
 * mentions against CoreNLP's own.
 *
 * <p>Thread-safe: the chunker keeps no state between calls.
 */
final class EntityChunks {

    private final LabeledChunkIdentifier chunker = new LabeledChunkIdentifier();

    /** Sets each sentence's mentions, and the document's list of them all. */
    void annotate(Annotation document) {
        String text = document.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> all = new ArrayList<>();
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        for (int i = 0; i < sentences.size(); i++) {
            List<CoreMap> mentions = mentions(sentences.get(i), i, text);
            sentences.get(i).set(CoreAnnotations.MentionsAnnotation.class, mentions);
            all.addAll(mentions);
        }
        document.set(CoreAnnotations.MentionsAnnotation.class, all);
    }

    private List<CoreMap> mentions(CoreMap sentence, int index, String text) {
        Integer tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        List<CoreMap> mentions = chunker.getAnnotatedChunks(sentence.get(CoreAnnotations.TokensAnnotation.class),
                tokenBegin == null ? 0 : tokenBegin, CoreAnnotations.TextAnnotation.class,
                CoreAnnotations.NamedEntityTagAnnotation.class, EntityChunks::sameEntity);
        for (CoreMap mention : mentions) {
            describe(mention, index, text);
        }
        return mentions;
    }

    /** The annotations CoreNLP's step sets on a mention, among those the record reads. */
    private static void describe(CoreMap mention, int sentence, String text) {
        List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
        String normalized = first(tokens, CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (normalized != null) {
            mention.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, normalized);
        }
        mention.set(CoreAnnotations.EntityTypeAnnotation.class, mention.get(CoreAnnotations.NamedEntityTagAnnotation.class));
        mention.set(CoreAnnotations.SentenceIndexAnnotation.class, sentence);
        Timex timex = first(tokens, TimeAnnotations.TimexAnnotation.class);
        if (timex != null) {
            mention.set(TimeAnnotations.TimexAnnotation.class, timex);
        }
        Integer begin = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        Integer end = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (text != null && begin != null && end != null) {
            mention.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        }
    }

    /** The first token's value of a key, skipping tokens without one. */
    private static <V> V first(List<CoreLabel> tokens, Class<? extends CoreAnnotation<V>> key) {
        for (CoreLabel token : tokens) {
            V value = token.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * Whether a token (first) continues the mention of the token before it (second), given that
     * their labels are the same: the same normalized value, the same number for numbers and
     * ordinals, the same time expression for times.
     */
    private static boolean sameEntity(Pair<CoreLabel, CoreLabel> pair) {
        CoreLabel current = pair.first();
        CoreLabel previous = pair.second();
        if (current == null || previous == null) {
            return false;
        }
        if (!Objects.equals(current.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                previous.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
            return false;
        }
        String label = current.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        if ("NUMBER".equals(label) || "ORDINAL".equals(label)) {
            return Objects.equals(current.get(CoreAnnotations.NumericCompositeValueAnnotation.class),
                    previous.get(CoreAnnotations.NumericCompositeValueAnnotation.class));
        }
        if ("TIME".equals(label) || "SET".equals(label) || "DATE".equals(label) || "DURATION".equals(label)) {
            return Objects.equals(timexId(current), timexId(previous));
        }
        return true;
    }

    private static String timexId(CoreLabel token) {
        Timex timex = token.get(TimeAnnotations.TimexAnnotation.class);
        return timex == null ? null : timex.tid();
    }
}
