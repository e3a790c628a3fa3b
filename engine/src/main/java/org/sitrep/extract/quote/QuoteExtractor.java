package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.Syntax;
import org.sitrep.extract.actor.ActorSet;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Dependency;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Finds every quotation of an article and who says it. The speaker comes, in this order, from
 * an attribution right after the quote ({@code "...," X said}, {@code said X}), from the speech
 * word that governs the quote in the dependency parse ({@code X said IS was using them as "human
 * shields"}), or from one right before it ({@code X said: "..."}); a whole-sentence quote with none
 * goes on the previous quote's speaker; a quoted phrase no speech word governs is a scare quote
 * and has no speaker. A quote inside a quote is reported by the outer quote's speaker.
 * Stateless and thread-safe.
 */
public final class QuoteExtractor {

    /** How far up the parse a quote may sit below the speech word that governs it. */
    private static final int MAX_CLIMB = 8;
    /** How many words may stand between a quote and the speech verb after it: a name and its apposition. */
    private static final int MAX_TRAILING_SUBJECT = 30;
    /** Relations by which a clause hangs a speech verb off the quote it introduces. */
    private static final Set<String> ATTACHED_CLAUSES = Set.of("parataxis", "dep", "ccomp", "advcl", "conj");
    /** Relations that leave a noun phrase: a subject's phrase does not follow them. */
    private static final Set<String> CLAUSE_RELATIONS = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj", "csubj",
            "ccomp", "xcomp", "parataxis", "advcl", "acl:relcl", "dep", "mark", "aux", "aux:pass", "cop", "ref",
            "discourse", "vocative", "expl", "obj", "iobj");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "that", "which", "whom");
    /** Marks that end a quote which a trailing attribution may follow: "...," he said; "...?" she asked. */
    private static final String OPEN_ENDINGS = ",?!\u2014\u2013-\u2026:;";

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
        Run run = new Run(article, topLevel, new Speakers(article, actors, topLevel));
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
                a = run.attribute(q, spans.get(q.parent()), outer);
            } else {
                a = run.attribute(q, null, null);
                if (a == null && previous >= 0 && run.continues(spans.get(previous), q)) {
                    a = found[previous];
                }
                run.speakers.heard(a);
                previous = i;
            }
            found[i] = a;
            out.add(new Quote(text.substring(q.start(), q.end()), a == null ? null : a.speaker(),
                    a == null ? null : a.name(), quotedBy, q.start(), q.end()));
        }
        return out;
    }

    /** One extraction's view of the article: which tokens belong to which quotation. */
    private final class Run {
        private final AnnotatedArticle article;
        private final List<QuoteSpan> topLevel;
        private final Speakers speakers;

        Run(AnnotatedArticle article, List<QuoteSpan> topLevel, Speakers speakers) {
            this.article = article;
            this.topLevel = topLevel;
            this.speakers = speakers;
        }

        Attribution attribute(QuoteSpan q, QuoteSpan outer, Attribution outerSpeaker) {
            if (article.sentences().isEmpty() || scareMarked(q)) {
                return null;
            }
            Scope scope = new Scope(q, outer);
            Attribution a = source(scope, outerSpeaker);
            if (a == null) {
                a = trailing(scope, outerSpeaker);
            }
            if (a == null) {
                a = governing(scope, outerSpeaker);
            }
            if (a == null) {
                a = leading(scope, outerSpeaker);
            }
            return a;
        }

        /** A whole-sentence quote right after another quote, with nothing said of it, goes on that one. */
        boolean continues(QuoteSpan previous, QuoteSpan q) {
            Sentence s = sentenceAt(q.open());
            int before = afterClose(new Scope(previous, null)).index();
            if (s.index() - before > 1) {
                return false;
            }
            if (s.index() == before) {
                return true; // "...," X said. "..." run together by the sentence splitter
            }
            Scope scope = new Scope(q, null);
            for (Token t : s.tokens()) {
                if (t.end() <= q.open() && scope.usable(t) && Speakers.isWord(t)) {
                    return false;
                }
            }
            return true;
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
                        if (end > from && namesSomeone(s, from, end)) {
                            return speakers.of(s, from, end, headOf(s, from, end), outerSpeaker);
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
                return inverted(s, first.index(), subjectOf(s, first.index(), scope), scope, outerSpeaker);
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
                    int subject = subjectOf(s, w.index(), scope);
                    int head = subject >= from && subject < w.index() ? subject : headOf(s, from, w.index());
                    int end = lastNonAux(s, from, w.index());
                    return namesSomeone(s, from, end) ? speakers.of(s, from, end, head, outerSpeaker) : null;
                }
                if (w.isVerb() && !w.pos().equals("MD") && !isAuxiliary(s, w.index()) && !isModifier(s, w.index())) {
                    return null;
                }
            }
            return null;
        }

        /** Whether tokens {@code [first, last)} can be a speaker: they hold a noun or a pronoun. */
        private boolean namesSomeone(Sentence s, int first, int last) {
            for (int i = first; i < last; i++) {
                Token t = s.tokens().get(i);
                if (t.isNoun() || t.pos().equals("PRP") || t.pos().equals("CD")) {
                    return true;
                }
            }
            return false;
        }

        /** A verb form used as a noun's modifier ("the document-dumping organization"), not a clause. */
        private boolean isModifier(Sentence s, int token) {
            Dependency d = governing(s, token);
            return d != null && (d.rel().equals("amod") || d.rel().startsWith("compound"));
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
        private Attribution governing(Scope scope, Attribution outerSpeaker) {
            QuoteSpan q = scope.quote;
            Sentence best = null;
            int bestToken = -1;
            int bestSteps = Integer.MAX_VALUE;
            boolean scare = false;
            int first = sentenceAt(q.open()).index();
            int last = sentenceAt(q.close()).index();
            for (int si = first; si <= last; si++) {
                Sentence s = article.sentences().get(si);
                for (Dependency d : s.dependencies()) {
                    boolean depInside = scope.inside(s.tokens().get(d.dep()));
                    boolean headInside = d.head() >= 0 && scope.inside(s.tokens().get(d.head()));
                    if (depInside && d.head() >= 0 && !headInside) {
                        if (isScare(s, d, scope)) {
                            scare = true;
                        }
                        int[] found = climb(s, d.head(), scope);
                        if (found[0] >= 0 && found[1] < bestSteps) {
                            best = s;
                            bestToken = found[0];
                            bestSteps = found[1];
                        }
                    } else if (headInside && !depInside && ATTACHED_CLAUSES.contains(base(d.rel()))) {
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

        /** A short quoted noun phrase inside a non-speech noun phrase: "their group 'caliphate'". */
        private boolean isScare(Sentence s, Dependency d, Scope scope) {
            Token gov = s.tokens().get(d.head());
            String rel = base(d.rel());
            boolean nominal = rel.equals("dep") || rel.equals("compound") || rel.equals("appos") || rel.equals("nmod")
                    || rel.equals("amod");
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

        /**
         * {@code {token, steps}} of the nearest speech word above {@code from}, or {@code {-1, -1}}.
         * Climbs every governor, not only the first: the enhanced parse gives a conjunct two.
         */
        private int[] climb(Sentence s, int from, Scope scope) {
            boolean[] seen = new boolean[s.tokens().size()];
            List<Integer> level = List.of(from);
            for (int steps = 1; !level.isEmpty() && steps <= MAX_CLIMB; steps++) {
                List<Integer> next = new ArrayList<>();
                for (int cur : level) {
                    Token t = s.tokens().get(cur);
                    if (seen[cur] || scope.inside(t)) {
                        continue;
                    }
                    seen[cur] = true;
                    if (scope.usable(t) && (lexicon.isSpeechVerb(t)
                            || (lexicon.isSpeechNoun(t) && Syntax.child(s, cur, "nmod:poss", "nmod:by", "nmod:agent") >= 0))) {
                        return new int[] {cur, steps};
                    }
                    for (Dependency up : s.dependencies()) {
                        if (up.dep() == cur && up.head() >= 0) {
                            next.add(up.head());
                        }
                    }
                }
                level = next;
            }
            return new int[] {-1, -1};
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
                if (lexicon.isSpeechWord(t) && depth(s, t.index()) < depth) {
                    verb = t.index();
                    depth = depth(s, t.index());
                }
            }
            if (verb < 0 && lastWord.equals(":")) {
                verb = root(s); // "X deflected with a non sequitur: ..." introduces X's words
            }
            return verb < 0 ? null : speakerOf(s, verb, scope, outerSpeaker);
        }

        private Attribution speakerOf(Sentence s, int word, Scope scope, Attribution outerSpeaker) {
            int subject = subjectOf(s, word, scope);
            if ((subject < 0 || subject > word) && followsQuote(s, word, scope)) {
                return inverted(s, word, subject, scope, outerSpeaker);
            }
            if (subject < 0) {
                int from = chunkBefore(s, word, scope);
                return from < word ? speakers.of(s, from, word, headOf(s, from, word), outerSpeaker) : null;
            }
            int[] np = phrase(s, subject, scope, word);
            return speakers.of(s, np[0], np[1], subject, outerSpeaker);
        }

        /** {@code "...," said X, the spokesman}: every word after the verb up to the clause's end. */
        private Attribution inverted(Sentence s, int verb, int subject, Scope scope, Attribution outerSpeaker) {
            int end = phraseEndAfter(s, verb, scope);
            if (end <= verb + 1) {
                return null;
            }
            int head = subject > verb && subject < end ? subject : headOf(s, verb + 1, end);
            return speakers.of(s, verb + 1, end, head, outerSpeaker);
        }

        /** The noun-phrase words right before a verb the parser left without subject. */
        private int chunkBefore(Sentence s, int verb, Scope scope) {
            int i = verb;
            while (i > 0) {
                Token t = s.tokens().get(i - 1);
                boolean nominal = t.isNoun() || t.pos().startsWith("JJ") || t.pos().equals("DT") || t.pos().equals("CD")
                        || t.pos().equals("PRP$") || t.pos().equals("POS") || t.pos().equals("PRP");
                if (!nominal || !scope.usable(t)) {
                    break;
                }
                i--;
            }
            return namesSomeone(s, i, verb) ? i : verb;
        }

        private int root(Sentence s) {
            for (Dependency d : s.dependencies()) {
                if (d.head() < 0) {
                    return d.dep();
                }
            }
            return -1;
        }

        /** Whether a speech verb comes right after the quote's closing mark: "...," said X. */
        private boolean followsQuote(Sentence s, int word, Scope scope) {
            int start = s.tokens().get(word).start();
            return start > scope.quote.close() && article.article().text()
                    .substring(scope.quote.close() + 1, start).replaceAll("[\\s,\u2019'\u201d\"]", "").isEmpty();
        }

        /**
         * The subject of a speech word: its own, its passive agent, its controller's ("prompting
         * Belgium to call for"), its first conjunct's, a relative clause's antecedent; a speech
         * noun's possessor, or the subject of the verb whose object it is ("issued a statement").
         */
        private int subjectOf(Sentence s, int word, Scope scope) {
            int cur = word;
            for (int guard = 0; guard < 5 && cur >= 0; guard++) {
                int own = ownSubject(s, cur, scope);
                if (own != -1) {
                    return own;
                }
                Dependency up = governing(s, cur);
                if (up == null) {
                    return -1;
                }
                Token head = s.tokens().get(up.head());
                String rel = base(up.rel());
                boolean nounHead = head.isNoun() || head.pos().startsWith("PRP");
                if ((rel.equals("acl") || rel.equals("dep")) && nounHead && !lexicon.isSpeechNoun(head)) {
                    return scope.usable(head) ? up.head() : -1;
                }
                if (rel.equals("xcomp")) {
                    int controller = Syntax.child(s, up.head(), "obj");
                    if (controller >= 0 && scope.usable(s.tokens().get(controller))) {
                        return controller;
                    }
                } else if (!Set.of("conj", "advcl", "dep", "acl", "obj").contains(rel)) {
                    return -1;
                }
                cur = up.head();
            }
            return -1;
        }

        /** A word's own subject; -2 when it has a relative pronoun without antecedent; -1 when none. */
        private int ownSubject(Sentence s, int cur, Scope scope) {
            boolean noun = s.tokens().get(cur).isNoun();
            boolean passive = s.tokens().get(cur).pos().equals("VBN");
            for (Dependency d : s.childrenOf(cur)) {
                String rel = d.rel();
                boolean subjectRel = noun ? rel.equals("nmod:poss") || rel.equals("nmod:by") || rel.equals("nmod:agent")
                        : rel.equals("nsubj") || rel.equals("nsubj:xsubj")
                        || (passive && (rel.equals("obl:by") || rel.equals("obl:agent")));
                Token t = s.tokens().get(d.dep());
                if (subjectRel && scope.usable(t) && Speakers.isWord(t)) {
                    if (RELATIVE_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
                        Dependency up = s.parentOf(cur);
                        return up != null && up.rel().startsWith("acl") ? up.head() : -2;
                    }
                    if (noun && t.pos().equals("PRP$")) {
                        // "The candidate has continued his warnings": the subject names him
                        Dependency up = governing(s, cur);
                        int verbSubject = up == null ? -1 : Syntax.child(s, up.head(), "nsubj");
                        if (verbSubject >= 0 && scope.usable(s.tokens().get(verbSubject))) {
                            return verbSubject;
                        }
                    }
                    return d.dep();
                }
            }
            return -1;
        }

        /** The arc that governs a token, preferring a clause-joining one to the parser's catch-all {@code dep}. */
        private Dependency governing(Sentence s, int token) {
            Dependency found = null;
            for (Dependency d : s.dependencies()) {
                if (d.dep() == token && d.head() >= 0 && !d.rel().equals("ref")) {
                    if (found == null || found.rel().equals("dep")) {
                        found = d;
                    }
                }
            }
            return found;
        }

        /** The subject's noun phrase {@code [first, last)}: its modifiers, appositions, not its clause. */
        private int[] phrase(Sentence s, int head, Scope scope, int verb) {
            int lo = head;
            int hi = head;
            List<Integer> todo = new ArrayList<>(List.of(head));
            boolean[] seen = new boolean[s.tokens().size()];
            seen[head] = true;
            while (!todo.isEmpty()) {
                int cur = todo.remove(todo.size() - 1);
                for (Dependency d : s.childrenOf(cur)) {
                    int t = d.dep();
                    if (seen[t] || CLAUSE_RELATIONS.contains(d.rel()) || d.rel().startsWith("acl:relcl")
                            || lexicon.isSpeechVerb(s.tokens().get(t))
                            || !scope.usable(s.tokens().get(t)) || (t < verb) != (head < verb) || t == verb) {
                        continue;
                    }
                    seen[t] = true;
                    lo = Math.min(lo, t);
                    hi = Math.max(hi, t);
                    todo.add(t);
                }
            }
            return new int[] {lo, hi + 1};
        }

        /**
         * After an inverted speech verb, where the subject's words stop: the sentence's end, a
         * quote, or a participle clause ("said X, adding ..."); a relative clause stays.
         */
        private int phraseEndAfter(Sentence s, int verb, Scope scope) {
            int i = verb + 1;
            while (i < s.tokens().size()) {
                Token t = s.tokens().get(i);
                String w = t.word();
                if (!scope.usable(t) || ".;:?!".contains(w) && !w.isEmpty() || lexicon.isSourceMarker(s, i)
                        || t.pos().equals("WRB") || isMarker(s, i)) {
                    break;
                }
                if (w.equals(",") && i + 1 < s.tokens().size() && i > verb + 1) {
                    Token next = s.tokens().get(i + 1);
                    if (next.isVerb() || lexicon.isSpeechVerb(next)) {
                        break;
                    }
                }
                i++;
            }
            return i;
        }

        /** A subordinating word that opens an adverbial clause: "when", "because", "after". */
        private boolean isMarker(Sentence s, int token) {
            Dependency d = governing(s, token);
            return d != null && d.rel().equals("mark") && !s.tokens().get(token).pos().equals("TO");
        }

        private int lastNonAux(Sentence s, int from, int verb) {
            int end = verb;
            while (end > from && (isAuxiliary(s, end - 1) || s.tokens().get(end - 1).pos().equals("MD"))) {
                end--;
            }
            return end;
        }

        private boolean isAuxiliary(Sentence s, int token) {
            Dependency d = s.parentOf(token);
            return d != null && (d.rel().startsWith("aux") || d.rel().equals("cop"));
        }

        private int headOf(Sentence s, int first, int last) {
            for (int i = first; i < last; i++) {
                Dependency d = s.parentOf(i);
                if (Speakers.isWord(s.tokens().get(i)) && (d == null || d.head() < first || d.head() >= last)) {
                    return i;
                }
            }
            return first;
        }

        private int depth(Sentence s, int token) {
            int d = 0;
            for (Dependency up = s.parentOf(token); up != null && up.head() >= 0 && d < 50; up = s.parentOf(up.head())) {
                d++;
            }
            return d;
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

        /** Which tokens count for one quotation: its own words, and those its speaker may be among. */
        private final class Scope {
            final QuoteSpan quote;
            final QuoteSpan outer;

            Scope(QuoteSpan quote, QuoteSpan outer) {
                this.quote = quote;
                this.outer = outer;
            }

            boolean inside(Token t) {
                return quote.covers(t.start(), t.end());
            }

            /** A token outside the quote and its marks, in the text the speaker may be named in. */
            boolean usable(Token t) {
                if (t.end() > quote.open() && t.start() <= quote.close()) {
                    return false;
                }
                if (outer != null) {
                    return outer.covers(t.start(), t.end());
                }
                return !insideOther(t);
            }

            /** A token of another top-level quotation (or of this one's enclosing one). */
            boolean insideOther(Token t) {
                if (outer != null) {
                    return !outer.covers(t.start(), t.end());
                }
                for (QuoteSpan other : topLevel) {
                    if (other != quote && t.end() > other.open() && t.start() <= other.close()) {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    private static String base(String rel) {
        int colon = rel.indexOf(':');
        return colon < 0 ? rel : rel.substring(0, colon);
    }
}
