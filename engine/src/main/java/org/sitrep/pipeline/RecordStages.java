package org.sitrep.pipeline;

import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.RawInput;
import org.sitrep.model.SitrepRecord;

/**
 * The three stages that make a record of raw input: the reader, the NLP stage and the extract
 * stage. Kept apart so a benchmark can time each; {@link #composed()} is the whole pipeline.
 */
public record RecordStages(Stage<RawInput, Article> reader, Stage<Article, AnnotatedArticle> nlp,
                           Stage<AnnotatedArticle, SitrepRecord> extract) {

    /** Raw input to record; the record's {@code problems} are the warnings every stage raised on the way. */
    public Stage<RawInput, SitrepRecord> composed() {
        Stage<RawInput, SitrepRecord> stages = reader.then(nlp).then(extract);
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
}
