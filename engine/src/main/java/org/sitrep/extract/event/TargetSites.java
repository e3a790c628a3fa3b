package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.Syntax;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Finds where the attacks of a sentence have the heads of their target phrases, for {@link AttackTargets} to make
 * actors of what no one named; immutable and thread-safe.
 */
final class TargetSites {

    /** Prepositions that put a verb's target after it: "fired on X", "planted a bomb under X". */
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("on", "against", "at", "upon", "inside", "under");

    private final AttackTargets targets;
    private final AttackRoles roles;

    TargetSites(AttackTargets targets, AttackRoles roles) {
        this.targets = targets;
        this.roles = roles;
    }

    /**
     * Where the target phrases of the attack trigger at the token have their heads, each followed by where the people
     * a pronoun head stands for are told.
     */
    List<AttackTargets.Site> of(AnnotatedArticle article, Sentence s, int token, Trigger trigger) {
        List<AttackTargets.Site> sites = new ArrayList<>();
        List<Integer> heads = trigger.verb() ? verbTargetHeads(s, token) : List.of(nounTargetHead(s, token));
        for (int head : heads) {
            if (head >= 0) {
                sites.add(new AttackTargets.Site(s.index(), head));
                AttackTargets.Site referent = pronounSite(article, s, head);
                if (referent != null) {
                    sites.add(referent);
                }
            }
        }
        return sites;
    }

    /**
     * Where a verb's target phrase may have its head: the noun it modifies, its object, its
     * on/against/at phrases. All are offered, since the parser may take a result for the object
     * ("a bomb exploded at the door, causing damages").
     */
    private static List<Integer> verbTargetHeads(Sentence s, int v) {
        Dependency up = s.parentOf(v);
        if (up != null && up.head() >= 0 && Arguments.modifiedBy(up, s.tokens().get(v))) {
            return List.of(Arguments.whole(s, up.head()));
        }
        List<Integer> heads = new ArrayList<>();
        heads.add(Arguments.undergoer(s, v));
        for (Dependency d : s.childrenOf(v)) {
            String p = d.rel().startsWith("obl") ? Syntax.preposition(s, d.dep()) : null;
            if (p != null && TARGET_PREPOSITIONS.contains(p)) {
                heads.add(d.dep());
            }
        }
        return heads;
    }

    /**
     * Where a nominal attack's target phrase has its head: "the bombing of X", "an attack on X",
     * "X was the target of the attack"; -1 if none.
     */
    private int nounTargetHead(Sentence s, int n) {
        for (Dependency d : s.childrenOf(n)) {
            String p = Syntax.preposition(s, d.dep());
            if (d.rel().startsWith("nmod") && p != null && Set.of("on", "against", "of", "at").contains(p)) {
                return d.dep();
            }
        }
        int victim = roles.participant(s, n, AttackRoles.Role.VICTIM);
        return victim >= 0 ? victim : Arguments.hitInAttack(s, n);
    }

    /**
     * Where the people a pronoun target stands for are told, when the lexicon knows them and no
     * actor may cover them ("the body of a man was found. He was shot"): the nearest fitting noun
     * before it, in its sentence or the two before; null if none.
     */
    private AttackTargets.Site pronounSite(AnnotatedArticle article, Sentence s, int pronoun) {
        String word = s.tokens().get(pronoun).word().toLowerCase(Locale.ROOT);
        if (!Pronouns.PERSON_PRONOUNS.contains(word) && !Pronouns.GROUP_PRONOUNS.contains(word)) {
            return null;
        }
        boolean plural = Pronouns.GROUP_PRONOUNS.contains(word);
        for (int si = s.index(); si >= Math.max(0, s.index() - Pronouns.PRONOUN_REACH); si--) {
            Sentence in = article.sentences().get(si);
            for (int i = si == s.index() ? pronoun - 1 : in.tokens().size() - 1; i >= 0; i--) {
                Token t = in.tokens().get(i);
                if (targets.knows(t) && t.pos().startsWith("NNS") == plural && !t.pos().startsWith("NNP")) {
                    return new AttackTargets.Site(si, i);
                }
            }
        }
        return null;
    }
}
