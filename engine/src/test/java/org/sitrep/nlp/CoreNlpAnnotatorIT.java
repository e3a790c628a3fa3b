package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.DeferredList;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeMention;
import org.sitrep.pipeline.Outcome;

class CoreNlpAnnotatorIT {

    private static AnnotatedArticle annotate(String text, LocalDateTime published) {
        Article article = new Article("t", null, null, published, null, null, "en", List.of(), text, List.of());
        Outcome<AnnotatedArticle> out = CoreNlpAnnotator.shared(NlpSettings.english(Set.of("IS")))
                .then(new TimeTagger()).apply(article);
        return ((Outcome.Ok<AnnotatedArticle>) out).value();
    }

    @Test
    void anchorsRelativeDateToPublicationDay() {
        AnnotatedArticle a = annotate("Rebels attacked the town yesterday, officials said.",
                LocalDateTime.of(2019, 2, 18, 1, 1));
        List<TimeMention> times = a.sentences().get(0).times();
        assertEquals(1, times.size());
        assertEquals("yesterday", times.get(0).text());
        assertEquals("2019-02-17", times.get(0).value());
    }

    @Test
    void yieldsTokensEntitiesAndParsesWithOffsetsIntoTheText() {
        String text = "The army arrested John Smith in Kabul.\nHe was released on Monday.";
        AnnotatedArticle a = annotate(text, LocalDateTime.of(2020, 5, 6, 0, 0));
        assertEquals(2, a.sentences().size());
        Sentence first = a.sentences().get(0);
        assertEquals("arrest", first.tokens().get(2).lemma());
        assertEquals("VBD", first.tokens().get(2).pos());
        assertTrue(first.entities().stream().anyMatch(e -> e.text().equals("John Smith") && e.type().equals("PERSON")));
        assertTrue(first.entities().stream().anyMatch(e -> e.text().equals("Kabul")));
        first.tokens().forEach(t -> assertEquals(t.word(), text.substring(t.start(), t.end())));
        assertTrue(first.dependencies().stream().anyMatch(d -> d.rel().equals("nsubj") && d.head() == 2 && d.dep() == 1));
        assertEquals("2020-05-04", a.sentences().get(1).times().get(0).value());
    }

    @Test
    void parsesASentenceWhenItsParseIsFirstRead() {
        AnnotatedArticle a = annotate("The army arrested John Smith in Kabul.\nHe was released on Monday.",
                LocalDateTime.of(2020, 5, 6, 0, 0));
        Sentence first = a.sentences().get(0);
        DeferredList<Dependency> parse = assertInstanceOf(DeferredList.class, first.dependencies());
        assertFalse(parse.computed());
        assertFalse(parse.isEmpty(), "a sentence the parser takes has a parse, known before it is computed");
        assertFalse(parse.computed());
        assertTrue(first.dependencies().stream().anyMatch(d -> d.rel().equals("obj") && d.head() == 2 && d.dep() == 4));
        assertTrue(parse.computed());
        assertFalse(((DeferredList<?>) a.sentences().get(1).dependencies()).computed(), "each sentence is parsed on its own");
    }

    @Test
    void annotatesAlikeAfterForgettingTheWordsItMet() {
        String text = "Zembian troops shelled the villages of Kovac and Ruritania on Tuesday.\n"
                + "The ministry said 14 fighters surrendered, and more were expected to follow.";
        LocalDateTime published = LocalDateTime.of(2021, 3, 4, 0, 0);
        AnnotatedArticle before = annotate(text, published);
        CoreNlpAnnotator.shared(NlpSettings.english(Set.of("IS"))).forgetWords();
        AnnotatedArticle after = annotate(text, published);
        assertEquals(before.sentences().size(), after.sentences().size());
        for (int i = 0; i < before.sentences().size(); i++) {
            Sentence b = before.sentences().get(i);
            Sentence a = after.sentences().get(i);
            assertEquals(b.tokens(), a.tokens(), "tags, lemmas and NER of sentence " + i);
            assertEquals(b.entities(), a.entities());
            assertEquals(List.copyOf(b.dependencies()), List.copyOf(a.dependencies()), "parse of sentence " + i);
        }
    }

    @Test
    void leavesASentenceTooLongForTheParserUnparsedAndSaysSo() {
        String list = "Kabul, ".repeat(90) + "and Herat.";
        AnnotatedArticle a = annotate(list, LocalDateTime.of(2020, 5, 6, 0, 0));
        assertTrue(a.sentences().get(0).dependencies().isEmpty());
        assertTrue(a.problems().stream().anyMatch(p -> p.code().equals("nlp.unparsed-sentences")), a.problems().toString());
    }
}
