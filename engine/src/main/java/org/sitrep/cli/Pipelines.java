package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.extract.RecordExtractor;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.RawInput;
import org.sitrep.model.SitrepRecord;
import org.sitrep.nlp.AnnotationCache;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.CoreNlpQuoteAnnotator;
import org.sitrep.nlp.NlpSettings;
import org.sitrep.nlp.TimeTagger;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.RecordStages;
import org.sitrep.pipeline.Stage;
import org.sitrep.resolve.Knowledge;

/** Where the pipeline is assembled: ingest, nlp, then resolve and extract into one record. */
public final class Pipelines {

    private Pipelines() {
    }

    /**
     * The full article-to-record pipeline with the embedded defaults. The record's
     * {@code problems} are the warnings every stage raised on the way.
     */
    public static Stage<RawInput, SitrepRecord> extraction() {
        return extraction(null);
    }

    /**
     * The same pipeline; with a cache folder, NLP annotations are kept there and reused
     * ({@link AnnotationCache}), for quick re-scoring while tuning the extract stage.
     */
    public static Stage<RawInput, SitrepRecord> extraction(Path nlpCache) {
        return stages(nlpCache).composed();
    }

    /** The pipeline's stages one by one, for a caller that times them. */
    public static RecordStages stages(Path nlpCache) {
        Knowledge knowledge = Knowledge.embedded();
        NlpSettings nlp = NlpSettings.english(knowledge.shieldedAcronyms());
        ArticleReader reader = new ArticleReader(); // first: its language profiles load beside the NLP models
        Stage<Article, AnnotatedArticle> annotator = nlpCache == null
                ? coreNlp()
                : new AnnotationCache(nlp, Pipelines::coreNlp, nlpCache);
        return new RecordStages(
                reader,                              // bytes -> Article
                annotator.then(new TimeTagger()),    // -> AnnotatedArticle, with our time expressions
                new RecordExtractor(knowledge));     // actors, places, quotes, events
    }

    /** The process-wide CoreNLP adapter with the embedded settings (built on first use), the first half of the nlp stage. */
    public static CoreNlpAnnotator coreNlp() {
        return CoreNlpAnnotator.shared(NlpSettings.english(Knowledge.embedded().shieldedAcronyms()));
    }

    /**
     * The quote baseline: the reader, then CoreNLP's own quote annotator and its attribution; the
     * record holds only quotes, to score against the extractor's in the same evaluation.
     */
    public static Stage<RawInput, SitrepRecord> coreNlpQuotes() {
        CoreNlpQuoteAnnotator quotes = new CoreNlpQuoteAnnotator();
        Stage<Article, SitrepRecord> toRecord = new Stage<>() {
            @Override
            public String name() {
                return quotes.name();
            }

            @Override
            public Outcome<SitrepRecord> apply(Article a) {
                return quotes.apply(a).flatMap(q -> Outcome.ok(
                        new SitrepRecord(a, List.of(), List.of(), List.of(), q, List.of())));
            }
        };
        return new ArticleReader().then(toRecord);
    }
}
