package org.sitrep.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.Quote;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.Stage;

/**
 * A baseline for the quote extractor: CoreNLP's own {@code quote} annotator with its attribution
 * (the pipeline it documents: tokenize, ssplit, pos, lemma, ner, depparse, coref, quote). Its
 * quotes become {@link Quote}s without actor ids: the speaker is named by the mention CoreNLP
 * picked, or by the coreference chain's canonical mention when that one is a pronoun.
 *
 * <p>Thread-safe once built (CoreNLP's annotators keep no per-document state); loading the
 * coreference models takes a minute and about 3 GB of heap, so build it once per process.
 */
public final class CoreNlpQuoteAnnotator implements Stage<Article, List<Quote>> {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "him", "her", "them");
    private static final String MARKS = "\"\u201c\u201d\u2018\u2019'`\u00ab\u00bb";

    private final StanfordCoreNLP pipeline;

    public CoreNlpQuoteAnnotator() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("quote.attributeQuotes", "true");
        this.pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public String name() {
        return "corenlp-quotes";
    }

    @Override
    public Outcome<List<Quote>> apply(Article article) {
        String text = article.text();
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        CoreDocument document = new CoreDocument(annotation);
        List<Quote> out = new ArrayList<>();
        if (document.quotes() == null) {
            return Outcome.ok(out);
        }
        for (CoreQuote q : document.quotes()) {
            Pair<Integer, Integer> at = q.quoteCharOffsets();
            int start = at.first();
            int end = Math.min(at.second(), text.length());
            while (start < end && MARKS.indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            while (end > start && MARKS.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (start >= end) {
                continue;
            }
            out.add(new Quote(text.substring(start, end), null, speakerName(q), null, start, end));
        }
        return Outcome.ok(out);
    }

    private static String speakerName(CoreQuote q) {
        String speaker = q.speaker().orElse(null);
        if (speaker == null || PRONOUNS.contains(speaker.toLowerCase(Locale.ROOT))) {
            return q.canonicalSpeaker().orElse(speaker);
        }
        return speaker;
    }
}
