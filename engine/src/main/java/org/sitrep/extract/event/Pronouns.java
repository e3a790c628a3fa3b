package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.Syntax;
import org.sitrep.extract.actor.ActorSet;
import org.sitrep.extract.actor.Mention;
import org.sitrep.model.ActorKind;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Sentence;

/** Finds the actor a personal pronoun stands for among those told just before it; stateless and thread-safe. */
final class Pronouns {

    /** How many sentences back a pronoun's referent may be told. */
    static final int PRONOUN_REACH = 2;

    static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "she", "her");
    /** "Each was killed": each of a group told before. */
    static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "each");
    static final Set<ActorKind> GROUP_KINDS = Set.of(ActorKind.CIVILIANS, ActorKind.ARMED_GROUP,
            ActorKind.MILITARY, ActorKind.POLICE, ActorKind.ORGANIZATION);

    private Pronouns() {
    }

    /**
     * The actor a personal pronoun stands for: the nearest earlier actor of a fitting kind in its
     * sentence or the two before (a person, or "a man", for "he"; a group for "they"), the nearest
     * sentence first and in it the subjects of clauses first, as news keeps its topic in subject position ("the peasants had no clash
     * with the army. They were shot ..."); null if none.
     */
    static String pronounReferent(AnnotatedArticle article, Sentence s, int pronoun, ActorSet actors) {
        String word = s.tokens().get(pronoun).word().toLowerCase(Locale.ROOT);
        Set<ActorKind> kinds = PERSON_PRONOUNS.contains(word) ? Set.of(ActorKind.PERSON, ActorKind.CIVILIANS)
                : GROUP_PRONOUNS.contains(word) ? GROUP_KINDS : Set.of();
        List<Mention> candidates = new ArrayList<>();
        for (Mention m : actors.byMention().keySet()) {
            boolean before = m.sentence() == s.index() && m.last() <= pronoun
                    || m.sentence() < s.index() && m.sentence() >= s.index() - PRONOUN_REACH;
            ActorKind kind = Participants.kindOf(actors, actors.byMention().get(m));
            if (before && kind != null && kinds.contains(kind)) {
                candidates.add(m);
            }
        }
        candidates.sort((a, b) -> a.sentence() != b.sentence() ? b.sentence() - a.sentence() : b.first() - a.first());
        for (int sentence : candidates.stream().map(Mention::sentence).distinct().toList()) {
            String found = referentIn(article, candidates.stream().filter(m -> m.sentence() == sentence).toList(), actors);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The first of one sentence's candidate mentions that is a clause's subject, else the first that is no modifier. */
    private static String referentIn(AnnotatedArticle article, List<Mention> candidates, ActorSet actors) {
        for (boolean subjectsOnly : new boolean[] {true, false}) {
            for (Mention m : candidates) {
                Sentence in = article.sentences().get(m.sentence());
                int head = Syntax.head(in, m.first(), m.last());
                String rel = Syntax.relation(in, head);
                if (Set.of("compound", "amod", "nmod:poss").contains(rel)) {
                    continue; // "no guerrilla clashes" names no guerrillas for "each" to stand for
                }
                if (!subjectsOnly || rel.startsWith("nsubj")) {
                    return actors.byMention().get(m);
                }
            }
        }
        return null;
    }
}
