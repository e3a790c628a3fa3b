package org.sitrep.extract.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.sitrep.extract.Syntax;
import org.sitrep.extract.actor.ActorSet;
import org.sitrep.model.Dependency;
import org.sitrep.model.Polarity;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeMention;
import org.sitrep.model.Token;

/**
 * Finds the trigger a token starts: a lexicon entry for its lemma whose frame conditions hold in the parse; immutable
 * and thread-safe.
 */
final class TriggerMatcher {

    private final TriggerLexicon lexicon;

    TriggerMatcher(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The first lexicon entry for the token, two-word compounds first, whose frame holds; null if none. */
    Trigger at(Sentence s, Token t, ActorSet actors) {
        for (TimeMention time : s.times()) {
            if (t.index() >= time.firstToken() && t.index() < time.lastToken()) {
                return null; // "on 1 March": a date's word is no protest march
            }
        }
        List<Trigger> candidates = new ArrayList<>();
        if (t.isVerb()) {
            candidates.addAll(lexicon.lookup(t.lemma(), true));
        } else if (t.isNoun()) {
            if (t.index() > 0) {
                candidates.addAll(lexicon.lookup(s.tokens().get(t.index() - 1).lemma() + " " + t.lemma(), false));
            }
            candidates.addAll(lexicon.lookup(t.lemma(), false));
        }
        for (Trigger c : candidates) {
            if (frameHolds(s, t, c, actors)) {
                return c;
            }
        }
        return null;
    }

    private boolean frameHolds(Sentence s, Token t, Trigger c, ActorSet actors) {
        if (!wordsPresent(s, c, actors)) {
            return false; // decided without the parse, which the sentence may then never need
        }
        List<String> prt = c.words("prt");
        if (prt != null && !hasChildWord(s, t.index(), prt, "compound:prt")) {
            return false;
        }
        List<String> prep = c.words("prep");
        if (prep != null && !hasPreposition(s, t.index(), prep)) {
            return false;
        }
        String needs = c.condition("needs");
        if ("obj-actor".equals(needs)) {
            int obj = Arguments.objectOf(s, t.index());
            return obj >= 0 && Arguments.actorInPhrase(s, obj, actors) != null;
        }
        if ("no-obj".equals(needs)) {
            return Syntax.child(s, t.index(), "obj") < 0;
        }
        if ("obj".equals(needs) && Arguments.objectOf(s, t.index()) < 0) {
            return false;
        }
        if ("clause".equals(needs) && Syntax.child(s, t.index(), "ccomp") < 0) {
            return false;
        }
        if (c.frame().contains("noacl") && bareParticiple(s, t.index())) {
            return false; // "foreigners accused of fighting": a description, not an accusation someone makes
        }
        if (c.frame().contains("noing") && nounModifying(s, t.index(), "VBG")) {
            return false; // "fighters occupying the town": who holds it, not a taking
        }
        if (c.frame().contains("noamod") && describing(s, t.index())) {
            return false; // "the occupied territories": which land, not a taking the text reports
        }
        if ("negated".equals(needs) && Modality.polarity(s, t.index()) != Polarity.NEGATED) {
            return false; // "will not accept refugees" is a refusal, not a concession
        }
        List<String> objWords = c.words("objword");
        if (objWords != null) {
            int obj = c.verb() ? Arguments.objectOf(s, t.index()) : t.index();
            if (obj < 0 || !phraseHasWord(s, obj, objWords)) {
                return false;
            }
        }
        List<String> subjWords = c.words("subjword");
        if (subjWords != null) {
            int subj = Syntax.child(s, t.index(), "nsubj");
            return subj >= 0 && phraseHasWord(s, subj, subjWords);
        }
        return true;
    }

    /** A past participle modifying a noun, with no agent: "foreigners accused of ...". */
    private static boolean bareParticiple(Sentence s, int v) {
        return nounModifying(s, v, "VBN") && Syntax.child(s, v, "obl:agent") < 0;
    }

    /** A past participle before the noun it describes: "the occupied territories". */
    private static boolean describing(Sentence s, int v) {
        Dependency up = s.parentOf(v);
        return up != null && up.rel().equals("amod") && up.head() > v && s.tokens().get(v).pos().equals("VBN");
    }

    /** Whether a verb of the given part of speech modifies a noun ("fighters occupying the town"). */
    private static boolean nounModifying(Sentence s, int v, String pos) {
        Dependency up = s.parentOf(v);
        return up != null && up.rel().startsWith("acl") && s.tokens().get(v).pos().equals(pos);
    }

    /**
     * What a frame needs that the words show: the words its conditions name are in the sentence,
     * an actor is when its object must name one, and a negation when it must be negated. The
     * frames that decide on their object alone ({@code needs=obj-actor}, {@code needs=no-obj})
     * read no object or subject words.
     */
    private static boolean wordsPresent(Sentence s, Trigger c, ActorSet actors) {
        String needs = c.condition("needs");
        if ("obj-actor".equals(needs) && !actors.mentionsIn(s.index()) || "negated".equals(needs) && !Modality.mayNegate(s)) {
            return false;
        }
        boolean objectOnly = "obj-actor".equals(needs) || "no-obj".equals(needs);
        for (String condition : List.of("prt", "prep", "objword", "subjword")) {
            List<String> words = c.words(condition);
            boolean read = !objectOnly || condition.equals("prt") || condition.equals("prep");
            if (words != null && read && !sentenceHasWord(s, words)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sentenceHasWord(Sentence s, List<String> words) {
        for (Token tok : s.tokens()) {
            if (isOneOf(tok, words)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token is one of the words, by lemma or word; {@code arm*} is a prefix. */
    private static boolean isOneOf(Token tok, List<String> words) {
        String word = tok.word().toLowerCase(Locale.ROOT);
        String lemma = tok.lemma().toLowerCase(Locale.ROOT);
        for (String w : words) {
            boolean hit = w.endsWith("*")
                    ? word.startsWith(w.substring(0, w.length() - 1)) || lemma.startsWith(w.substring(0, w.length() - 1))
                    : word.equals(w) || lemma.equals(w);
            if (hit) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a phrase (its head and dependents, not crossing clauses) holds one of the words, by
     * lemma or word; {@code arm*} is a prefix.
     */
    static boolean phraseHasWord(Sentence s, int head, List<String> words) {
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(head);
        int guard = 0;
        while (!queue.isEmpty() && guard++ < 40) {
            int i = queue.poll();
            if (isOneOf(s.tokens().get(i), words)) {
                return true;
            }
            for (Dependency d : s.childrenOf(i)) {
                if (d.rel().equals("conj") || !Arguments.CLAUSE_BOUNDARIES.contains(d.rel())) {
                    queue.add(d.dep()); // "grenades and ammunition": every conjunct counts
                }
            }
        }
        return false;
    }

    private static boolean hasChildWord(Sentence s, int head, List<String> words, String rel) {
        for (Dependency d : s.childrenOf(head)) {
            if (d.rel().equals(rel) && words.contains(s.tokens().get(d.dep()).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPreposition(Sentence s, int head, List<String> preps) {
        for (Dependency d : s.childrenOf(head)) {
            String word = s.tokens().get(d.dep()).word().toLowerCase(Locale.ROOT);
            if (d.rel().equals("compound:prt") && preps.contains(word)) {
                return true;
            }
            if (d.rel().startsWith("obl") || d.rel().startsWith("nmod") || d.rel().equals("obj")) {
                String p = Syntax.preposition(s, d.dep());
                if ((p != null && preps.contains(p)) || preps.contains(word)) {
                    return true;
                }
            }
            if (d.rel().startsWith("advcl") || d.rel().equals("xcomp")) {
                int mark = Syntax.child(s, d.dep(), "mark");
                if (mark >= 0 && preps.contains(s.tokens().get(mark).word().toLowerCase(Locale.ROOT))) {
                    return true; // "called on his allies to take back ...", parsed as a clause
                }
            }
        }
        return false;
    }
}
