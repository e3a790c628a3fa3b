package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Finds who says each quotation of one article: a source named outright ("according to X"),
 * an attribution right after the quote ({@code "...," X said}, {@code said X}), the speech word
 * that governs the quote in the parse, or one right before it ({@code X said: "..."}).
 * Holds one article's state; confined to one extraction.
 */
final class Attributor {

    /** How many words may stand between a quote and the speech verb after it: a name and its apposition. */
    private static final int MAX_TRAILING_SUBJECT = 30;
    /** Relations by which a clause hangs a speech verb off the quote it introduces. */
    private static final Set<String> ATTACHED_CLAUSES = Set.of("parataxis", "dep", "ccomp", "advcl", "conj");
    /** Marks that end a quote which a trailing attribution may follow: "...," he said; "...?" she asked. */
    private static final String OPEN_ENDINGS = ",?!\u2014\u2013-\u2026:;";

    private final AnnotatedArticle article;
    private final List<QuoteSpan> topLevel;
    private final Speakers speakers;
    private final SpeechLexicon lexicon;
    private final Clauses clauses;

    Attributor(AnnotatedArticle article, List<QuoteSpan> topLevel, Speakers speakers, SpeechLexicon lexicon) {
        this.article = article;
        this.topLevel = topLevel;
        this.speakers = speakers;
        this.lexicon = lexicon;
        this.clauses = new Clauses(lexicon);
    }

    /**
     * Who says a quotation, or null for a scare quote or one the text gives to nobody.
     *
     * @param outer        the quotation holding a nested one, else null
     * @param outerSpeaker who says {@code outer}: the "I" and "we" inside it
     */
    Attribution attribute(QuoteSpan q, QuoteSpan outer, Attribution outerSpeaker) {
        if (article.sentences().isEmpty() || scareMarked(q)) {
            return null;
        }
        Scope scope = new Scope(q, outer, topLevel);
        Attribution a = source(scope, outerSpeaker);
        if (a == null) {
            a = trailing(scope, outerSpeaker);
        }
        if (a == null) {
            a = governed(scope, outerSpeaker);
        }
        if (a == null) {
            a = leading(scope, outerSpeaker);
        }
        return a;
    }

    /** A whole-sentence quote right after another quote, with nothing said of it, goes on that one. */
    boolean continues(QuoteSpan previous, QuoteSpan q) {
        Sentence s = sentenceAt(q.open());
        int before = afterClose(new Scope(previous, null, topLevel)).index();
        if (s.index() - before > 1) {
            return false;
        }
        if (s.index() == before) {
            return true; // "...," X said. "..." run together by the sentence splitter
        }
        return opensSentence(q);
    }

    /** Whether no word of its own sentence comes before a quotation. */
    private boolean opensSentence(QuoteSpan q) {
        Scope scope = new Scope(q, null, topLevel);
        for (Token t : sentenceAt(q.open()).tokens()) {
            if (t.end() <= q.open() && scope.usable(t) && Speakers.isWord(t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A whole-sentence quote after a sentence that reports someone's words without quoting them
     * ("..., said X. 'Quote.'") is X's: the speaker of the previous sentence's main speech verb.
     */
    Attribution afterReport(QuoteSpan q) {
        Sentence s = sentenceAt(q.open());
        if (s.index() == 0 || !opensSentence(q)) {
            return null;
        }
        Sentence prev = article.sentences().get(s.index() - 1);
        Scope scope = new Scope(q, null, topLevel);
        int verb = -1;
        int depth = Integer.MAX_VALUE;
        for (Token t : prev.tokens()) {
            if (!scope.usable(t)) {
                return null; // the previous sentence quotes: continuation handles it, or nobody
            }
            if (lexicon.isSpeechVerb(t) && clauses.depth(prev, t.index()) < depth) {
                verb = t.index();
                depth = clauses.depth(prev, t.index());
            }
        }
        if (verb < 0) {
            return null;
        }
        int subject = clauses.subjectOf(prev, verb, scope);
        if (subject < 0) {
            int end = clauses.phraseEndAfter(prev, verb, scope);
            return end > verb + 1 ? speakers.of(prev, verb + 1, end, clauses.headOf(prev, verb + 1, end), null) : null;
        }
        int[] np = clauses.phrase(prev, subject, scope, verb);
        return speakers.of(prev, np[0], np[1], subject, null);
    }

    private boolean scareMarked(QuoteSpan q) {
        Sentence s = sentenceAt(q.open());
        Token before = null;
        for (Token t : s.tokens()) {
            if (t.end() <= q.open()) {
                before = t;
            }
        }
        return before != null && q.open() - before.end() <= 1 && lexicon.isScareMarker(before);
    }

    /** {@code "...," X said, according to Y}: a source named outright outranks the speaker. */
    private Attribution source(Scope scope, Attribution outerSpeaker) {
        QuoteSpan q = scope.quote;
        for (Sentence s : List.of(sentenceAt(q.open()), afterClose(scope))) {
            for (Token t : s.tokens()) {
                int i = t.index();
                if (scope.usable(t) && lexicon.isSourceMarker(s, i)) {
                    int from = i + lexicon.sourceMarkerLength(s, i);
                    int end = from;
                    while (end < s.tokens().size() && scope.usable(s.tokens().get(end))
                            && !".;:?!,".contains(s.tokens().get(end).word())) {
                        end++;
                    }
                    if (end > from && clauses.namesSomeone(s, from, end)) {
                        return speakers.of(s, from, end, clauses.headOf(s, from, end), outerSpeaker);
                    }
                }
            }
        }
        return null;
    }

    /**
     * The sentence that goes on after the quote's closing mark: its own, or the next one when
     * the splitter cut right after the mark ({@code "Thanks!" | responded X.}).
     */
    private Sentence afterClose(Scope scope) {
        QuoteSpan q = scope.quote;
        Sentence s = sentenceAt(q.close());
        for (Token t : s.tokens()) {
            if (t.start() > q.close() && scope.usable(t) && Speakers.isWord(t)) {
                return s;
            }
        }
        String inside = article.article().text().substring(q.start(), q.end()).strip();
        boolean cut = !inside.isEmpty() && ",?!\u2014\u2026".indexOf(inside.charAt(inside.length() - 1)) >= 0;
        if (cut && s.index() + 1 < article.sentences().size()) {
            Sentence next = article.sentences().get(s.index() + 1);
            String gap = article.article().text().substring(Math.min(q.close() + 1, next.span().start()),
                    next.span().start());
            if (!gap.contains("\n") && s.span().end() <= q.close() + 2) {
                return next;
            }
        }
        return s;
    }

    /** {@code "...," X said} and {@code "...," said X}. */
    private Attribution trailing(Scope scope, Attribution outerSpeaker) {
        QuoteSpan q = scope.quote;
        Sentence s = afterClose(scope);
        List<Token> after = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.start() > q.close() && scope.usable(t)) {
                after.add(t);
            } else if (t.start() > q.close() && scope.insideOther(t)) {
                break;
            }
        }
        List<Token> words = after.stream().filter(Speakers::isWord).toList();
        if (words.isEmpty() || !opensOnto(q, after, words.get(0))) {
            return null;
        }
        Token first = words.get(0);
        if (first.isVerb() && !lexicon.isSpeechVerb(first)) {
            return null;
        }
        if (lexicon.isSpeechVerb(first)) {
            return inverted(s, first.index(), clauses.subjectOf(s, first.index(), scope), scope, outerSpeaker);
        }
        if (first.pos().equals("CC")) {
            return null;
        }
        if (first.word().equalsIgnoreCase("as") && words.size() > 1) {
            first = words.get(1); // "...," as X puts it
        }
        int from = first.index();
        int seen = 0;
        for (Token w : after) {
            if (w.index() <= from) {
                continue;
            }
            if (".;:?!".contains(w.word()) || ++seen > MAX_TRAILING_SUBJECT) {
                return null;
            }
            if (lexicon.isSpeechVerb(w)) {
                int subject = clauses.subjectOf(s, w.index(), scope);
                int head = subject >= from && subject < w.index() ? subject : clauses.headOf(s, from, w.index());
                int end = clauses.lastNonAux(s, from, w.index());
                return clauses.namesSomeone(s, from, end) ? speakers.of(s, from, end, head, outerSpeaker) : null;
            }
            if (w.isVerb() && !w.pos().equals("MD") && !clauses.isAuxiliary(s, w.index()) && !clauses.isModifier(s, w.index())) {
                return null;
            }
        }
        return null;
    }

    /** Whether what follows the closing mark may attribute the quote: the quote stops mid-sentence. */
    private boolean opensOnto(QuoteSpan q, List<Token> after, Token firstWord) {
        String inside = article.article().text().substring(q.start(), q.end()).strip();
        char last = inside.isEmpty() ? '.' : inside.charAt(inside.length() - 1);
        if (OPEN_ENDINGS.indexOf(last) >= 0) {
            return true;
        }
        if (!after.isEmpty() && after.get(0).word().equals(",")) {
            return true;
        }
        return last == '.' && Character.isLowerCase(firstWord.word().charAt(0));
    }

    /** The speech word that governs the quote in the parse, and its subject. */
    private Attribution governed(Scope scope, Attribution outerSpeaker) {
        QuoteSpan q = scope.quote;
        Sentence best = null;
        int bestToken = -1;
        int bestSteps = Integer.MAX_VALUE;
        boolean scare = false;
        int first = sentenceAt(q.open()).index();
        int last = sentenceAt(q.close()).index();
        if (!speechWordOutside(scope, first, last)) {
            return null; // no word could govern the quote, and its sentences need not be parsed
        }
        for (int si = first; si <= last; si++) {
            Sentence s = article.sentences().get(si);
            for (Dependency d : s.dependencies()) {
                boolean depInside = scope.inside(s.tokens().get(d.dep()));
                boolean headInside = d.head() >= 0 && scope.inside(s.tokens().get(d.head()));
                if (depInside && d.head() >= 0 && !headInside) {
                    if (isScare(s, d, scope)) {
                        scare = true;
                    }
                    int[] found = clauses.climb(s, d.head(), scope);
                    if (found[0] >= 0 && found[1] < bestSteps) {
                        best = s;
                        bestToken = found[0];
                        bestSteps = found[1];
                    }
                } else if (headInside && !depInside && ATTACHED_CLAUSES.contains(Clauses.base(d.rel()))) {
                    Token t = s.tokens().get(d.dep());
                    if (scope.usable(t) && lexicon.isSpeechVerb(t) && 1 < bestSteps) {
                        best = s;
                        bestToken = d.dep();
                        bestSteps = 1;
                    }
                }
            }
        }
        if (best == null || scare) {
            return null;
        }
        return speakerOf(best, bestToken, scope, outerSpeaker);
    }

    /** Whether the quote's sentences hold a speech verb or noun outside it, which {@link #governed} needs. */
    private boolean speechWordOutside(Scope scope, int first, int last) {
        for (int si = first; si <= last; si++) {
            for (Token t : article.sentences().get(si).tokens()) {
                if (!scope.inside(t) && scope.usable(t) && (lexicon.isSpeechVerb(t) || lexicon.isSpeechNoun(t))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A short quoted noun phrase inside a non-speech noun phrase: "their group 'caliphate'". */
    private boolean isScare(Sentence s, Dependency d, Scope scope) {
        Token gov = s.tokens().get(d.head());
        String rel = Clauses.base(d.rel());
        // "their group 'caliphate'", not "a strategy of 'escalation'": an nmod is an argument of its noun
        boolean nominal = rel.equals("dep") || rel.equals("compound") || rel.equals("appos") || rel.equals("amod");
        if (!gov.isNoun() || lexicon.isSpeechNoun(gov) || !nominal || !s.tokens().get(d.dep()).isNoun()) {
            return false;
        }
        int words = 0;
        for (Token t : s.tokens()) {
            if (scope.inside(t)) {
                if (t.isVerb()) {
                    return false;
                }
                words += Speakers.isWord(t) ? 1 : 0;
            }
        }
        return words <= 6;
    }

    /** {@code X said: "..."}, {@code X said, "..."}: a speech verb before the quote in its sentence. */
    private Attribution leading(Scope scope, Attribution outerSpeaker) {
        QuoteSpan q = scope.quote;
        Sentence s = sentenceAt(q.open());
        List<Token> before = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.end() <= q.open() && scope.usable(t)) {
                before.add(t);
            } else if (t.end() <= q.open() && scope.insideOther(t)) {
                before.clear();
            }
        }
        if (before.isEmpty() && s.index() > 0) {
            Sentence prev = article.sentences().get(s.index() - 1);
            List<Token> pt = prev.tokens();
            if (!pt.isEmpty() && pt.get(pt.size() - 1).word().equals(":")) {
                s = prev;
                before = pt.stream().filter(scope::usable).toList();
            }
        }
        if (before.isEmpty()) {
            return null;
        }
        String lastWord = before.get(before.size() - 1).word();
        if (!lastWord.equals(":") && !lastWord.equals(",") && !lexicon.isSpeechVerb(before.get(before.size() - 1))) {
            return null;
        }
        int verb = -1;
        int depth = Integer.MAX_VALUE;
        for (Token t : before) {
            if (lexicon.isSpeechWord(t) && clauses.depth(s, t.index()) < depth) {
                verb = t.index();
                depth = clauses.depth(s, t.index());
            }
        }
        if (verb < 0 && lastWord.equals(":")) {
            verb = clauses.root(s); // "X deflected with a non sequitur: ..." introduces X's words
        }
        return verb < 0 ? null : speakerOf(s, verb, scope, outerSpeaker);
    }

    private Attribution speakerOf(Sentence s, int word, Scope scope, Attribution outerSpeaker) {
        int subject = clauses.subjectOf(s, word, scope);
        if ((subject < 0 || subject > word) && followsQuote(s, word, scope)) {
            return inverted(s, word, subject, scope, outerSpeaker);
        }
        if (subject < 0) {
            int from = clauses.chunkBefore(s, word, scope);
            return from < word ? speakers.of(s, from, word, clauses.headOf(s, from, word), outerSpeaker) : null;
        }
        int[] np = clauses.phrase(s, subject, scope, word);
        return speakers.of(s, np[0], np[1], subject, outerSpeaker);
    }

    /** {@code "...," said X, the spokesman}: every word after the verb up to the clause's end. */
    private Attribution inverted(Sentence s, int verb, int subject, Scope scope, Attribution outerSpeaker) {
        int end = clauses.phraseEndAfter(s, verb, scope);
        if (end <= verb + 1) {
            return null;
        }
        int head = subject > verb && subject < end ? subject : clauses.headOf(s, verb + 1, end);
        return speakers.of(s, verb + 1, end, head, outerSpeaker);
    }

    /** Whether a speech verb comes right after the quote's closing mark: "...," said X. */
    private boolean followsQuote(Sentence s, int word, Scope scope) {
        int start = s.tokens().get(word).start();
        return start > scope.quote.close() && article.article().text()
                .substring(scope.quote.close() + 1, start).replaceAll("[\\s,\u2019'\u201d\"]", "").isEmpty();
    }

    private Sentence sentenceAt(int offset) {
        Sentence found = article.sentences().get(0);
        for (Sentence s : article.sentences()) {
            if (s.span().start() <= offset) {
                found = s;
            } else {
                break;
            }
        }
        return found;
    }
}
