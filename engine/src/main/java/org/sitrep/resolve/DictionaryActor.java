package org.sitrep.resolve;

import java.util.List;
import org.sitrep.model.ActorKind;

/** One entry of the actor dictionary: a canonical name, its kind, home country and aliases. */
public record DictionaryActor(String name, ActorKind kind, String country, List<String> aliases, String wikidata) {
    public DictionaryActor {
        aliases = List.copyOf(aliases);
    }
}
