/**
 * The domain model: small immutable records that every stage speaks, from the article the
 * reader produces to the {@code sitrep/1} record the engine emits. Records only; this package
 * imports nothing of the rest of sitrep and no library but the JDK.
 */
package org.sitrep.model;
