package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.extract.actor.ActorSet;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Quote;

/**
 * Finds every quotation of an article and who says it. The speaker comes, in this order, from
 * an attribution right after the quote ({@code "...," X said}, {@code said X}), from the speech
 * word that governs the quote in the dependency parse ({@code X said IS was using them as "human
 * shields"}), or from one right before it ({@code X said: "..."}); a whole-sentence quote with none
 * goes on the previous quote's speaker, or on the speaker of the sentence before it when that one
 * reports someone's words unquoted; a quoted phrase no speech word governs is a scare quote and
 * has no speaker. A quote inside a quote is reported by the outer quote's speaker.
 * Stateless and thread-safe.
 */
public final class QuoteExtractor {

    private final SpeechLexicon lexicon;
    private final QuoteFinder finder = new QuoteFinder();

    public QuoteExtractor() {
        this(SpeechLexicon.embedded());
    }

    QuoteExtractor(SpeechLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The article's quotations in text order, each nested quote right after the one holding it. */
    public List<Quote> extract(AnnotatedArticle article, ActorSet actors) {
        String text = article.article().text();
        List<QuoteSpan> spans = finder.find(text);
        List<QuoteSpan> topLevel = spans.stream().filter(q -> !q.isNested()).toList();
        Speakers speakers = new Speakers(article, actors, topLevel);
        Attributor attributor = new Attributor(article, topLevel, speakers, lexicon);
        Attribution[] found = new Attribution[spans.size()];
        List<Quote> out = new ArrayList<>();
        int previous = -1;
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpan q = spans.get(i);
            Attribution a;
            String quotedBy = null;
            if (q.isNested()) {
                Attribution outer = found[q.parent()];
                quotedBy = outer == null ? null : outer.speaker();
                a = attributor.attribute(q, spans.get(q.parent()), outer);
            } else {
                a = attributor.attribute(q, null, null);
                if (a == null && previous >= 0 && attributor.continues(spans.get(previous), q)) {
                    a = found[previous];
                } else if (a == null) {
                    a = attributor.afterReport(q);
                }
                speakers.heard(a);
                previous = i;
            }
            found[i] = a;
            out.add(new Quote(text.substring(q.start(), q.end()), a == null ? null : a.speaker(),
                    a == null ? null : a.name(), quotedBy, q.start(), q.end()));
        }
        return out;
    }
}
