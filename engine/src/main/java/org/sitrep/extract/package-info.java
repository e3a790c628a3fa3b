/**
 * The extract stage: reads an {@link org.sitrep.model.AnnotatedArticle} and finds its actors,
 * places, quotes and events, assembled into a {@link org.sitrep.model.SitrepRecord} by
 * {@link org.sitrep.extract.RecordExtractor}. Uses {@code resolve} for knowledge; never imports CoreNLP.
 */
package org.sitrep.extract;
