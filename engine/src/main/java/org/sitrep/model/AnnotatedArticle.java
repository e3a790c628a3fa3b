package org.sitrep.model;

import java.util.List;

/** An article with the NLP stage's analysis of its text. */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<Problem> problems) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        problems = List.copyOf(problems);
    }
}
