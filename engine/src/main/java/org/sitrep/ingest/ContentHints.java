package org.sitrep.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Class and id tokens from {@code html-hints.txt} that mark main text or furniture, so layout
 * knowledge stays out of the scoring code. Immutable and thread-safe.
 */
final class ContentHints {

    private static final ContentHints EMBEDDED = new ContentHints();

    private final Set<String> positive = new HashSet<>();
    private final Set<String> negative = new HashSet<>();
    private final Set<String> drop = new HashSet<>();
    private final Set<String> exclude = new HashSet<>();

    private ContentHints() {
        for (String[] row : DataLines.rows("html-hints.txt")) {
            String token = row[1].strip().toLowerCase(Locale.ROOT);
            switch (row[0].strip()) {
                case "positive" -> positive.add(token);
                case "negative" -> negative.add(token);
                case "drop" -> drop.add(token);
                case "exclude" -> exclude.add(token);
                default -> throw new IllegalStateException("html-hints.txt: unknown hint " + row[0]);
            }
        }
    }

    static ContentHints embedded() {
        return EMBEDDED;
    }

    /** +25 for a main-text hint in the class, +25 in the id, -25 for each furniture hint, as a score offset. */
    int weight(Element e) {
        return weight(e.className()) + weight(e.id());
    }

    /** Whether the element's class or id names a kind of furniture that never belongs in the text. */
    boolean isDroppable(Element e) {
        for (String token : tokens(e.className() + " " + e.id())) {
            if (drop.contains(token) || exclude.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element's class or id names a region (comments, related links) whose text is never the article. */
    boolean isExcluded(Element e) {
        for (String token : tokens(e.className() + " " + e.id())) {
            if (exclude.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private int weight(String names) {
        if (names.isBlank()) {
            return 0;
        }
        boolean pos = false;
        boolean neg = false;
        for (String token : tokens(names)) {
            pos |= positive.contains(token);
            neg |= negative.contains(token);
        }
        return (pos ? 25 : 0) - (neg ? 25 : 0);
    }

    private static String[] tokens(String names) {
        return names.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
    }
}
