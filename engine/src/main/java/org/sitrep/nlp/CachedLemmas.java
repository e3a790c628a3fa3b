package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's lemma step ({@code MorphaAnnotator}) run once per word and tag, not once per token:
 * the lemma of a pair met before is kept (issue 7). A document's new pairs go through CoreNLP's
 * own annotator together, as a sentence of copies of their tokens; it lemmatises each token on
 * its own, so the lemmas are the ones it gives in place. Thread-safe.
 */
final class CachedLemmas {

    private final MorphaAnnotator morpha = new MorphaAnnotator(false);
    private final Map<String, String> lemmas = new ConcurrentHashMap<>();
    private final int limit;

    /** @param limit how many pairs' lemmas to keep (about 150 bytes each) */
    CachedLemmas(int limit) {
        this.limit = limit;
    }

    /** Forgets the lemmas met so far. */
    void forgetWords() {
        lemmas.clear();
    }

    /** Sets the lemma of every token of the annotation's sentences. */
    void annotate(Annotation annotation) {
        List<CoreLabel> fresh = new ArrayList<>();
        List<CoreLabel> copies = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                String known = lemmas.get(key(token));
                if (known != null) {
                    token.setLemma(known);
                    continue;
                }
                CoreLabel copy = new CoreLabel();
                copy.set(CoreAnnotations.TextAnnotation.class, token.get(CoreAnnotations.TextAnnotation.class));
                copy.set(CoreAnnotations.PartOfSpeechAnnotation.class, token.get(CoreAnnotations.PartOfSpeechAnnotation.class));
                fresh.add(token);
                copies.add(copy);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, copies);
        Annotation batch = new Annotation("");
        batch.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        morpha.annotate(batch);
        for (int i = 0; i < fresh.size(); i++) {
            String lemma = copies.get(i).lemma();
            fresh.get(i).setLemma(lemma);
            if (lemma != null && lemmas.size() < limit) {
                lemmas.put(key(copies.get(i)), lemma);
            }
        }
    }

    /** A token's text and tag as one key: tags hold no NUL, so the key's last NUL parts the two. */
    private static String key(CoreLabel token) {
        return token.get(CoreAnnotations.TextAnnotation.class) + '\u0000'
                + token.get(CoreAnnotations.PartOfSpeechAnnotation.class);
    }
}
