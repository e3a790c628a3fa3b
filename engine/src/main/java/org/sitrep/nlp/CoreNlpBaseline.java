package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.Stage;

/**
 * Stanford CoreNLP's default English pipeline (tokenize, ssplit, pos, lemma, ner, depparse with
 * CoreNLP's own defaults), the yardstick {@code sitrep bench --baseline} measures the engine
 * against. It yields the number of tokens it read, and nothing else is done with its output, so
 * its time is CoreNLP's alone.
 *
 * <p>Thread-safe, as CoreNLP's annotators are.
 */
public final class CoreNlpBaseline implements Stage<Article, Integer> {

    private final StanfordCoreNLP pipeline;

    public CoreNlpBaseline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        this.pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public String name() {
        return "CoreNLP default pipeline (baseline)";
    }

    @Override
    public Outcome<Integer> apply(Article article) {
        Annotation annotation = new Annotation(article.text());
        pipeline.annotate(annotation);
        return Outcome.ok(annotation.get(CoreAnnotations.TokensAnnotation.class).size());
    }
}
