package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.Syntax;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * The questions about a sentence's parse that tie a quotation to its speaker: the speech word
 * above a quote, a speech word's subject, the words of the subject's phrase. Immutable and
 * thread-safe.
 */
final class Clauses {

    /** How far up the parse a quote may sit below the speech word that governs it. */
    private static final int MAX_CLIMB = 8;
    /** Relations that leave a noun phrase: a subject's phrase does not follow them. */
    private static final Set<String> CLAUSE_RELATIONS = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj", "csubj",
            "ccomp", "xcomp", "parataxis", "advcl", "acl:relcl", "dep", "mark", "aux", "aux:pass", "cop", "ref",
            "discourse", "vocative", "expl", "obj", "iobj");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "that", "which", "whom");

    private final SpeechLexicon lexicon;

    Clauses(SpeechLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The subject of a speech word: its own, its passive agent, its controller's ("prompting
     * Belgium to call for"), its first conjunct's, a relative clause's antecedent; a speech
     * noun's possessor, or the subject of the verb whose object it is ("issued a statement").
     */
    int subjectOf(Sentence s, int word, Scope scope) {
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
            if (up.rel().startsWith("acl:") && !up.rel().equals("acl:relcl")) {
                // "X labeled Y the worst Z after dismissing ...": a marked clause is adverbial, misattached
                cur = verbAbove(s, up.head());
                continue;
            }
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
    Dependency governing(Sentence s, int token) {
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
    int[] phrase(Sentence s, int head, Scope scope, int verb) {
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
    int phraseEndAfter(Sentence s, int verb, Scope scope) {
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

    /** The noun-phrase words right before a verb the parser left without subject. */
    int chunkBefore(Sentence s, int verb, Scope scope) {
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

    /** A subordinating word that opens an adverbial clause: "when", "because", "after". */
    boolean isMarker(Sentence s, int token) {
        Dependency d = governing(s, token);
        return d != null && d.rel().equals("mark") && !s.tokens().get(token).pos().equals("TO");
    }

    /** A verb form used as a noun's modifier ("the document-dumping organization"), not a clause. */
    boolean isModifier(Sentence s, int token) {
        Dependency d = governing(s, token);
        return d != null && (d.rel().equals("amod") || d.rel().startsWith("compound"));
    }

    boolean isAuxiliary(Sentence s, int token) {
        Dependency d = s.parentOf(token);
        return d != null && (d.rel().startsWith("aux") || d.rel().equals("cop"));
    }

    int lastNonAux(Sentence s, int from, int verb) {
        int end = verb;
        while (end > from && (isAuxiliary(s, end - 1) || s.tokens().get(end - 1).pos().equals("MD"))) {
            end--;
        }
        return end;
    }

    int headOf(Sentence s, int first, int last) {
        for (int i = first; i < last; i++) {
            Dependency d = s.parentOf(i);
            if (Speakers.isWord(s.tokens().get(i)) && (d == null || d.head() < first || d.head() >= last)) {
                return i;
            }
        }
        return first;
    }

    int depth(Sentence s, int token) {
        int d = 0;
        for (Dependency up = s.parentOf(token); up != null && up.head() >= 0 && d < 50; up = s.parentOf(up.head())) {
            d++;
        }
        return d;
    }

    int root(Sentence s) {
        for (Dependency d : s.dependencies()) {
            if (d.head() < 0) {
                return d.dep();
            }
        }
        return -1;
    }

    /** Whether tokens {@code [first, last)} can be a speaker: they hold a noun or a pronoun. */
    boolean namesSomeone(Sentence s, int first, int last) {
        for (int i = first; i < last; i++) {
            Token t = s.tokens().get(i);
            if (t.isNoun() || t.pos().equals("PRP") || t.pos().equals("CD")) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code {token, steps}} of the nearest speech word above {@code from}, or {@code {-1, -1}}.
     * Climbs every governor, not only the first: the enhanced parse gives a conjunct two.
     */
    int[] climb(Sentence s, int from, Scope scope) {
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

    /** The nearest verb at or above a token, or -1. */
    private int verbAbove(Sentence s, int token) {
        int cur = token;
        for (int guard = 0; guard < 8 && cur >= 0; guard++) {
            if (s.tokens().get(cur).isVerb()) {
                return cur;
            }
            Dependency up = governing(s, cur);
            cur = up == null ? -1 : up.head();
        }
        return -1;
    }

    /** A relation without its subtype: {@code nmod} for {@code nmod:poss}. */
    static String base(String rel) {
        int colon = rel.indexOf(':');
        return colon < 0 ? rel : rel.substring(0, colon);
    }
}
