/**
 * The NLP stage: with {@code edu.stanford.nlp.tagger.maxent.CachedScoresTagger} (our decoder of
 * CoreNLP's tagger model, which must live in CoreNLP's package to reach the model's internals),
 * the only code that imports Stanford CoreNLP. It turns an {@link org.sitrep.model.Article} into
 * an {@link org.sitrep.model.AnnotatedArticle} of our own records, so no other package ever sees
 * a CoreNLP type.
 */
package org.sitrep.nlp;
