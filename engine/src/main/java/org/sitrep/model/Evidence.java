package org.sitrep.model;

/** The sentence that states an event best, with its offsets in the article text. */
public record Evidence(String text, int start, int end) {}
