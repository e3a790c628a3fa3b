package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.model.RawInput;
import org.sitrep.model.SitrepRecord;

/**
 * The three stages that make a record of raw input: the reader, the NLP stage and the extract
 * stage. Kept apart so a benchmark can time each; {@link #composed()} is the whole pipeline.
 * The NLP models and the extraction rules are English: an article the reader identifies as
 * another language gets a record of its metadata and language only, with a warning, rather
 * than events an English parser would invent from it.
 */
public record RecordStages(Stage<RawInput, Article> reader, Stage<Article, AnnotatedArticle> nlp,
                           Stage<AnnotatedArticle, SitrepRecord> extract) {

    /** Raw input to record; the record's {@code problems} are the warnings every stage raised on the way. */
    public Stage<RawInput, SitrepRecord> composed() {
        Stage<Article, SitrepRecord> english = nlp.then(extract);
        Stage<Article, SitrepRecord> byLanguage = new Stage<>() {
            @Override
            public String name() {
                return english.name();
            }

            @Override
            public Outcome<SitrepRecord> apply(Article a) {
                return isEnglish(a) ? english.apply(a) : Outcome.ok(
                        new SitrepRecord(a, List.of(), List.of(), List.of(), List.of(), List.of()),
                        List.of(new Problem("nlp", "nlp.not-english", a.id() + ": the text is in language "
                                + a.language() + "; only English is extracted, so the record holds no events")));
            }
        };
        Stage<RawInput, SitrepRecord> stages = reader.then(byLanguage);
        return new Stage<>() {
            @Override
            public String name() {
                return stages.name();
            }

            @Override
            public Outcome<SitrepRecord> apply(RawInput input) {
                Outcome<SitrepRecord> out = stages.apply(input);
                return out instanceof Outcome.Ok<SitrepRecord> ok
                        ? Outcome.ok(ok.value().withProblems(ok.warnings()), ok.warnings())
                        : out;
            }
        };
    }

    /** English, or unknown (too short or too mixed to tell), which is read as English. */
    static boolean isEnglish(Article a) {
        return a.language() == null || a.language().equals("en");
    }
}
