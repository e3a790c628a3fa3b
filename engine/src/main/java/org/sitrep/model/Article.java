package org.sitrep.model;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One news article as the reader cleaned it: metadata plus the body text that every
 * character offset of the record indexes.
 *
 * @param published local date and time the page states, or null when it states none
 * @param text      the cleaned body: headline, captions and page furniture removed
 * @param removed   page furniture taken out of the body (comment forms, share prompts, ...)
 */
public record Article(String id, String url, String headline, LocalDateTime published,
                      String agency, String dateline, String language,
                      List<String> captions, String text, List<String> removed) {
    public Article {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article id is required");
        }
        text = text == null ? "" : text;
        captions = List.copyOf(captions);
        removed = List.copyOf(removed);
    }

    public Article withPublished(LocalDateTime when) {
        return new Article(id, url, headline, when, agency, dateline, language, captions, text, removed);
    }

    public Article withId(String newId) {
        return new Article(newId, url, headline, published, agency, dateline, language, captions, text, removed);
    }
}
