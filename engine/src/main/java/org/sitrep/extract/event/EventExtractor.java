package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.Syntax;
import org.sitrep.extract.actor.ActorSet;
import org.sitrep.extract.place.PlaceSet;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Polarity;
import org.sitrep.model.Quantity;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Finds the events of an article: every clause or nominal whose trigger the lexicon knows and
 * whose frame conditions hold, with its arguments read off the dependency parse. Stateless and
 * thread-safe. Merging the drafts of one happening is {@link EventMerger}'s job.
 *
 * <p>Each part of a draft has its own reader: {@link TriggerMatcher} finds the trigger,
 * {@link NonEventFilter} drops the ones that report no happening, {@link Participants} finds
 * actor, target and reporter, {@link Modality} the polarity, {@link EventDates} the date,
 * {@link EventPlaces} the place and {@link EventCounts} the quantities and fatalities. Then
 * {@link Attribution} blames attacks that name no attacker on the article's armed group, and
 * {@link TargetSites} tells {@link AttackTargets} what attacks struck that no one named.
 */
public final class EventExtractor {

    private final TriggerMatcher triggers;
    private final EventMerger merger;
    private final AttackTargets targets = AttackTargets.embedded();
    private final AttackRoles roles = AttackRoles.embedded();
    private final NonEventFilter nonEvents = new NonEventFilter(roles);
    private final Participants participants = new Participants(roles);
    private final TargetSites targetSites = new TargetSites(targets, roles);

    public EventExtractor(TriggerLexicon lexicon, AcledRules acledRules) {
        this.triggers = new TriggerMatcher(lexicon);
        this.merger = new EventMerger(acledRules);
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
                Trigger trigger = triggers.at(s, t, actors);
                if (trigger != null && trigger.type() == org.sitrep.model.EventType.ASSAULT) {
                    sites.addAll(targetSites.of(article, s, t.index(), trigger));
                }
            }
        }
        return targets.add(article, actors, places, sites);
    }

    /** The article's events as each clause or nominal tells them, before merging. */
    List<EventDraft> drafts(AnnotatedArticle article, ActorSet actors, PlaceSet places) {
        List<EventDraft> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (s.dependencies().isEmpty()) {
                continue;
            }
            Trigger[] found = new Trigger[s.tokens().size()];
            for (Token t : s.tokens()) {
                found[t.index()] = triggers.at(s, t, actors);
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

    private EventDraft draft(AnnotatedArticle article, Sentence s, Token t, Trigger trigger, ActorSet actors,
                             PlaceSet places) {
        int i = t.index();
        String actor = participants.actor(s, i, trigger, actors);
        String target = participants.target(article, s, i, trigger, actors);
        if (actor != null && actor.equals(target)) {
            target = null;
        }
        String[] date = EventDates.date(article, s, i);
        List<Quantity> quantities = EventCounts.quantities(s, i, actors);
        double confidence = 0.45 + (actor != null ? 0.25 : 0) + (target != null ? 0.15 : 0) + (trigger.verb() ? 0.1 : 0);
        return new EventDraft(trigger, s.index(), i, actor, target, EventPlaces.place(article, s, places),
                date[0], date[1], quantities, EventCounts.fatalities(trigger, s),
                participants.reportedBy(s, i, actors),
                "negated".equals(trigger.condition("needs")) || trigger.frame().contains("ultimatum") ? Polarity.ASSERTED
                        : Modality.polarity(s, i), Math.min(confidence, 0.95),
                !trigger.verb() && target == null && definite(s, i) && !s.tokens().get(i).pos().equals("NNS"));
    }

    private static boolean definite(Sentence s, int noun) {
        int det = Syntax.child(s, noun, "det");
        return det >= 0 && Set.of("the", "this", "that").contains(s.tokens().get(det).word().toLowerCase(Locale.ROOT));
    }
}
