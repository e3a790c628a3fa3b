package org.sitrep.model;

/**
 * Words the article quotes.
 *
 * @param speaker     id of the actor who says them, or null for scare quotes and unknown speakers
 * @param speakerName the speaker as the text names it, or null
 * @param quotedBy    for a quote inside a quote, the id of the actor reporting it, else null
 */
public record Quote(String text, String speaker, String speakerName, String quotedBy, int start, int end) {}
