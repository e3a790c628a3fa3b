package org.sitrep.extract.actor;

import org.sitrep.model.ActorKind;
import org.sitrep.model.Span;
import org.sitrep.resolve.DictionaryActor;
import org.sitrep.resolve.GroupNoun;

/**
 * One mention of a would-be actor: tokens {@code [first, last)} of a sentence.
 *
 * @param key     what identifies the actor across mentions (dictionary name, person name, ...)
 * @param entry   the dictionary entry it matched, or null
 * @param group   the group noun it matched, or null
 * @param country ISO code of the actor's country where the mention tells it
 */
public record Mention(Span span, int sentence, int first, int last, String surface, String key,
                      ActorKind kind, String country, DictionaryActor entry, GroupNoun group) {

    public boolean overlaps(Mention other) {
        return span.overlaps(other.span);
    }
}
