package org.sitrep.resolve;

import java.util.List;
import org.sitrep.model.ActorKind;

/**
 * One entry of the actor dictionary: a canonical name, its kind, home country (ISO alpha-2, null
 * for transnational actors), the other forms news text uses for it and its Wikidata id (null
 * where unknown). Immutable; thread-safe.
 */
public record DictionaryActor(String name, ActorKind kind, String country, List<String> aliases, String wikidata) {
    public DictionaryActor {
        aliases = List.copyOf(aliases);
    }
}
