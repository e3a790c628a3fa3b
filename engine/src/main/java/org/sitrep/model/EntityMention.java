package org.sitrep.model;

/**
 * A named entity the NLP stage found: tokens {@code [firstToken, lastToken)} of a sentence.
 *
 * @param type PERSON, ORGANIZATION, LOCATION, CITY, STATE_OR_PROVINCE, COUNTRY, NATIONALITY, ...
 */
public record EntityMention(String text, String type, int sentence, int firstToken, int lastToken, Span span) {}
