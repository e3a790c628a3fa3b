package org.sitrep.extract.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.actor.ActorSet;
import org.sitrep.extract.actor.Mention;
import org.sitrep.extract.place.PlaceSet;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.resolve.DataFile;

/**
 * Makes actors of what an attack strikes when no dictionary or name tagger named it: a building,
 * a vehicle, a bridge (kind {@code property}) or people told by a common noun ("a corporal",
 * "peasants"). Immutable and thread-safe.
 */
final class AttackTargets {

    /** Left dependents that belong to a target's name; determiners and counts do not ("the two buses"). */
    private static final Set<String> NAME_PARTS = Set.of("compound", "amod", "nmod:poss", "flat", "dep", "appos");
    /** Dependents that start another phrase, never part of the target's own. */
    private static final Set<String> OTHER_PHRASES = Set.of("conj", "cc", "punct", "acl:relcl", "parataxis");

    private final Map<String, ActorKind> nouns;

    AttackTargets(Map<String, ActorKind> nouns) {
        this.nouns = Map.copyOf(nouns);
    }

    static AttackTargets embedded() {
        Map<String, ActorKind> nouns = new HashMap<>();
        for (String[] row : DataFile.rows(AttackTargets.class, "/org/sitrep/extract/attack-targets.tsv")) {
            nouns.put(row[0].trim(), ActorKind.parse(row[1]));
        }
        return new AttackTargets(nouns);
    }

    /** A place in a sentence where an attack's target phrase has its head: sentence and token. */
    record Site(int sentence, int head) {}

    /**
     * The actors plus one for each target head the lexicon knows that no actor covers: a
     * physical target even when its phrase names an owner ("the home of a general" is the home),
     * people only when the phrase names no actor. One actor per name across the article.
     */
    ActorSet add(AnnotatedArticle article, ActorSet actors, PlaceSet places, List<Site> sites) {
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        Map<String, ActorKind> kinds = new HashMap<>();
        Map<String, List<String>> aliases = new HashMap<>();
        for (Site site : sites) {
            Sentence s = article.sentences().get(site.sentence());
            Token head = s.tokens().get(known(s, site.head()));
            ActorKind kind = kindOf(head);
            if (kind == null || !head.isNoun() || actors.actorAt(s.index(), head.index()) != null
                    || isPlace(places, head) || kind != ActorKind.PROPERTY && namesActor(s, head.index(), actors, kind)) {
                continue;
            }
            int first = leftEdge(s, head.index());
            int last = rightEdge(s, head.index());
            String text = article.article().text();
            String name = text.substring(s.tokens().get(first).start(), head.end());
            String key = name.toLowerCase(Locale.ROOT);
            Span span = new Span(s.tokens().get(first).start(), head.end());
            byName.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(span, s.index(), first,
                    head.index() + 1, name, key, kind, null, null, null));
            kinds.putIfAbsent(key, kind);
            List<String> forms = aliases.computeIfAbsent(key, k -> new ArrayList<>());
            String whole = text.substring(s.tokens().get(first).start(), s.tokens().get(last).end());
            for (String form : List.of(whole, head.word())) {
                if (!form.equalsIgnoreCase(name) && !forms.contains(form)) {
                    forms.add(form);
                }
            }
        }
        if (byName.isEmpty()) {
            return actors;
        }
        List<Actor> all = new ArrayList<>(actors.actors());
        Map<Mention, String> mentions = new HashMap<>(actors.byMention());
        for (Map.Entry<String, List<Mention>> e : byName.entrySet()) {
            String id = "A" + (all.size() + 1);
            List<Mention> ms = e.getValue();
            all.add(new Actor(id, ms.get(0).surface(), kinds.get(e.getKey()), null, null, null,
                    aliases.get(e.getKey()), ms.stream().map(Mention::span).distinct().toList()));
            ms.forEach(m -> mentions.put(m, id));
        }
        return new ActorSet(all, mentions, actors.placeUses());
    }

    /** The head itself, else the thing it is a part of when the lexicon knows that: "the front door of the home". */
    private int known(Sentence s, int head) {
        int at = head;
        for (int depth = 0; depth < 2 && kindOf(s.tokens().get(at)) == null; depth++) {
            int of = -1;
            for (Dependency d : s.childrenOf(at)) {
                if (d.rel().equals("nmod:of") || d.rel().equals("nmod:poss")) {
                    of = d.dep();
                    break;
                }
            }
            if (of < 0) {
                return head;
            }
            at = of;
        }
        return at;
    }

    /** Whether the lexicon knows the noun as something attacks strike. */
    boolean knows(Token t) {
        return t.isNoun() && kindOf(t) != null;
    }

    /** By the word first: "people" is no "person" (one person killed in a protest is no target group). */
    private ActorKind kindOf(Token t) {
        ActorKind byWord = nouns.get(t.word().toLowerCase(Locale.ROOT));
        return byWord != null ? byWord : nouns.get(t.lemma().toLowerCase(Locale.ROOT));
    }

    private static boolean isPlace(PlaceSet places, Token head) {
        Span at = new Span(head.start(), head.end());
        return places.byMention().keySet().stream().anyMatch(p -> p.overlaps(at));
    }

    /**
     * Whether the people noun's own name parts or apposition name an actor ("Mayor Alfredo
     * X", "the mayor, X"): that actor is the target. An owner's phrase does not count: in "the
     * bodyguards of a minister" the bodyguards are hit; nor, for one person, the body they
     * serve: in "the police commander" the commander is hit.
     */
    private static boolean namesActor(Sentence s, int head, ActorSet actors, ActorKind kind) {
        Deque<Integer> queue = new ArrayDeque<>(List.of(head));
        for (int guard = 0; !queue.isEmpty() && guard < 40; guard++) {
            int i = queue.poll();
            String a = actors.actorAt(s.index(), i);
            if (a != null && (kind != ActorKind.PERSON || actors.byId(a).kind() == ActorKind.PERSON)) {
                return true;
            }
            for (Dependency d : s.childrenOf(i)) {
                if (Set.of("compound", "flat", "amod", "appos").contains(d.rel())) {
                    queue.add(d.dep());
                }
            }
        }
        return false;
    }

    /**
     * The first token of the target's name: the leftmost token of its name-part dependents'
     * phrases; a past participle tells what befell it ("the murdered mayor"), not its name.
     */
    private static int leftEdge(Sentence s, int head) {
        int first = head;
        for (Dependency d : s.childrenOf(head)) {
            if (d.dep() < head && NAME_PARTS.contains(d.rel()) && !s.tokens().get(d.dep()).pos().equals("VBN")) {
                first = Math.min(first, subtreeMin(s, d.dep(), 0));
            }
        }
        return first;
    }

    /** The last token of the whole target phrase, with its modifiers but not its conjuncts. */
    private static int rightEdge(Sentence s, int head) {
        int last = head;
        for (Dependency d : s.childrenOf(head)) {
            if (d.dep() > head && !OTHER_PHRASES.contains(d.rel())) {
                last = Math.max(last, subtreeMax(s, d.dep(), 0));
            }
        }
        return last;
    }

    /** Depth-limited: enhanced dependencies may hold cycles. */
    private static int subtreeMin(Sentence s, int token, int depth) {
        int min = token;
        for (Dependency d : depth < 8 ? s.childrenOf(token) : List.<Dependency>of()) {
            min = Math.min(min, subtreeMin(s, d.dep(), depth + 1));
        }
        return min;
    }

    private static int subtreeMax(Sentence s, int token, int depth) {
        int max = token;
        for (Dependency d : depth < 8 ? s.childrenOf(token) : List.<Dependency>of()) {
            if (!d.rel().equals("punct") && !d.rel().equals("acl:relcl")) {
                max = Math.max(max, subtreeMax(s, d.dep(), depth + 1));
            }
        }
        return max;
    }
}
