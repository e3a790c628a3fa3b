/**
 * Events: clauses and nominals whose trigger the lexicon ({@code triggers.tsv}) knows, with
 * actor and target from the dependency parse, polarity, date, place, quantities and the actor who
 * reports them; the same happening told twice becomes one event. The ACLED type of each event is
 * the trigger's, refined by the ordered rules of {@code acled-rules.tsv}.
 */
package org.sitrep.extract.event;
