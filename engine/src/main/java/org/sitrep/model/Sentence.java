package org.sitrep.model;

import java.util.List;

/**
 * One sentence with its tokens, dependency parse, entities and time expressions. The parse may
 * be a {@link DeferredList}, computed when an extractor first reads it; it is kept as given.
 */
public record Sentence(int index, Span span, String text, List<Token> tokens,
                       List<Dependency> dependencies, List<EntityMention> entities,
                       List<TimeMention> times) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = dependencies instanceof DeferredList<Dependency> ? dependencies : List.copyOf(dependencies);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
    }

    /** The arcs whose governor is the given token. */
    public List<Dependency> childrenOf(int head) {
        return dependencies.stream().filter(d -> d.head() == head).toList();
    }

    /** The arc that governs the given token, or null for the root or an unparsed sentence. */
    public Dependency parentOf(int dep) {
        for (Dependency d : dependencies) {
            if (d.dep() == dep) {
                return d;
            }
        }
        return null;
    }
}
