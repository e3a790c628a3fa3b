package org.sitrep.extract.event;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.Syntax;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Dependency;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeMention;
import org.sitrep.resolve.DataFile;

/**
 * Tells the triggers that report no happening to put on a map: a thing seized, attacks in general, a tally over years;
 * immutable and thread-safe.
 */
final class NonEventFilter {

    private static final Pattern YEAR = Pattern.compile("^\\d{4}");
    /**
     * The relations by which an act holds what it asks for, refuses or threatens. Not a clause with
     * a subject of its own: "warned that rebels could attack" tells a possible attack by others.
     */
    private static final Set<String> CONTENT = Set.of("obj", "xcomp");
    /** The relations by which a clause tells what the act it hangs on is for. */
    private static final Set<String> PURPOSE = Set.of("advcl", "acl", "xcomp");
    /** The acts whose object or complement has not happened: asked for, refused, threatened, banned ("prohibit all aid"). */
    private static final Set<EventType> ASKING = Set.of(EventType.REQUEST, EventType.REJECT, EventType.THREATEN,
            EventType.SANCTION);

    private final AttackRoles roles;
    /** Verbs that end or break the state their object names ({@code ending-verbs.txt}). */
    private final Set<String> ending = new HashSet<>();

    NonEventFilter(AttackRoles roles) {
        this.roles = roles;
        for (String[] row : DataFile.rows(NonEventFilter.class, "/org/sitrep/extract/ending-verbs.txt")) {
            ending.add(row[0]);
        }
    }

    /** Whether the trigger at the token reports no happening, given the triggers {@code found} in its sentence. */
    boolean rejects(AnnotatedArticle article, Sentence s, int token, Trigger trigger, Trigger[] found) {
        Dependency up = s.parentOf(token);
        boolean governed = up != null && up.head() >= 0 && (seizedThing(trigger, up, found) || askedFor(up, found)
                || askedForThrough(s, up, found) || ended(s, trigger, up) || protestsAim(s, trigger, up, found));
        return governed || generic(s, token, trigger) || tally(article, s, token);
    }

    /**
     * Whether a demand is what a protest it hangs on demands: "a demonstration calling for X",
     * "staged rallies to demand X" tell one protest, whose aim the demand is.
     */
    private static boolean protestsAim(Sentence s, Trigger trigger, Dependency up, Trigger[] found) {
        if (trigger.type() != EventType.REQUEST || !PURPOSE.contains(up.rel())) {
            return false;
        }
        int staged = Syntax.child(s, up.head(), "obj");
        return isProtest(found, up.head()) || staged >= 0 && isProtest(found, staged);
    }

    private static boolean isProtest(Trigger[] found, int token) {
        return found[token] != null && found[token].type() == EventType.PROTEST;
    }

    /**
     * Whether a noun trigger names a state that its verb ends or breaks: "lifted the curfew",
     * "violating the ceasefire" tell a lifting and a violation, not a curfew or a truce agreed.
     */
    private boolean ended(Sentence s, Trigger trigger, Dependency up) {
        return !trigger.verb() && up.rel().equals("obj")
                && ending.contains(s.tokens().get(up.head()).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the trigger is what another act asks for, refuses or threatens, as its object or
     * verb complement: "demanded the withdrawal of X", "refused to meet X", "threatened to strike" tell
     * a demand, a refusal and a threat, and the withdrawal, meeting and strike have not happened.
     */
    private static boolean askedFor(Dependency up, Trigger[] found) {
        Trigger governor = found[up.head()];
        return CONTENT.contains(up.rel()) && governor != null && ASKING.contains(governor.type());
    }

    /**
     * Whether a noun trigger is what an asked-for thing is for or of: "rejected an offer of talks",
     * "demanded a date for the withdrawal".
     */
    private static boolean askedForThrough(Sentence s, Dependency up, Trigger[] found) {
        if (!up.rel().equals("nmod:for") && !up.rel().equals("nmod:of")) {
            return false;
        }
        Dependency above = s.parentOf(up.head());
        return above != null && above.head() >= 0 && found[up.head()] == null && askedFor(above, found);
    }

    /**
     * Whether a noun trigger names a thing that another trigger seizes, finds or defuses: "found
     * two explosive devices" reports no explosion.
     */
    private static boolean seizedThing(Trigger trigger, Dependency up, Trigger[] found) {
        if (trigger.verb() || !(up.rel().equals("obj") || up.rel().equals("nsubj:pass"))) {
            return false;
        }
        Trigger governor = found[up.head()];
        return governor != null && governor.verb() && governor.type() == EventType.COERCE
                && "seize".equals(governor.mode());
    }

    /**
     * Whether a noun trigger names attacks in general, not one that happened: a bare plural (or
     * a bare noun in a list) with no target of its own, as the complement of a word that does
     * not say someone made them ("a bill punishing terrorist acts", "years of torture, killings
     * and humiliation"), or an example ("cases such as the attack on X"); or one that only
     * modifies another noun ("the bomb squad") or is part of a name ("the Battle of X"). "Rebels carried out attacks" and
     * "attacks on convoys" still count.
     */
    private boolean generic(Sentence s, int n, Trigger trigger) {
        if (trigger.verb() || trigger.type() != EventType.ASSAULT) {
            return false; // "a mediation effort" is a mediation
        }
        Dependency modifies = s.parentOf(n);
        if (modifies != null && modifies.rel().equals("compound")) {
            return true; // "the bomb squad", "a murder case": the noun only says what kind of thing
        }
        if (n > 0 && Character.isUpperCase(s.tokens().get(n).word().charAt(0))) {
            return true; // "the commemoration of the Battle of X": a name, not a report
        }
        String rel = Syntax.relation(s, n);
        if (rel.endsWith(":such_as") || rel.endsWith(":like")) {
            return true; // "cases such as the attack on X": an example, not a report
        }
        boolean listed = Syntax.child(s, n, "conj") >= 0 || s.parentOf(n) != null && s.parentOf(n).rel().startsWith("conj");
        boolean bare = s.tokens().get(n).pos().equals("NNS") || listed && s.tokens().get(n).pos().equals("NN");
        if (!bare || Syntax.child(s, n, "det", "nmod:poss", "nummod") >= 0) {
            return false;
        }
        for (Dependency d : s.childrenOf(n)) {
            String p = Syntax.preposition(s, d.dep());
            if (d.rel().startsWith("nmod") && p != null && Set.of("on", "against", "at").contains(p)) {
                return false;
            }
        }
        Dependency up = s.parentOf(n);
        int gov = up == null || up.head() < 0 ? -1 : up.rel().startsWith("conj") ? Syntax.governor(s, n) : up.head();
        return gov >= 0 && (rel.equals("obj") || rel.startsWith("nmod"))
                && !roles.tellsPerpetrator(s.tokens().get(gov));
    }

    /**
     * Whether the trigger counts what happened over a period that began in an earlier year:
     * "12,000 people have been killed since the rebels took up arms in 1980" is a tally, not a
     * happening to put on a map.
     */
    private static boolean tally(AnnotatedArticle article, Sentence s, int token) {
        LocalDateTime published = article.article().published();
        if (published == null) {
            return false;
        }
        for (Dependency d : s.childrenOf(token)) {
            if (!d.rel().startsWith("obl") && !d.rel().startsWith("advcl")) {
                continue;
            }
            int marker = Syntax.child(s, d.dep(), "case", "mark");
            if (marker < 0 || !s.tokens().get(marker).word().equalsIgnoreCase("since")) {
                continue;
            }
            int from = subtreeEdge(s, d.dep(), -1, 0);
            int to = subtreeEdge(s, d.dep(), 1, 0);
            for (TimeMention tm : s.times()) {
                Matcher m = YEAR.matcher(tm.value() == null ? "" : tm.value());
                if (tm.firstToken() >= from && tm.firstToken() <= to && m.find()
                        && Integer.parseInt(m.group()) < published.getYear()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The leftmost (direction -1) or rightmost (1) token of a phrase; depth-limited, for the enhanced parse's cycles. */
    private static int subtreeEdge(Sentence s, int head, int direction, int depth) {
        int edge = head;
        for (Dependency d : depth < 8 ? s.childrenOf(head) : List.<Dependency>of()) {
            int e = subtreeEdge(s, d.dep(), direction, depth + 1);
            edge = direction < 0 ? Math.min(edge, e) : Math.max(edge, e);
        }
        return edge;
    }
}
