package org.sitrep.eval;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The article-body metric of the Scrapinghub extraction benchmark over many pages: precision and
 * recall are means of per-page ratios (a page with nothing predicted is left out of the precision
 * mean and has recall 0), F1 their harmonic mean. Immutable.
 */
public record BodyScore(List<Page> pages) {

    /**
     * One page's shingle counts, normalised to sum to 1 so that every page weighs the same.
     *
     * @param predicted whether anything was predicted for the page
     */
    public record Page(String id, double tp, double fp, double fn, boolean predicted) {
        public double precision() {
            return tp + fp == 0 ? 0 : tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : tp / (tp + fn);
        }
    }

    public BodyScore {
        pages = List.copyOf(pages);
    }

    public OptionalDouble precision() {
        return pages.stream().filter(Page::predicted).mapToDouble(Page::precision).average();
    }

    public OptionalDouble recall() {
        return pages.stream().mapToDouble(p -> p.predicted() ? p.recall() : 0).average();
    }

    public OptionalDouble f1() {
        if (pages.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Score.harmonic(precision().orElse(0), recall().orElse(0)));
    }
}
