/**
 * Scores records against gold records, part by part, with the matching rules of the shared
 * development sets: names shared one-to-one, events by type and resolved actors, quotes by text
 * overlap, coordinates within kind-dependent distances, ACLED labels and web-page bodies.
 * Works on JSON trees, since gold records are partial and carry fields the model does not have.
 * Imports {@code model}, {@code pipeline} and {@code json} only; never prints.
 */
package org.sitrep.eval;
