package org.sitrep.model;

/**
 * A time expression with its TIMEX3 value normalised against the article's publication date.
 *
 * @param value TIMEX3 value, e.g. {@code 2019-02-17}, {@code 2018-12}, {@code P2D}, or null
 * @param type  DATE, TIME, DURATION or SET
 */
public record TimeMention(String text, String type, String value, int sentence, int firstToken,
                          int lastToken, Span span) {}
