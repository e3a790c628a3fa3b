package org.sitrep.eval;

import java.util.Set;

/**
 * The scores of one document, part by part; a part the gold does not annotate is null ("n/a").
 *
 * @param failure why the prediction is missing (extraction failed, no predicted record), or null
 */
public record DocumentScore(String id, Set<Part> parts, ArticleScore article, Score actors, PlaceScore places,
                            EventScore events, QuoteScore quotes, AcledScore acled, String failure) {

    public DocumentScore {
        parts = Set.copyOf(parts);
    }
}
