/**
 * How stages compose: a {@link org.sitrep.pipeline.Stage} maps one record to an
 * {@link org.sitrep.pipeline.Outcome}, which carries either a value with its warnings or the
 * problem that rejected the input. Imports only {@code org.sitrep.model}.
 */
package org.sitrep.pipeline;
