package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises page furniture lines (comment forms, share prompts, copyright, related-article
 * lists) from the patterns in {@code furniture.txt}. Immutable and thread-safe.
 */
final class FurnitureFilter {

    /** Titles in a related-articles list are short and end without a full stop. */
    private static final int MAX_LIST_ITEM = 140;

    private final List<Pattern> lines = new ArrayList<>();
    private final List<Pattern> lists = new ArrayList<>();

    private FurnitureFilter() {
        for (String[] row : DataLines.rows("furniture.txt")) {
            Pattern p = Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            (row[0].equals("list") ? lists : lines).add(p);
        }
    }

    private static final FurnitureFilter EMBEDDED = new FurnitureFilter();

    static FurnitureFilter embedded() {
        return EMBEDDED;
    }

    boolean isFurniture(String line) {
        String s = line.strip();
        return matchesAny(lines, s) || startsList(s);
    }

    boolean startsList(String line) {
        return matchesAny(lists, line.strip());
    }

    /** Whether a line after a related-list heading reads as one more linked title rather than prose. */
    static boolean isListItem(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= MAX_LIST_ITEM && !s.matches("(?s).*[.!?][\"”’')]?$");
    }

    private static boolean matchesAny(List<Pattern> patterns, String s) {
        for (Pattern p : patterns) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }
}
