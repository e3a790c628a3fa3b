package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.extract.actor.ActorSet;
import org.sitrep.model.AcledType;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Dependency;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Polarity;
import org.sitrep.model.Quantity;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeMention;

/**
 * One event per happening: drafts of the same type, mode and actor whose targets agree (or one
 * is unknown) are the same happening told again; the merged event keeps the best-supported
 * sentence as evidence and the union of the details. Stateless and thread-safe.
 */
final class EventMerger {

    private final AcledRules rules;

    EventMerger(AcledRules rules) {
        this.rules = rules;
    }

    List<Event> merge(AnnotatedArticle article, List<EventDraft> drafts, ActorSet actors) {
        List<List<EventDraft>> groups = new ArrayList<>();
        for (EventDraft d : drafts) {
            List<EventDraft> home = null;
            for (List<EventDraft> g : groups) {
                if (g.stream().anyMatch(member -> sameHappening(member, d))) {
                    home = g;
                    break;
                }
            }
            if (d.anaphoric()) {
                home = antecedent(groups, d, Integer.MAX_VALUE);
            } else if (home == null && d.actor() == null && d.target() == null) {
                home = antecedent(groups, d, ELABORATION_SENTENCES); // "Two attacks were carried out. A bomb exploded ..."
            }
            if (home == null && unfounded(article, d)) {
                continue;
            }
            if (home == null) {
                groups.add(new ArrayList<>(List.of(d)));
            } else {
                home.add(d);
            }
        }
        List<Event> events = new ArrayList<>();
        for (List<EventDraft> g : groups) {
            events.add(toEvent("E" + (events.size() + 1), article, g, actors));
        }
        return events;
    }

    /**
     * Same type, mode and polarity (any mode within one sentence: "a bomb explosion injured X",
     * "an attack by gunmen who shot him" tell one attack with two words, unless their dates differ), and actors and targets
     * that agree: equal, or one unknown. An unknown actor is accepted within one sentence ("X
     * blocked roads, preventing civilians from fleeing"), where one clause often leaves the actor
     * to the other, and across sentences when the same act befalls the same target ("rebels
     * kidnapped two soldiers ... the soldiers were kidnapped on a highway").
     */
    private static boolean sameHappening(EventDraft a, EventDraft b) {
        boolean sameSentence = a.sentence() == b.sentence();
        boolean sameMode = a.trigger().mode() == null || b.trigger().mode() == null
                || a.trigger().mode().equals(b.trigger().mode()); // "the attack" is any kind of attack
        boolean sameKind = a.trigger().type() == b.trigger().type() && a.polarity() == b.polarity()
                && (sameMode || sameSentence && Objects.equals(a.date(), b.date()));
        boolean sameTarget = a.target() != null && a.target().equals(b.target());
        boolean actorsAgree = a.actor() != null && a.actor().equals(b.actor())
                || (a.actor() == null || b.actor() == null) && (sameSentence || sameMode && sameTarget);
        return sameKind && actorsAgree && agree(a.target(), b.target());
    }

    /**
     * An attack named by a noun alone as the object of a verb, with no one doing it or suffering
     * it and no happening told before to join ("experts defused a powerful bomb"): what is done
     * to the thing is told, not an attack. "The sound of mortar rounds" still counts.
     */
    private static boolean unfounded(AnnotatedArticle article, EventDraft d) {
        if (d.trigger().verb() || d.trigger().type() != EventType.ASSAULT || d.actor() != null || d.target() != null) {
            return false;
        }
        Dependency up = article.sentences().get(d.sentence()).parentOf(d.token());
        return up != null && up.rel().equals("obj");
    }

    /**
     * How far back a draft that names no one may find the happening it tells more of: news
     * follows a lead with its details in the next sentences.
     */
    private static final int ELABORATION_SENTENCES = 2;

    /**
     * The latest happening of the same type and polarity told before a draft that names no one
     * (an anaphoric "the attack", or a detail such as "a bomb exploded"), at most {@code reach}
     * sentences back, whose actors do not contradict the draft's; null if none.
     */
    private static List<EventDraft> antecedent(List<List<EventDraft>> groups, EventDraft d, int reach) {
        for (int i = groups.size() - 1; i >= 0; i--) {
            List<EventDraft> g = groups.get(i);
            EventDraft first = g.get(0);
            int last = g.stream().mapToInt(EventDraft::sentence).max().orElse(first.sentence());
            boolean actorsAgree = d.actor() == null
                    || g.stream().allMatch(m -> m.actor() == null || m.actor().equals(d.actor()));
            if (first.trigger().type() == d.trigger().type() && first.polarity() == d.polarity()
                    && first.sentence() <= d.sentence() && d.sentence() - last <= reach && actorsAgree) {
                return g;
            }
        }
        return null;
    }

    /** A sentence's text with its time expressions blanked: the month in "on 1 March" is no protest march. */
    private static String withoutTimes(Sentence s) {
        if (s.times().isEmpty()) {
            return s.text();
        }
        char[] text = s.text().toCharArray();
        for (TimeMention t : s.times()) {
            int from = Math.max(0, t.span().start() - s.span().start());
            int to = Math.min(text.length, t.span().end() - s.span().start());
            for (int i = from; i < to; i++) {
                text[i] = ' ';
            }
        }
        return new String(text);
    }

    private static boolean agree(String x, String y) {
        return x == null || y == null || x.equals(y);
    }

    private Event toEvent(String id, AnnotatedArticle article, List<EventDraft> group, ActorSet actors) {
        EventDraft best = group.get(0);
        for (EventDraft d : group) {
            if (d.confidence() > best.confidence()) {
                best = d;
            }
        }
        String actor = best.actor();
        String target = best.target();
        String place = best.place();
        String reportedBy = best.reportedBy();
        Integer fatalities = best.fatalities();
        Set<Quantity> quantities = new LinkedHashSet<>();
        for (EventDraft d : group) {
            actor = actor != null ? actor : d.actor();
            target = target != null ? target : d.target();
            place = place != null ? place : d.place();
            reportedBy = reportedBy != null ? reportedBy : d.reportedBy();
            fatalities = fatalities != null ? fatalities : d.fatalities();
            quantities.addAll(d.quantities());
        }
        Sentence s = article.sentences().get(best.sentence());
        Trigger t = best.trigger();
        if (t.mode() == null) {
            // "killed in a grenade attack": the word that says how tells the kind of attack
            EventDraft how = null;
            for (EventDraft d : group) {
                if (d.trigger().mode() != null && (how == null || d.confidence() > how.confidence())) {
                    how = d;
                }
            }
            t = how != null ? how.trigger() : t;
        }
        StringBuilder told = new StringBuilder();
        group.stream().map(EventDraft::sentence).distinct()
                .forEach(i -> told.append(withoutTimes(article.sentences().get(i))).append('\n'));
        AcledRules.Decision acled = acled(t, actor, target, actors, told.toString());
        double confidence = Math.min(0.99, best.confidence() + 0.05 * (group.size() - 1) + acled.boost());
        // ACLED codes what happened: a denied, supposed or planned event has no ACLED type.
        AcledType acledType = best.polarity() == Polarity.ASSERTED ? acled.type() : null;
        return new Event(id, t.type(), t.mode(), t.cameo(), acledType, actor,
                target, place, best.date(), best.datePrecision(), List.copyOf(quantities), fatalities, reportedBy,
                best.polarity(), new Evidence(s.text(), s.span().start(), s.span().end()), confidence);
    }

    /**
     * The lexicon's ACLED type, refined by the first ACLED rule that matches the event's sentences
     * (weapon words, protest context, who acts on whom), with the confidence that evidence adds.
     */
    private AcledRules.Decision acled(Trigger t, String actor, String target, ActorSet actors, String text) {
        AcledRules.Decision d = rules.decide(t.type(), t.acled(), Participants.kindOf(actors, actor),
                Participants.kindOf(actors, target), text);
        return d != null ? d : new AcledRules.Decision(t.acled(), 0);
    }
}
