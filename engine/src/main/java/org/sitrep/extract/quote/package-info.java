/**
 * Quotes: finds every quotation of an article (double quotes, single quotes nested in them,
 * quotes running over paragraphs) and its speaker, from the dependency parse and surface
 * patterns around speech words ({@code speech-words.tsv}). Reads the actors of
 * {@code extract.actor}; never imports CoreNLP.
 */
package org.sitrep.extract.quote;
