package org.sitrep.resolve;

import org.sitrep.model.ActorKind;

/**
 * A collective noun that names an actor: "civilians", "protesters", or a description such as
 * "militants" that usually refers back to the article's named actor of kind {@code refers}.
 */
public record GroupNoun(String phrase, String name, ActorKind kind, ActorKind refers) {}
