package org.sitrep.extract.event;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.sitrep.extract.Syntax;
import org.sitrep.extract.actor.ActorSet;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Finds where a trigger's arguments sit in the dependency parse (its object, who undergoes it, the noun it modifies)
 * and the actor a phrase names; stateless and thread-safe.
 */
final class Arguments {

    static final Set<String> CLAUSE_BOUNDARIES = Set.of("acl", "acl:relcl", "ccomp", "advcl", "parataxis",
            "punct", "conj", "cc", "dep", "xcomp");

    private Arguments() {
    }

    /** The actor a noun phrase names: at its head, else the first one inside it, not crossing clauses. */
    static String actorInPhrase(Sentence s, int head, ActorSet actors) {
        String direct = actors.actorAt(s.index(), head);
        if (direct != null) {
            return direct;
        }
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(head);
        int guard = 0;
        while (!queue.isEmpty() && guard++ < 40) {
            int i = queue.poll();
            String a = actors.actorAt(s.index(), i);
            if (a != null) {
                return a;
            }
            for (Dependency d : s.childrenOf(i)) {
                if (!CLAUSE_BOUNDARIES.contains(d.rel())) {
                    queue.add(d.dep());
                }
            }
        }
        return null;
    }

    /** The object of a verb: its direct object, its passive subject, or the subject of a small clause ("hold X accused"). */
    static int objectOf(Sentence s, int v) {
        int obj = Syntax.child(s, v, "obj", "nsubj:pass");
        if (obj >= 0) {
            return obj;
        }
        int small = Syntax.child(s, v, "xcomp");
        if (small < 0) {
            return -1;
        }
        for (Dependency d : s.childrenOf(small)) {
            if (d.rel().equals("nsubj")) {
                return d.dep(); // not nsubj:xsubj: "Kurds called for X to take them back" controls its own subject
            }
        }
        return -1;
    }

    /**
     * Who undergoes a verb: its object; for a passive verb also its subject, its own or the one
     * it shares as a conjunct ("the soldiers are members and were kidnapped"); -1 if none.
     */
    static int undergoer(Sentence s, int v) {
        int obj = objectOf(s, v);
        if (obj >= 0 || !passive(s, v)) {
            return obj;
        }
        int subj = Syntax.child(s, v, "nsubj");
        Dependency up = s.parentOf(v);
        if (subj < 0 && up != null && up.head() >= 0 && up.rel().equals("conj")) {
            subj = Syntax.child(s, up.head(), "nsubj");
        }
        return subj;
    }

    /**
     * Whether a verb is passive: a passive auxiliary or subject. The enhanced parse gives a
     * passive conjunct the copular head's subject as plain {@code nsubj} ("the soldiers are
     * members and were kidnapped"), so the auxiliary is the surer sign.
     */
    static boolean passive(Sentence s, int v) {
        for (Dependency d : s.childrenOf(v)) {
            if (d.rel().equals("aux:pass") || d.rel().equals("nsubj:pass")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The group a noun is singled out from ("14 fishermen, including 2 Colombians, killed in
     * X": the parser hangs "killed" on the part, but the killing befell the whole), else the noun.
     */
    static int whole(Sentence s, int noun) {
        Dependency up = s.parentOf(noun);
        return up != null && up.head() >= 0 && up.rel().equals("nmod:including") ? up.head() : noun;
    }

    /** Whether a past participle modifies the noun it hangs on: "the bus attacked by ...", "the murdered mayor". */
    static boolean modifiedBy(Dependency up, Token participle) {
        return (up.rel().startsWith("acl") || up.rel().equals("amod")) && participle.pos().equals("VBN");
    }

    /**
     * The object or passive subject of the verb a nominal attack is an oblique of: "shelled the
     * town in an offensive", "were injured in a bomb explosion"; -1 if none.
     */
    static int hitInAttack(Sentence s, int n) {
        for (Dependency up : s.dependencies()) {
            if (up.dep() == n && up.head() >= 0 && up.rel().startsWith("obl")) {
                return Syntax.child(s, up.head(), "obj", "nsubj:pass"); // not the relative clause's arc
            }
        }
        return -1;
    }
}
