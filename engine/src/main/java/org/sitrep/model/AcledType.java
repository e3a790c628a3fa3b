package org.sitrep.model;

/** ACLED's event type and sub-event type for an event that ACLED would code. */
public record AcledType(String eventType, String subEventType) {}
