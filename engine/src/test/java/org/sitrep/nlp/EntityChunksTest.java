package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** {@link EntityChunks} makes the mentions CoreNLP's own step makes, pronouns aside. */
class EntityChunksTest {

    /**
     * Tokens written {@code word/TAG/NER[/normalized[/number]]}: two people side by side, a city,
     * two numbers and two dates that touch but differ, one date of three tokens.
     */
    private static final String[] TOKENS = {
        "Barack/NNP/PERSON", "Obama/NNP/PERSON", "and/CC/O", "he/PRP/O", "visited/VBD/O", "Kabul/NNP/CITY",
        "with/IN/O", "3/CD/NUMBER/3.0/3", "4/CD/NUMBER/4.0/4", "aides/NNS/O", "Monday/NNP/DATE/2019-02-18",
        "Tuesday/NNP/DATE/2019-02-19", "and/CC/O", "18/CD/DATE/2019-02-18", "February/NNP/DATE/2019-02-18",
        "2019/CD/DATE/2019-02-18", "././O"};

    @Test
    void makesCoreNlpsMentions() {
        Annotation ours = document();
        new EntityChunks().annotate(ours);
        Annotation theirs = document();
        new EntityMentionsAnnotator("ner.entitymentions", new Properties()).annotate(theirs);

        List<String> expected = new ArrayList<>(describe(theirs));
        expected.removeIf(m -> m.startsWith("PERSON he "));
        assertEquals(expected, describe(ours));
        assertEquals(List.of("PERSON Barack Obama 0-12 null", "CITY Kabul 28-33 null", "NUMBER 3 39-40 3.0",
                "NUMBER 4 41-42 4.0", "DATE Monday 49-55 2019-02-18", "DATE Tuesday 56-63 2019-02-19",
                "DATE 18 February 2019 68-84 2019-02-18"), describe(ours));
    }

    private static Annotation document() {
        List<CoreLabel> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String written : TOKENS) {
            String[] parts = written.split("/");
            if (!text.isEmpty() && !parts[0].equals(".")) {
                text.append(' ');
            }
            CoreLabel token = new CoreLabel();
            token.setWord(parts[0]);
            token.setValue(parts[0]);
            token.setOriginalText(parts[0]);
            token.setTag(parts[1]);
            token.setNER(parts[2]);
            token.setBeginPosition(text.length());
            text.append(parts[0]);
            token.setEndPosition(text.length());
            token.setIndex(tokens.size() + 1);
            token.setSentIndex(0);
            if (parts.length > 3) {
                token.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, parts[3]);
            }
            if (parts.length > 4) {
                token.set(CoreAnnotations.NumericCompositeValueAnnotation.class, Integer.valueOf(parts[4]));
            }
            tokens.add(token);
        }
        Annotation sentence = new Annotation(text.toString());
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sentence.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, 0);
        Annotation document = new Annotation(text.toString());
        document.set(CoreAnnotations.TokensAnnotation.class, tokens);
        document.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        return document;
    }

    /** Each sentence mention's type, text, offsets and normalized value. */
    private static List<String> describe(Annotation document) {
        List<String> out = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            for (CoreMap m : sentence.get(CoreAnnotations.MentionsAnnotation.class)) {
                out.add(m.get(CoreAnnotations.EntityTypeAnnotation.class) + " " + m.get(CoreAnnotations.TextAnnotation.class)
                        + " " + m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)
                        + "-" + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)
                        + " " + m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
            }
        }
        return out;
    }
}
