package org.sitrep.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeMention;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.Stage;

/**
 * sitrep's own time-expression tagger, in place of CoreNLP's SUTime (which cost more than half
 * of the NLP stage, issue 7): it finds dates, times, durations and sets in each sentence with
 * {@link TimeFinder}, values anchored to the publication day, and labels their tokens DATE, TIME,
 * DURATION or SET. Whatever time labels the tokens had before are cleared first, so it gives the
 * same result on annotations made with SUTime. Everything else of the sentences is kept.
 *
 * <p>Immutable and thread-safe after construction.
 */
public final class TimeTagger implements Stage<AnnotatedArticle, AnnotatedArticle> {

    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    private final TimeFinder finder = new TimeFinder(TimeWords.load());

    @Override
    public String name() {
        return "time";
    }

    @Override
    public Outcome<AnnotatedArticle> apply(AnnotatedArticle article) {
        LocalDate anchor = article.article().published() == null ? null : article.article().published().toLocalDate();
        String text = article.article().text();
        List<Sentence> tagged = new ArrayList<>(article.sentences().size());
        for (Sentence s : article.sentences()) {
            tagged.add(tag(s, text, anchor));
        }
        return Outcome.ok(new AnnotatedArticle(article.article(), tagged, article.problems()));
    }

    private Sentence tag(Sentence s, String text, LocalDate anchor) {
        List<Token> tokens = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
            tokens.add(TIME_TYPES.contains(t.ner()) ? relabelled(t, "O") : t);
        }
        List<TimeMention> times = new ArrayList<>();
        for (TimeFinder.Found f : finder.find(tokens, anchor)) {
            for (int i = f.first(); i < f.last(); i++) {
                tokens.set(i, relabelled(tokens.get(i), f.type()));
            }
            Span span = new Span(tokens.get(f.first()).start(), tokens.get(f.last() - 1).end());
            times.add(new TimeMention(text.substring(span.start(), span.end()), f.type(), f.value(), s.index(),
                    f.first(), f.last(), span));
        }
        return new Sentence(s.index(), s.span(), s.text(), tokens, s.dependencies(), s.entities(), times);
    }

    private static Token relabelled(Token t, String ner) {
        return new Token(t.index(), t.word(), t.lemma(), t.pos(), ner, t.start(), t.end());
    }
}
