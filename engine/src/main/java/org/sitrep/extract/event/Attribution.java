package org.sitrep.extract.event;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.actor.ActorSet;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Polarity;

/** Gives the attacks that name no attacker the armed group the article blames; stateless and thread-safe. */
final class Attribution {

    private Attribution() {
    }

    /**
     * The armed group the article's asserted attacks name most often as attacker, else the armed
     * force they name most often ("each was killed by the army"), else the armed group the
     * article mentions most; null if none.
     */
    static String attacker(List<EventDraft> drafts, ActorSet actors) {
        Map<String, Integer> votes = attackerVotes(drafts, actors, Set.of(ActorKind.ARMED_GROUP));
        if (votes.isEmpty()) {
            votes = attackerVotes(drafts, actors, Set.of(ActorKind.MILITARY, ActorKind.POLICE));
        }
        if (votes.isEmpty()) {
            for (String id : actors.byMention().values()) {
                if (Participants.kindOf(actors, id) == ActorKind.ARMED_GROUP) {
                    votes.merge(id, 1, Integer::sum);
                }
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** How often each actor of the kinds is the attacker of an asserted attack. */
    private static Map<String, Integer> attackerVotes(List<EventDraft> drafts, ActorSet actors, Set<ActorKind> kinds) {
        Map<String, Integer> votes = new java.util.TreeMap<>();
        for (EventDraft d : drafts) {
            if (d.trigger().type() == org.sitrep.model.EventType.ASSAULT && d.polarity() == Polarity.ASSERTED
                    && d.actor() != null && kinds.contains(Participants.kindOf(actors, d.actor()))) {
                votes.merge(d.actor(), 1, Integer::sum);
            }
        }
        return votes;
    }

    /**
     * An attack on a named target whose sentences name no attacker, given the armed group the
     * article blames: news tells who attacks once ("the rebels claimed ...") and then lists what
     * was hit. An attack with neither ("the sound of mortar rounds") is too vague to blame.
     */
    static org.sitrep.model.Event attributed(org.sitrep.model.Event e, String attacker) {
        if (attacker == null || e.actor() != null || e.target() == null || attacker.equals(e.target())
                || e.type() != org.sitrep.model.EventType.ASSAULT || e.polarity() != Polarity.ASSERTED) {
            return e;
        }
        return new org.sitrep.model.Event(e.id(), e.type(), e.mode(), e.cameo(), e.acled(), attacker, e.target(),
                e.place(), e.date(), e.datePrecision(), e.quantities(), e.fatalities(), e.reportedBy(), e.polarity(),
                e.evidence(), e.confidence());
    }
}
