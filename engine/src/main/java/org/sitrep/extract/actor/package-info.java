/**
 * Actors: finds every mention of an actor (dictionary names, named entities, group nouns,
 * acronyms the text defines) and merges the mentions of one real-world actor into one
 * {@link org.sitrep.model.Actor}.
 */
package org.sitrep.extract.actor;
