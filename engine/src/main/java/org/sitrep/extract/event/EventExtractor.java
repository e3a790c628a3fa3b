package org.sitrep.extract.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.Syntax;
import org.sitrep.extract.actor.ActorSet;
import org.sitrep.extract.actor.Mention;
import org.sitrep.extract.place.PlaceSet;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Dependency;
import org.sitrep.model.Polarity;
import org.sitrep.model.Quantity;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.resolve.DataFile;

/**
 * Finds the events of an article: every clause or nominal whose trigger the lexicon knows and
 * whose frame conditions hold, with its arguments read off the dependency parse. Stateless and
 * thread-safe. Merging the drafts of one happening is {@link EventMerger}'s job.
 */
public final class EventExtractor {

    static final Set<String> CLAUSE_BOUNDARIES = Set.of("acl", "acl:relcl", "ccomp", "advcl", "parataxis",
            "punct", "conj", "cc", "dep", "xcomp");

    /** Prepositions that put a verb's target after it: "fired on X", "planted a bomb under X". */
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("on", "against", "at", "upon", "inside", "under");
    private static final Set<String> TARGET_OR_PARTNER_PREPOSITIONS = Set.of("on", "against", "at", "upon", "inside",
            "under", "for", "with");

    private final TriggerLexicon lexicon;
    private final EventMerger merger;
    private final AttackTargets targets = AttackTargets.embedded();
    private final AttackRoles roles = AttackRoles.embedded();
    private final NonEventFilter nonEvents = new NonEventFilter(roles);
    private final Set<String> reportingWords = new HashSet<>();

    public EventExtractor(TriggerLexicon lexicon, AcledRules acledRules) {
        this.lexicon = lexicon;
        this.merger = new EventMerger(acledRules);
        for (String[] row : DataFile.rows(EventExtractor.class, "/org/sitrep/extract/reporting-verbs.txt")) {
            reportingWords.add(row[0]);
        }
    }

    /** The article's events, one per happening. */
    public List<org.sitrep.model.Event> extract(AnnotatedArticle article, ActorSet actors, PlaceSet places) {
        List<EventDraft> drafts = drafts(article, actors, places);
        String attacker = Attribution.attacker(drafts, actors);
        List<org.sitrep.model.Event> out = new ArrayList<>();
        for (org.sitrep.model.Event e : merger.merge(article, drafts, actors)) {
            out.add(Attribution.attributed(e, attacker));
        }
        return out;
    }

    /**
     * The actors plus the unnamed targets of the article's attacks (buildings, vehicles, people
     * told by a common noun), so that events can point at them.
     */
    public ActorSet withTargets(AnnotatedArticle article, ActorSet actors, PlaceSet places) {
        List<AttackTargets.Site> sites = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            for (Token t : s.dependencies().isEmpty() ? List.<Token>of() : s.tokens()) {
                Trigger trigger = trigger(s, t, actors);
                if (trigger != null && trigger.type() == org.sitrep.model.EventType.ASSAULT) {
                    List<Integer> heads = trigger.verb() ? verbTargetHeads(s, t.index())
                            : List.of(nounTargetHead(s, t.index()));
                    for (int head : heads) {
                        if (head >= 0) {
                            sites.add(new AttackTargets.Site(s.index(), head));
                            AttackTargets.Site referent = pronounSite(article, s, head);
                            if (referent != null) {
                                sites.add(referent);
                            }
                        }
                    }
                }
            }
        }
        return targets.add(article, actors, places, sites);
    }

    /**
     * The group a noun is singled out from ("14 fishermen, including 2 Colombians, killed in
     * X": the parser hangs "killed" on the part, but the killing befell the whole), else the noun.
     */
    private static int whole(Sentence s, int noun) {
        Dependency up = s.parentOf(noun);
        return up != null && up.head() >= 0 && up.rel().equals("nmod:including") ? up.head() : noun;
    }

    /** Whether a past participle modifies the noun it hangs on: "the bus attacked by ...", "the murdered mayor". */
    private static boolean modifiedBy(Dependency up, Token participle) {
        return (up.rel().startsWith("acl") || up.rel().equals("amod")) && participle.pos().equals("VBN");
    }

    /**
     * Where a verb's target phrase may have its head: the noun it modifies, its object, its
     * on/against/at phrases. All are offered, since the parser may take a result for the object
     * ("a bomb exploded at the door, causing damages").
     */
    private static List<Integer> verbTargetHeads(Sentence s, int v) {
        Dependency up = s.parentOf(v);
        if (up != null && up.head() >= 0 && modifiedBy(up, s.tokens().get(v))) {
            return List.of(whole(s, up.head()));
        }
        List<Integer> heads = new ArrayList<>();
        heads.add(undergoer(s, v));
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
        return victim >= 0 ? victim : hitInAttack(s, n);
    }

    /**
     * The object or passive subject of the verb a nominal attack is an oblique of: "shelled the
     * town in an offensive", "were injured in a bomb explosion"; -1 if none.
     */
    private static int hitInAttack(Sentence s, int n) {
        for (Dependency up : s.dependencies()) {
            if (up.dep() == n && up.head() >= 0 && up.rel().startsWith("obl")) {
                return Syntax.child(s, up.head(), "obj", "nsubj:pass"); // not the relative clause's arc
            }
        }
        return -1;
    }

    List<EventDraft> drafts(AnnotatedArticle article, ActorSet actors, PlaceSet places) {
        List<EventDraft> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (s.dependencies().isEmpty()) {
                continue;
            }
            Trigger[] found = new Trigger[s.tokens().size()];
            for (Token t : s.tokens()) {
                found[t.index()] = trigger(s, t, actors);
            }
            for (Token t : s.tokens()) {
                Trigger trigger = found[t.index()];
                if (trigger != null && !nonEvents.rejects(article, s, t.index(), trigger, found)) {
                    out.add(draft(article, s, t, Modality.ultimatum(s, t.index(), trigger), actors, places));
                }
            }
        }
        return out;
    }

    private Trigger trigger(Sentence s, Token t, ActorSet actors) {
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
        String prt = c.condition("prt");
        if (prt != null && !hasChildWord(s, t.index(), Set.of(prt.split("\\|")), "compound:prt")) {
            return false;
        }
        String prep = c.condition("prep");
        if (prep != null && !hasPreposition(s, t.index(), Set.of(prep.split("\\|")))) {
            return false;
        }
        String needs = c.condition("needs");
        if ("obj-actor".equals(needs)) {
            int obj = objectOf(s, t.index());
            return obj >= 0 && actorInPhrase(s, obj, actors) != null;
        }
        if ("no-obj".equals(needs)) {
            return Syntax.child(s, t.index(), "obj") < 0;
        }
        if ("obj".equals(needs) && objectOf(s, t.index()) < 0) {
            return false;
        }
        if ("clause".equals(needs) && Syntax.child(s, t.index(), "ccomp") < 0) {
            return false;
        }
        if (c.frame().contains("noacl") && bareParticiple(s, t.index())) {
            return false; // "foreigners accused of fighting": a description, not an accusation someone makes
        }
        if ("negated".equals(needs) && Modality.polarity(s, t.index()) != Polarity.NEGATED) {
            return false; // "will not accept refugees" is a refusal, not a concession
        }
        String objWord = c.condition("objword");
        if (objWord != null) {
            int obj = c.verb() ? objectOf(s, t.index()) : t.index();
            if (obj < 0 || !phraseHasWord(s, obj, List.of(objWord.split("\\|")))) {
                return false;
            }
        }
        String subjWord = c.condition("subjword");
        if (subjWord != null) {
            int subj = Syntax.child(s, t.index(), "nsubj");
            return subj >= 0 && phraseHasWord(s, subj, List.of(subjWord.split("\\|")));
        }
        return true;
    }

    /** A past participle modifying a noun, with no agent: "foreigners accused of ...". */
    private static boolean bareParticiple(Sentence s, int v) {
        Dependency up = s.parentOf(v);
        return up != null && up.rel().startsWith("acl") && s.tokens().get(v).pos().equals("VBN")
                && Syntax.child(s, v, "obl:agent") < 0;
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
            Token tok = s.tokens().get(i);
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
            for (Dependency d : s.childrenOf(i)) {
                if (d.rel().equals("conj") || !CLAUSE_BOUNDARIES.contains(d.rel())) {
                    queue.add(d.dep()); // "grenades and ammunition": every conjunct counts
                }
            }
        }
        return false;
    }

    /** The object of a verb: its direct object, its passive subject, or the subject of a small clause ("hold X accused"). */
    private static int objectOf(Sentence s, int v) {
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

    private static boolean hasChildWord(Sentence s, int head, Set<String> words, String rel) {
        for (Dependency d : s.childrenOf(head)) {
            if (d.rel().equals(rel) && words.contains(s.tokens().get(d.dep()).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPreposition(Sentence s, int head, Set<String> preps) {
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

    private EventDraft draft(AnnotatedArticle article, Sentence s, Token t, Trigger trigger, ActorSet actors,
                             PlaceSet places) {
        int i = t.index();
        String actor = trigger.verb() ? verbActor(s, i, actors) : nounActor(s, i, actors);
        String target = trigger.verb() ? verbTarget(article, s, i, actors) : nounTarget(s, i, actors);
        if (actor != null && actor.equals(target)) {
            target = null;
        }
        String[] date = EventDates.date(article, s, i);
        List<Quantity> quantities = EventCounts.quantities(s, i, actors);
        double confidence = 0.45 + (actor != null ? 0.25 : 0) + (target != null ? 0.15 : 0) + (trigger.verb() ? 0.1 : 0);
        return new EventDraft(trigger, s.index(), i, actor, target, EventPlaces.place(article, s, places),
                date[0], date[1], quantities, EventCounts.fatalities(trigger, s), reportedBy(s, i, actors),
                "negated".equals(trigger.condition("needs")) || trigger.frame().contains("ultimatum") ? Polarity.ASSERTED
                        : Modality.polarity(s, i), Math.min(confidence, 0.95),
                !trigger.verb() && target == null && definite(s, i) && !s.tokens().get(i).pos().equals("NNS"));
    }

    private static boolean definite(Sentence s, int noun) {
        int det = Syntax.child(s, noun, "det");
        return det >= 0 && Set.of("the", "this", "that").contains(s.tokens().get(det).word().toLowerCase(Locale.ROOT));
    }

    private String verbActor(Sentence s, int v, ActorSet actors) {
        boolean passive = passive(s, v);
        int subj = passive ? Syntax.child(s, v, "obl:agent") : Syntax.child(s, v, "nsubj", "obl:agent", "csubj");
        if (subj >= 0 && !s.parentOf(subj).rel().equals("nsubj:pass")) {
            String a = actorInPhrase(s, subj, actors);
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
            return ctl >= 0 ? actorInPhrase(s, ctl, actors) : null;
        }
        if (rel.startsWith("acl")) {
            // "forces fighting IS": the noun acts; "foreigners accused of ...": the noun undergoes
            return s.tokens().get(v).pos().equals("VBN") ? null : actorInPhrase(s, up.head(), actors);
        }
        if ((rel.equals("conj") || rel.startsWith("advcl")) && !passive) {
            return verbActor(s, up.head(), actors); // a passive verb's shared subject is its target
        }
        return null;
    }

    /**
     * Where the people a pronoun target stands for are told, when the lexicon knows them and no
     * actor may cover them ("the body of a man was found. He was shot"): the nearest fitting noun
     * before it, in its sentence or the two before; null if none.
     */
    private AttackTargets.Site pronounSite(AnnotatedArticle article, Sentence s, int pronoun) {
        String word = s.tokens().get(pronoun).word().toLowerCase(Locale.ROOT);
        if (!PERSON_PRONOUNS.contains(word) && !GROUP_PRONOUNS.contains(word)) {
            return null;
        }
        boolean plural = GROUP_PRONOUNS.contains(word);
        for (int si = s.index(); si >= Math.max(0, s.index() - PRONOUN_REACH); si--) {
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

    /** How many sentences back a pronoun's referent may be told. */
    private static final int PRONOUN_REACH = 2;

    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "she", "her");
    /** "Each was killed": each of a group told before. */
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "each");
    private static final Set<ActorKind> GROUP_KINDS = Set.of(ActorKind.CIVILIANS, ActorKind.ARMED_GROUP,
            ActorKind.MILITARY, ActorKind.POLICE, ActorKind.ORGANIZATION);

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
            ActorKind kind = kindOf(actors, actors.byMention().get(m));
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

    /**
     * Who undergoes a verb: its object; for a passive verb also its subject, its own or the one
     * it shares as a conjunct ("the soldiers are members and were kidnapped"); -1 if none.
     */
    private static int undergoer(Sentence s, int v) {
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
    private static boolean passive(Sentence s, int v) {
        for (Dependency d : s.childrenOf(v)) {
            if (d.rel().equals("aux:pass") || d.rel().equals("nsubj:pass")) {
                return true;
            }
        }
        return false;
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
        return speaker >= 0 ? actorInPhrase(s, speaker, actors) : null;
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

    private String verbTarget(AnnotatedArticle article, Sentence s, int v, ActorSet actors) {
        Dependency up = s.parentOf(v);
        if (up != null && up.head() >= 0 && up.rel().equals("xcomp") && s.tokens().get(v).pos().equals("VBN")) {
            int subj = Syntax.child(s, v, "nsubj");
            if (subj >= 0 && actorInPhrase(s, subj, actors) != null) {
                return actorInPhrase(s, subj, actors);
            }
        }
        if (up != null && up.head() >= 0 && modifiedBy(up, s.tokens().get(v))) {
            return actorInPhrase(s, whole(s, up.head()), actors);
        }
        int obj = undergoer(s, v);
        if (obj >= 0) {
            String a = actorInPhrase(s, obj, actors);
            if (a == null && passive(s, v)) {
                a = pronounReferent(article, s, obj, actors);
            }
            if (a != null) {
                return a;
            }
        }
        int iobj = Syntax.child(s, v, "iobj");
        if (iobj >= 0 && actorInPhrase(s, iobj, actors) != null) {
            return actorInPhrase(s, iobj, actors);
        }
        for (Dependency d : s.childrenOf(v)) {
            if (d.rel().startsWith("obl")) {
                String p = Syntax.preposition(s, d.dep());
                if (p != null && TARGET_OR_PARTNER_PREPOSITIONS.contains(p)) {
                    String a = actorInPhrase(s, d.dep(), actors);
                    if (a != null) {
                        return a;
                    }
                }
            }
            if (d.rel().startsWith("advcl:to") || d.rel().startsWith("advcl:for") || d.rel().equals("xcomp")) {
                int subj = Syntax.child(s, d.dep(), "nsubj", "obj");
                String a = subj >= 0 ? actorInPhrase(s, subj, actors) : null;
                if (a != null) {
                    return a; // "urged the allies to ...": the one asked is the complement's subject
                }
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
        String named = perpetrator >= 0 ? actorInPhrase(s, perpetrator, actors) : null;
        if (named != null) {
            return named; // "attributed the terrorist attack to X": X, not the "terrorists" of the noun
        }
        for (Dependency d : s.childrenOf(n)) {
            String p = Syntax.preposition(s, d.dep());
            if (d.rel().equals("nmod:poss") || d.rel().equals("compound") || d.rel().equals("amod") || "by".equals(p)) {
                String a = actorInPhrase(s, d.dep(), actors);
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
            if (d.rel().startsWith("nmod") && p != null && Set.of("on", "against", "of", "at").contains(p)) {
                String a = actorInPhrase(s, d.dep(), actors);
                if (a != null) {
                    return a;
                }
            }
        }
        int victim = roles.participant(s, n, AttackRoles.Role.VICTIM);
        String named = victim >= 0 ? actorInPhrase(s, victim, actors) : null;
        if (named != null) {
            return named;
        }
        int hit = hitInAttack(s, n);
        return hit >= 0 ? actorInPhrase(s, hit, actors) : null;
    }

    /** The actor a noun phrase names: at its head, else the first one inside it, not crossing clauses. */
    private static String actorInPhrase(Sentence s, int head, ActorSet actors) {
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

    private String reportedBy(Sentence s, int token, ActorSet actors) {
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
                return source >= 0 ? actorInPhrase(s, source, actors) : null;
            }
            i = up.head();
        }
        return null;
    }

    /** Kinds of the actors in an event, for the ACLED refinement. */
    static ActorKind kindOf(ActorSet actors, String id) {
        Actor a = id == null ? null : actors.byId(id);
        return a == null ? null : a.kind();
    }
}
