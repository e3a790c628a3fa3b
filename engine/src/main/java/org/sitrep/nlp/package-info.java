/**
 * The NLP stage: with {@code edu.stanford.nlp.tagger.maxent.CachedScoresTagger} (our decoder of
 * CoreNLP's tagger model) and {@code edu.stanford.nlp.ie.crf.CachedNerFeatures} (our feature
 * extraction for CoreNLP's NER models), which must live in CoreNLP's packages to reach the models'
 * internals, the only code that imports Stanford CoreNLP. It turns an
 * {@link org.sitrep.model.Article} into an {@link org.sitrep.model.AnnotatedArticle} of our own
 * records, so no other package ever sees a CoreNLP type.
 */
package org.sitrep.nlp;
