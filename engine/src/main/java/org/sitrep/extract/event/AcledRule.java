package org.sitrep.extract.event;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.AcledType;
import org.sitrep.model.ActorKind;
import org.sitrep.model.EventType;

/**
 * One row of {@code acled-rules.tsv}: when an event of one of {@code types} has a sentence that
 * matches every cue group (and none of the negated ones), a base ACLED sub-event type among
 * {@code bases}, and an actor and target of the given kinds, its ACLED type becomes {@code result}.
 * Empty sets mean "any"; {@code actorUnknownOk} lets an event without that actor pass. Immutable.
 *
 * @param cues    patterns that must all be found in the lower-cased sentence
 * @param vetoes  patterns none of which may be found
 * @param boost   added to the event's confidence: a weapon word or a context is extra evidence
 */
public record AcledRule(Set<EventType> types, List<Pattern> cues, List<Pattern> vetoes, Set<String> bases,
                        Set<ActorKind> actorKinds, boolean actorUnknownOk, Set<ActorKind> targetKinds,
                        boolean targetUnknownOk, AcledType result, double boost) {
    public AcledRule {
        types = Set.copyOf(types);
        cues = List.copyOf(cues);
        vetoes = List.copyOf(vetoes);
        bases = Set.copyOf(bases);
        actorKinds = Set.copyOf(actorKinds);
        targetKinds = Set.copyOf(targetKinds);
    }

    /** Whether the rule applies to an event of this type, base ACLED type, actor kinds and sentence. */
    public boolean matches(EventType type, AcledType base, ActorKind actor, ActorKind target, String sentence) {
        if (!types.isEmpty() && !types.contains(type)) {
            return false;
        }
        if (!bases.isEmpty() && (base == null || !bases.contains(base.subEventType()))) {
            return false;
        }
        if (!kindFits(actorKinds, actorUnknownOk, actor) || !kindFits(targetKinds, targetUnknownOk, target)) {
            return false;
        }
        for (Pattern p : cues) {
            if (!p.matcher(sentence).find()) {
                return false;
            }
        }
        for (Pattern p : vetoes) {
            if (p.matcher(sentence).find()) {
                return false;
            }
        }
        return true;
    }

    private static boolean kindFits(Set<ActorKind> kinds, boolean unknownOk, ActorKind kind) {
        if (kinds.isEmpty() && !unknownOk) {
            return true; // no condition
        }
        return kind == null ? unknownOk : kinds.contains(kind);
    }
}
