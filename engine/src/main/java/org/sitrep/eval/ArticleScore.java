package org.sitrep.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Exact-match accuracy of each article field the gold gives (headline, dateline, captions, ...). Immutable. */
public record ArticleScore(Map<String, Tally> fields) {

    public static final ArticleScore NONE = new ArticleScore(Map.of());

    public ArticleScore {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public ArticleScore plus(ArticleScore o) {
        Map<String, Tally> all = new LinkedHashMap<>(fields);
        o.fields.forEach((k, v) -> all.merge(k, v, Tally::plus));
        return new ArticleScore(all);
    }

    public Tally all() {
        return fields.values().stream().reduce(Tally.NONE, Tally::plus);
    }
}
