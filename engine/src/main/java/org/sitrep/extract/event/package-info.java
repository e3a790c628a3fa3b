/**
 * Events: clauses and nominals whose trigger the lexicon ({@code triggers.tsv}) knows, with
 * actor and target from the dependency parse, polarity, date, place, quantities and the actor who
 * reports them; the same happening told twice becomes one event. The ACLED type of each event is
 * the trigger's, refined by the ordered rules of {@code acled-rules.tsv}. What an attack strikes
 * that no one names ({@code attack-targets.tsv}: buildings, vehicles, people told by a common
 * noun) becomes an actor first, and an attack on a named target with no attacker in its
 * sentences is the armed group the article blames.
 */
package org.sitrep.extract.event;
