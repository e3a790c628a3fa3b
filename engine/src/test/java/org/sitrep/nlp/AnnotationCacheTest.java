package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.Stage;

class AnnotationCacheTest {

    private static final NlpSettings SETTINGS = NlpSettings.english(Set.of("IS", "US"));

    /** A stand-in annotator that makes one one-token sentence and counts its calls. */
    private static final class CountingAnnotator implements Stage<Article, AnnotatedArticle> {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String name() {
            return "nlp";
        }

        @Override
        public Outcome<AnnotatedArticle> apply(Article a) {
            calls.incrementAndGet();
            Token t = new Token(0, a.text(), a.text().toLowerCase(), "NNP", "O", 0, a.text().length());
            Sentence s = new Sentence(0, new Span(0, a.text().length()), a.text(), List.of(t),
                    List.of(new Dependency(-1, 0, "root")), List.of(), List.of());
            return Outcome.ok(new AnnotatedArticle(a, List.of(s), List.of()));
        }
    }

    private static Article article(String text, LocalDateTime published) {
        return new Article("a1", null, null, published, null, null, "en", List.of(), text, List.of());
    }

    @Test
    void reusesAnnotationsOfTheSameTextAndDay(@TempDir Path dir) {
        CountingAnnotator nlp = new CountingAnnotator();
        AnnotationCache cache = new AnnotationCache(SETTINGS, () -> nlp, dir);
        LocalDateTime day = LocalDateTime.of(2019, 2, 18, 1, 1);

        AnnotatedArticle first = ((Outcome.Ok<AnnotatedArticle>) cache.apply(article("Baghdad", day))).value();
        AnnotatedArticle again = ((Outcome.Ok<AnnotatedArticle>) cache.apply(article("Baghdad", day))).value();

        assertEquals(1, nlp.calls.get());
        assertEquals(first.sentences(), again.sentences());
    }

    @Test
    void anotherTextOrPublicationDayIsAMiss(@TempDir Path dir) {
        CountingAnnotator nlp = new CountingAnnotator();
        AnnotationCache cache = new AnnotationCache(SETTINGS, () -> nlp, dir);

        cache.apply(article("Baghdad", LocalDateTime.of(2019, 2, 18, 1, 1)));
        cache.apply(article("Mosul", LocalDateTime.of(2019, 2, 18, 1, 1)));
        cache.apply(article("Mosul", LocalDateTime.of(2019, 2, 19, 1, 1)));

        assertEquals(3, nlp.calls.get());
    }
}
