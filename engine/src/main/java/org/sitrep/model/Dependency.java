package org.sitrep.model;

/**
 * One arc of a sentence's dependency parse (Universal Dependencies relations).
 *
 * @param head token index of the governor, or -1 for the root
 * @param dep  token index of the dependent
 * @param rel  relation name, with its subtype ({@code nsubj:pass}, {@code obl:on})
 */
public record Dependency(int head, int dep, String rel) {}
