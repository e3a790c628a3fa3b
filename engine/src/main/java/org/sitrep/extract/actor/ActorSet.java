package org.sitrep.extract.actor;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Actor;
import org.sitrep.model.Span;

/**
 * The actors of one article and where the text mentions them.
 *
 * @param byMention   actor id of every mention that became part of an actor, in text order
 * @param placeUses   mentions of states that the text uses as places ("in Syria"), for the place stage
 */
public record ActorSet(List<Actor> actors, Map<Mention, String> byMention, List<Mention> placeUses) {
    public ActorSet {
        actors = List.copyOf(actors);
        // In text order, so that every run of the same article gives the same record.
        Map<Mention, String> ordered = new LinkedHashMap<>();
        byMention.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Mention, String> e) -> e.getKey().span().start())
                        .thenComparingInt(e -> e.getKey().span().end()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        byMention = Collections.unmodifiableMap(ordered);
        placeUses = List.copyOf(placeUses);
    }

    /** The actor mentioned at token {@code token} of sentence {@code sentence}, or null. */
    public String actorAt(int sentence, int token) {
        for (Map.Entry<Mention, String> e : byMention.entrySet()) {
            Mention m = e.getKey();
            if (m.sentence() == sentence && m.first() <= token && token < m.last()) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Whether any actor is mentioned in sentence {@code sentence}. */
    public boolean mentionsIn(int sentence) {
        for (Mention m : byMention.keySet()) {
            if (m.sentence() == sentence) {
                return true;
            }
        }
        return false;
    }

    /** The actor whose mention overlaps a span most closely (shortest such mention), or null. */
    public String actorIn(Span span) {
        Mention best = null;
        for (Mention m : byMention.keySet()) {
            if (m.span().overlaps(span) && (best == null || m.span().length() > best.span().length())) {
                best = m;
            }
        }
        return best == null ? null : byMention.get(best);
    }

    public Actor byId(String id) {
        for (Actor a : actors) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        return null;
    }
}
