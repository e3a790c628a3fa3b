package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.RawInput;
import org.sitrep.model.SitrepRecord;

/** The composed pipeline sends only English (or unidentified) articles through NLP and extraction. */
class RecordStagesTest {

    private final AtomicInteger annotated = new AtomicInteger();

    private RecordStages stages(String language) {
        Stage<RawInput, Article> reader = new Stage<>() {
            @Override
            public String name() {
                return "reader";
            }

            @Override
            public Outcome<Article> apply(RawInput in) {
                return Outcome.ok(new Article("a1", null, "Headline", null, null, null, language, List.of(),
                        "Body text of the article.", List.of()));
            }
        };
        Stage<Article, AnnotatedArticle> nlp = new Stage<>() {
            @Override
            public String name() {
                return "nlp";
            }

            @Override
            public Outcome<AnnotatedArticle> apply(Article a) {
                annotated.incrementAndGet();
                return Outcome.rejected(new org.sitrep.model.Problem("nlp", "nlp.ran", "ran"));
            }
        };
        Stage<AnnotatedArticle, SitrepRecord> extract = new Stage<>() {
            @Override
            public String name() {
                return "extract";
            }

            @Override
            public Outcome<SitrepRecord> apply(AnnotatedArticle a) {
                throw new AssertionError("never reached: the stand-in NLP rejects");
            }
        };
        return new RecordStages(reader, nlp, extract);
    }

    private static RawInput input() {
        return new RawInput("x.txt", new byte[] {'x'}, null, null, null, null);
    }

    @Test
    void anArticleInAnotherLanguageGetsARecordWithoutEventsAndSkipsNlp() {
        Outcome<SitrepRecord> out = stages("fr").composed().apply(input());
        Outcome.Ok<SitrepRecord> ok = (Outcome.Ok<SitrepRecord>) out;
        assertEquals("fr", ok.value().article().language());
        assertTrue(ok.value().events().isEmpty() && ok.value().actors().isEmpty());
        assertEquals("nlp.not-english", ok.value().problems().get(0).code());
        assertEquals(0, annotated.get());
    }

    @Test
    void englishAndUnidentifiedArticlesGoThroughNlp() {
        assertEquals("nlp.ran", ((Outcome.Rejected<SitrepRecord>) stages("en").composed().apply(input())).reason().code());
        assertEquals("nlp.ran", ((Outcome.Rejected<SitrepRecord>) stages(null).composed().apply(input())).reason().code());
        assertEquals(2, annotated.get());
    }
}
