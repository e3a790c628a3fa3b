package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.actor.ActorSet;
import org.sitrep.extract.actor.Mention;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Turns the subject of a speech word into an {@link Attribution}: the actor mentioned in the
 * phrase, a pronoun's antecedent (the person last named, the group last named), or a definite
 * description that names no one new ("the stocky 40-year-old") read as the last speaker.
 * Holds one article's state; confined to one extraction.
 */
final class Speakers {

    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "their");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "we", "us");
    private static final Set<ActorKind> GROUP_KINDS = Set.of(ActorKind.ARMED_GROUP, ActorKind.MILITARY,
            ActorKind.POLICE, ActorKind.CIVILIANS, ActorKind.PARTY, ActorKind.GOVERNMENT);

    private final AnnotatedArticle article;
    private final ActorSet actors;
    private final List<Mention> mentions;
    private final List<QuoteSpan> topLevel;
    private Attribution lastPersonSpeaker;

    Speakers(AnnotatedArticle article, ActorSet actors, List<QuoteSpan> topLevel) {
        this.article = article;
        this.actors = actors;
        this.topLevel = topLevel;
        List<Mention> ms = new ArrayList<>(actors.byMention().keySet());
        ms.sort(Comparator.comparingInt((Mention m) -> m.span().start()));
        this.mentions = ms;
    }

    /** Remembers a speaker, so that a later description of a person can refer back to it. */
    void heard(Attribution a) {
        if (a != null && a.speaker() != null) {
            Actor actor = actors.byId(a.speaker());
            if (actor != null && actor.kind() == ActorKind.PERSON) {
                lastPersonSpeaker = a;
            }
        }
    }

    /**
     * The speaker named by tokens {@code [first, last)} of a sentence whose head is {@code head}.
     *
     * @param outer the speaker of the quotation this phrase lies in, or null outside quotes
     */
    Attribution of(Sentence s, int first, int last, int head, Attribution outer) {
        Token h = s.tokens().get(head);
        String word = h.word().toLowerCase(Locale.ROOT);
        if (h.pos().startsWith("PRP")) {
            if (FIRST_PERSON.contains(word)) {
                return outer;
            }
            if (PERSON_PRONOUNS.contains(word)) {
                return antecedent(h.start(), true);
            }
            if (GROUP_PRONOUNS.contains(word)) {
                return antecedent(h.start(), false);
            }
            return null;
        }
        String name = surface(s, first, last);
        String id = actors.actorAt(s.index(), head);
        if (id == null) {
            id = personIn(s, first, last);
        }
        if (id == null) {
            Span span = new Span(s.tokens().get(first).start(), s.tokens().get(last - 1).end());
            id = actors.actorIn(span);
        }
        if (id == null && isDescription(s, first, last) && lastPersonSpeaker != null) {
            id = lastPersonSpeaker.speaker();
        }
        return new Attribution(id, name);
    }

    private String personIn(Sentence s, int first, int last) {
        for (int i = first; i < last; i++) {
            String id = actors.actorAt(s.index(), i);
            Actor a = id == null ? null : actors.byId(id);
            if (a != null && a.kind() == ActorKind.PERSON) {
                return id;
            }
        }
        return null;
    }

    /** "the stocky 40-year-old": definite, and naming nobody (no proper noun). */
    private static boolean isDescription(Sentence s, int first, int last) {
        if (!s.tokens().get(first).word().equalsIgnoreCase("the")) {
            return false;
        }
        for (int i = first; i < last; i++) {
            if (s.tokens().get(i).isProperNoun()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The actor a pronoun at {@code offset} refers to: of the latest sentence that names a person
     * (or a group) outside any quotation, the mention in subject position, else its first one.
     * A pronoun subject in a later sentence ("He praised X") refers back the same way.
     */
    private Attribution antecedent(int offset, boolean person) {
        return antecedent(offset, person, 0);
    }

    private Attribution antecedent(int offset, boolean person, int depth) {
        List<Mention> best = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.span().end() > offset || insideQuote(m.span())) {
                continue;
            }
            if (fits(m, person)) {
                if (!best.isEmpty() && best.get(0).sentence() != m.sentence()) {
                    best.clear();
                }
                best.add(m);
            }
        }
        if (best.isEmpty()) {
            return null;
        }
        if (person && depth < 5) {
            Token pronoun = subjectPronounAfter(best.get(0).sentence(), offset);
            if (pronoun != null) {
                return antecedent(pronoun.start(), true, depth + 1);
            }
        }
        Mention chosen = best.get(0);
        if (person) {
            for (Mention m : best) {
                Sentence s = article.sentences().get(m.sentence());
                if (isSubject(s, m)) {
                    chosen = m;
                    break;
                }
            }
        } else {
            chosen = best.get(best.size() - 1);
        }
        String id = actors.byMention().get(chosen);
        return new Attribution(id, withoutArticle(chosen.surface()));
    }

    /** The latest "he"/"she" subject outside quotes after sentence {@code after} and before {@code offset}. */
    private Token subjectPronounAfter(int after, int offset) {
        Token found = null;
        for (Sentence s : article.sentences()) {
            if (s.index() <= after || s.span().start() >= offset) {
                continue;
            }
            for (var d : s.dependencies()) {
                Token t = s.tokens().get(d.dep());
                String w = t.word().toLowerCase(Locale.ROOT);
                if (d.rel().equals("nsubj") && (w.equals("he") || w.equals("she")) && t.end() <= offset
                        && !insideQuote(new Span(t.start(), t.end())) && (found == null || t.start() > found.start())) {
                    found = t;
                }
            }
        }
        return found;
    }

    private boolean fits(Mention m, boolean person) {
        Actor a = actors.byId(actors.byMention().get(m));
        if (a == null) {
            return false;
        }
        if (person) {
            return a.kind() == ActorKind.PERSON;
        }
        if (a.kind() == ActorKind.PERSON) {
            return false;
        }
        Sentence s = article.sentences().get(m.sentence());
        String pos = s.tokens().get(m.last() - 1).pos();
        return pos.equals("NNS") || pos.equals("NNPS") || GROUP_KINDS.contains(a.kind());
    }

    private static boolean isSubject(Sentence s, Mention m) {
        for (int i = m.first(); i < m.last(); i++) {
            for (var d : s.dependencies()) {
                if (d.dep() == i && d.rel().startsWith("nsubj") && (d.head() < m.first() || d.head() >= m.last())) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean insideQuote(Span span) {
        for (QuoteSpan q : topLevel) {
            if (q.covers(span.start(), span.end())) {
                return true;
            }
        }
        return false;
    }

    /** The text of tokens {@code [first, last)}, without the commas and dashes around it. */
    String surface(Sentence s, int first, int last) {
        String text = article.article().text();
        int a = first;
        int b = last;
        while (a < b && !isWord(s.tokens().get(a))) {
            a++;
        }
        while (b > a && !isWord(s.tokens().get(b - 1)) && !closesBracket(s, a, b - 1)) {
            b--;
        }
        if (a >= b) {
            return null;
        }
        return text.substring(s.tokens().get(a).start(), s.tokens().get(b - 1).end());
    }

    /** "Rep. Ann Lee (D-Ohio)": a closing bracket whose opening one the phrase holds stays. */
    private static boolean closesBracket(Sentence s, int first, int token) {
        if (!s.tokens().get(token).word().equals(")")) {
            return false;
        }
        for (int i = first; i < token; i++) {
            if (s.tokens().get(i).word().equals("(")) {
                return true;
            }
        }
        return false;
    }

    static boolean isWord(Token t) {
        for (int i = 0; i < t.word().length(); i++) {
            if (Character.isLetterOrDigit(t.word().charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String withoutArticle(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.startsWith("the ") ? s.substring(4) : s;
    }
}
