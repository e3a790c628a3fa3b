/**
 * The NLP stage: the only package that imports Stanford CoreNLP. It turns an
 * {@link org.sitrep.model.Article} into an {@link org.sitrep.model.AnnotatedArticle} of our own
 * records, so no other package ever sees a CoreNLP type.
 */
package org.sitrep.nlp;
