package org.sitrep.extract.event;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.Syntax;
import org.sitrep.extract.actor.ActorSet;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Dependency;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.resolve.DataFile;

/**
 * Finds who does an event (its actor), who undergoes it (its target) and who reports it, from the dependency parse;
 * immutable and thread-safe.
 */
final class Participants {

    private static final Set<String> TARGET_OR_PARTNER_PREPOSITIONS = Set.of("on", "against", "at", "upon", "inside",
            "under", "for", "with");

    private static final Set<String> NOUN_TARGET_PREPOSITIONS = Set.of("on", "against", "of", "at");
    /** The same, hung on the verb whose object the noun is ("staged rallies against X"); "of" there is not the noun's. */
    private static final Set<String> LIGHT_VERB_TARGET_PREPOSITIONS = Set.of("on", "against", "at");

    private final AttackRoles roles;
    private final Set<String> reportingWords = new HashSet<>();

    Participants(AttackRoles roles) {
        this.roles = roles;
        for (String[] row : DataFile.rows(Participants.class, "/org/sitrep/extract/reporting-verbs.txt")) {
            reportingWords.add(row[0]);
        }
    }

    /** Who does what the trigger at the token tells; null if no actor is named. */
    String actor(Sentence s, int i, Trigger trigger, ActorSet actors) {
        return trigger.verb() ? verbActor(s, i, actors) : nounActor(s, i, actors);
    }

    /** Who undergoes what the trigger at the token tells, or is its partner; null if no actor is named. */
    String target(AnnotatedArticle article, Sentence s, int i, Trigger trigger, ActorSet actors) {
        return trigger.verb() ? verbTarget(article, s, i, trigger, actors) : nounTarget(s, i, actors);
    }

    /** The actor who says the event happened: the subject of the reporting word whose clause tells it; null if none. */
    String reportedBy(Sentence s, int token, ActorSet actors) {
        int i = token;
        for (int guard = 0; guard < 12; guard++) {
            Dependency up = s.parentOf(i);
            if (up == null || up.head() < 0) {
                return null;
            }
            Token gov = s.tokens().get(up.head());
            boolean clausal = up.rel().equals("ccomp") || up.rel().equals("parataxis") || up.rel().startsWith("acl")
                    || up.rel().equals("xcomp");
            if (clausal && reportingWords.contains(gov.lemma().toLowerCase(Locale.ROOT))) {
                int source = gov.isVerb() ? Syntax.child(s, gov.index(), "nsubj") : Syntax.child(s, gov.index(), "nmod:poss");
                return source >= 0 ? Arguments.actorInPhrase(s, source, actors) : null;
            }
            i = up.head();
        }
        return null;
    }

    private String verbActor(Sentence s, int v, ActorSet actors) {
        boolean passive = Arguments.passive(s, v);
        int subj = passive ? Syntax.child(s, v, "obl:agent") : Syntax.child(s, v, "nsubj", "obl:agent", "csubj");
        if (subj >= 0 && !s.parentOf(subj).rel().equals("nsubj:pass")) {
            String a = Arguments.actorInPhrase(s, subj, actors);
            if (a == null && s.tokens().get(subj).pos().equals("PRP")) {
                a = reporterOfPronoun(s, v, actors);
            }
            if (a != null) {
                return a;
            }
        }
        Dependency up = s.parentOf(v);
        if (subj < 0) {
            String left = leftSubject(s, v, actors);
            if (left != null) {
                return left;
            }
        }
        if (up == null || up.head() < 0) {
            return null;
        }
        String rel = up.rel();
        if (rel.equals("xcomp") && s.tokens().get(v).pos().equals("VBN")) {
            return null; // "hold foreigners accused of ...": a passive small clause has no agent
        }
        if (rel.equals("xcomp")) {
            int obj = Syntax.child(s, up.head(), "obj");
            int ctl = obj >= 0 ? obj : Syntax.child(s, up.head(), "nsubj");
            return ctl >= 0 ? Arguments.actorInPhrase(s, ctl, actors) : null;
        }
        if (rel.startsWith("acl")) {
            // "forces fighting IS": the noun acts; "foreigners accused of ...": the noun undergoes
            if (s.tokens().get(v).pos().equals("VBN")) {
                return null;
            }
            String noun = Arguments.actorInPhrase(s, up.head(), actors);
            Dependency np = s.parentOf(up.head());
            if (noun == null && np != null && np.head() >= 0 && np.rel().equals("obj")) {
                return verbActor(s, np.head(), actors); // "issued a statement demanding ...": the issuer demands
            }
            return noun;
        }
        if ((rel.equals("conj") || rel.startsWith("advcl")) && !passive) {
            return verbActor(s, up.head(), actors); // a passive verb's shared subject is its target
        }
        return null;
    }

    /**
     * The actor a subject pronoun stands for when its clause is what that actor says: "Syria says
     * it will not accept ..." (it = Syria).
     */
    private String reporterOfPronoun(Sentence s, int v, ActorSet actors) {
        Dependency up = s.parentOf(v);
        if (up == null || up.head() < 0 || !up.rel().equals("ccomp")
                || !reportingWords.contains(s.tokens().get(up.head()).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int speaker = Syntax.child(s, up.head(), "nsubj");
        return speaker >= 0 ? Arguments.actorInPhrase(s, speaker, actors) : null;
    }

    /**
     * The actor right before a subjectless verb and its auxiliaries: the parser often attaches
     * the subject of "said X was using ..." to "said" as its object.
     */
    private static String leftSubject(Sentence s, int v, ActorSet actors) {
        int j = v - 1;
        while (j >= 0) {
            Dependency d = s.parentOf(j);
            if (d == null || d.head() != v || !(d.rel().startsWith("aux") || d.rel().equals("advmod")
                    || d.rel().equals("cop"))) {
                break;
            }
            j--;
        }
        if (j < 0 || j == v - 1) {
            return null;
        }
        Dependency d = s.parentOf(j);
        return d != null && (d.rel().equals("obj") || d.rel().equals("dep")) ? actors.actorAt(s.index(), j) : null;
    }

    /**
     * @param trigger a request's target may be the subject of what is asked; a mutual act's
     *                ("clashed", "met"), the other of two subjects
     */
    private String verbTarget(AnnotatedArticle article, Sentence s, int v, Trigger trigger, ActorSet actors) {
        Dependency up = s.parentOf(v);
        if (up != null && up.head() >= 0 && up.rel().equals("xcomp") && s.tokens().get(v).pos().equals("VBN")) {
            int subj = Syntax.child(s, v, "nsubj");
            if (subj >= 0 && Arguments.actorInPhrase(s, subj, actors) != null) {
                return Arguments.actorInPhrase(s, subj, actors);
            }
        }
        if (up != null && up.head() >= 0 && Arguments.modifiedBy(up, s.tokens().get(v))) {
            return Arguments.actorInPhrase(s, Arguments.whole(s, up.head()), actors);
        }
        int obj = Arguments.undergoer(s, v);
        if (obj >= 0) {
            String a = Arguments.actorInPhrase(s, obj, actors);
            if (a == null && Arguments.passive(s, v)) {
                a = Pronouns.pronounReferent(article, s, obj, actors);
            }
            if (a != null) {
                return a;
            }
        }
        int iobj = Syntax.child(s, v, "iobj");
        if (iobj >= 0 && Arguments.actorInPhrase(s, iobj, actors) != null) {
            return Arguments.actorInPhrase(s, iobj, actors);
        }
        for (Dependency d : s.childrenOf(v)) {
            if (d.rel().startsWith("obl")) {
                String p = Syntax.preposition(s, d.dep());
                if (p != null && TARGET_OR_PARTNER_PREPOSITIONS.contains(p)) {
                    String a = Arguments.actorInPhrase(s, d.dep(), actors);
                    if (a != null) {
                        return a;
                    }
                }
            }
            if (d.rel().startsWith("advcl:to") || d.rel().startsWith("advcl:for") || d.rel().equals("xcomp")) {
                int subj = Syntax.child(s, d.dep(), "nsubj", "obj");
                String a = subj >= 0 ? Arguments.actorInPhrase(s, subj, actors) : null;
                if (a != null) {
                    return a; // "urged the allies to ...": the one asked is the complement's subject
                }
            }
            if (trigger.type() == EventType.REQUEST && d.rel().equals("ccomp") && !Arguments.passive(s, d.dep())) {
                int subj = Syntax.child(s, d.dep(), "nsubj");
                String a = subj >= 0 ? Arguments.actorInPhrase(s, subj, actors) : null;
                if (a != null) {
                    return a; // "demanded that the government provide ...": the one asked
                }
            }
        }
        return trigger.frame().contains("mutual") ? otherSubject(s, v, actors) : null;
    }

    /** "Army troops and rebel fighters clashed": the second of two subjects, each the other's target; null if none. */
    private static String otherSubject(Sentence s, int v, ActorSet actors) {
        int subj = Syntax.child(s, v, "nsubj");
        if (subj < 0) {
            return null;
        }
        String first = Arguments.actorInPhrase(s, subj, actors);
        for (Dependency d : s.childrenOf(subj)) {
            String a = d.rel().startsWith("conj") ? Arguments.actorInPhrase(s, d.dep(), actors) : null;
            if (a != null && !a.equals(first)) {
                return a;
            }
        }
        return null;
    }

    /**
     * A nominal event's actor: its possessor, modifier ("Israeli strikes", "terrorist attacks")
     * or agent, else the subject of the verb it serves ("launched an attack"). A modifier naming
     * civilians names who is hit ("human shields"), not who acts.
     */
    private String nounActor(Sentence s, int n, ActorSet actors) {
        int perpetrator = roles.participant(s, n, AttackRoles.Role.PERPETRATOR);
        String named = perpetrator >= 0 ? Arguments.actorInPhrase(s, perpetrator, actors) : null;
        if (named != null) {
            return named; // "attributed the terrorist attack to X": X, not the "terrorists" of the noun
        }
        for (Dependency d : s.childrenOf(n)) {
            String p = Syntax.preposition(s, d.dep());
            if (d.rel().equals("nmod:poss") || d.rel().equals("compound") || d.rel().equals("amod") || "by".equals(p)) {
                String a = Arguments.actorInPhrase(s, d.dep(), actors);
                if (a != null && !(d.rel().equals("amod") && kindOf(actors, a) == ActorKind.CIVILIANS)) {
                    return a;
                }
            }
        }
        Dependency up = s.parentOf(n);
        if (up != null && up.head() >= 0 && (up.rel().equals("obj") || up.rel().startsWith("obl")
                || up.rel().equals("xcomp"))) {
            return verbActor(s, up.head(), actors);
        }
        return null;
    }

    private String nounTarget(Sentence s, int n, ActorSet actors) {
        for (Dependency d : s.childrenOf(n)) {
            String p = Syntax.preposition(s, d.dep());
            if (d.rel().startsWith("nmod") && p != null && NOUN_TARGET_PREPOSITIONS.contains(p)) {
                String a = Arguments.actorInPhrase(s, d.dep(), actors);
                if (a != null) {
                    return a;
                }
            }
        }
        Dependency up = s.parentOf(n);
        if (up != null && up.head() >= 0 && up.rel().equals("obj")) {
            // "staged rallies against X", "launched an attack on X": the parser hangs the target on the verb
            for (Dependency d : s.childrenOf(up.head())) {
                String p = Syntax.preposition(s, d.dep());
                if (d.rel().startsWith("obl") && p != null && LIGHT_VERB_TARGET_PREPOSITIONS.contains(p)) {
                    String a = Arguments.actorInPhrase(s, d.dep(), actors);
                    if (a != null) {
                        return a;
                    }
                }
            }
        }
        int victim = roles.participant(s, n, AttackRoles.Role.VICTIM);
        String named = victim >= 0 ? Arguments.actorInPhrase(s, victim, actors) : null;
        if (named != null) {
            return named;
        }
        int hit = Arguments.hitInAttack(s, n);
        return hit >= 0 ? Arguments.actorInPhrase(s, hit, actors) : null;
    }

    /** Kinds of the actors in an event, for the ACLED refinement. */
    static ActorKind kindOf(ActorSet actors, String id) {
        Actor a = id == null ? null : actors.byId(id);
        return a == null ? null : a.kind();
    }
}
