/**
 * Events: clauses and nominals whose trigger the lexicon ({@code triggers.tsv}) knows, with
 * actor and target from the dependency parse, polarity, date, place, quantities and the actor who
 * reports them; the same happening told twice becomes one event.
 */
package org.sitrep.extract.event;
