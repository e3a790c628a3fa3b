package org.sitrep.model;

/** Whether the text asserts an event, denies it, supposes it or reports it as planned. */
public enum Polarity {
    ASSERTED, NEGATED, HYPOTHETICAL, PLANNED;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
