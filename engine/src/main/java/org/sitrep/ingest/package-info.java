/**
 * Turns the raw bytes of one input into an {@link org.sitrep.model.Article}: decoding, plain-text
 * and HTML reading, main-content extraction, dates, captions, datelines, page furniture and language.
 * Patterns that are knowledge rather than logic live in the data files under
 * {@code org/sitrep/ingest/}. Imports only model, pipeline, jsoup and the language detector.
 */
package org.sitrep.ingest;
