package org.sitrep.model;

/**
 * A number the text attaches to an event: {@code up to 2,000 civilians}.
 *
 * @param qualifier exact, about, at_least, more_than, up_to, less_than or range
 * @param max       upper bound when the qualifier is range, else null
 */
public record Quantity(long value, Long max, String unit, String qualifier) {}
