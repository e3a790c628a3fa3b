package org.sitrep.model;

import java.util.List;

/**
 * One real-world actor of an article, however many names the text gives it.
 *
 * @param country     ISO 3166-1 alpha-2 of its home country, or null
 * @param role        for a person, the title the text gives ("spokesman"), else null
 * @param affiliation for a person, the id of the actor it speaks or acts for, else null
 * @param aliases     every other surface form the text uses for it
 */
public record Actor(String id, String name, ActorKind kind, String country, String role,
                    String affiliation, List<String> aliases, List<Span> mentions) {
    public Actor {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
