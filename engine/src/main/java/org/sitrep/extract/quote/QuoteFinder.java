package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quotations of a text: curly and straight double quotes, single quotes nested in
 * them, and quotes that run over paragraph breaks. A paragraph that leaves a quote open and a
 * next one that reopens it is the news convention for a long quote, so both make one quotation;
 * a quote left open with no such sequel is a stray mark and is dropped. Stateless and thread-safe.
 */
final class QuoteFinder {

    /** Longer than any real quotation: an opening mark this far from its closing one is a stray. */
    private static final int MAX_LENGTH = 5000;

    List<QuoteSpan> find(String text) {
        List<QuoteSpan> out = new ArrayList<>();
        for (QuoteSpan top : doubleQuotes(text)) {
            int parent = out.size();
            out.add(top);
            out.addAll(singleQuotesIn(text, top, parent));
        }
        return out;
    }

    private static List<QuoteSpan> doubleQuotes(String text) {
        List<QuoteSpan> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open >= 0 && i - open > MAX_LENGTH) {
                open = -1;
            }
            if (c == '\n') {
                if (open >= 0 && !continuesAfter(text, open, i)) {
                    if (endsSentence(text, open, i)) {
                        add(out, text, open, i, -1); // the closing mark is missing, the words are whole
                    }
                    open = -1;
                }
            } else if (c == '\u201c' || c == '\u201e') {
                if (open >= 0 && endsParagraph(text, i)) {
                    add(out, text, open, i, -1); // an opening mark typed for a closing one
                    open = -1;
                } else if (open < 0 || !reopens(text, open, i)) {
                    open = i;
                }
            } else if (c == '\u201d') {
                if (open >= 0) {
                    add(out, text, open, i, -1);
                    open = -1;
                }
            } else if (c == '"') {
                if (open < 0) {
                    if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
                        open = i;
                    }
                } else if (!reopens(text, open, i)) {
                    add(out, text, open, i, -1);
                    open = -1;
                }
            }
        }
        return out;
    }

    /** An opening mark at the start of a paragraph, after a quote left open: the quote goes on. */
    private static boolean reopens(String text, int open, int mark) {
        int j = mark - 1;
        while (j > open && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j > open && text.charAt(j) == '\n';
    }

    /** Whether only spaces stand between a mark and the end of its paragraph. */
    private static boolean endsParagraph(String text, int mark) {
        int j = mark + 1;
        while (j < text.length() && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j >= text.length() || text.charAt(j) == '\n';
    }

    /** Whether the words of a quote left open end its paragraph with a full stop, "?" or "!". */
    private static boolean endsSentence(String text, int open, int newline) {
        String words = text.substring(open + 1, newline).strip();
        return words.length() > 1 && ".?!".indexOf(words.charAt(words.length() - 1)) >= 0;
    }

    /** Whether a quote opens its paragraph, or opens right after a colon: it may run on to the next. */
    private static boolean opensParagraph(String text, int open) {
        int j = open - 1;
        while (j >= 0 && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j < 0 || text.charAt(j) == '\n' || text.charAt(j) == ':';
    }

    /**
     * Whether a quote still open at a line break goes on in the next paragraph: that paragraph
     * closes it before opening any other, or reopens it after a quote that opened its own
     * paragraph (a quote begun mid-sentence whose mark is never closed is a lost mark instead).
     */
    private static boolean continuesAfter(String text, int open, int newline) {
        int j = newline;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j >= text.length()) {
            return false;
        }
        char first = text.charAt(j);
        if (first == '\u201c' || first == '\u201e' || first == '"') {
            return opensParagraph(text, open);
        }
        for (int k = j; k < text.length() && text.charAt(k) != '\n'; k++) {
            char c = text.charAt(k);
            if (c == '\u201d') {
                return true;
            }
            if (c == '\u201c' || c == '\u201e') {
                return false;
            }
            if (c == '"') {
                return k + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(k + 1));
            }
        }
        return false;
    }

    /** Single quotes inside a double one: ‘...’ or '...', told from apostrophes by their neighbours. */
    private static List<QuoteSpan> singleQuotesIn(String text, QuoteSpan outer, int parent) {
        List<QuoteSpan> out = new ArrayList<>();
        int open = -1;
        for (int i = outer.start(); i < outer.end(); i++) {
            char c = text.charAt(i);
            boolean letterBefore = i > outer.start() && Character.isLetterOrDigit(text.charAt(i - 1));
            boolean spaceBefore = i == outer.start() || Character.isWhitespace(text.charAt(i - 1));
            boolean letterAfter = i + 1 < outer.end() && Character.isLetterOrDigit(text.charAt(i + 1));
            if (c == '\u2018' && !letterBefore) {
                open = i;
            } else if (c == '\'' && open < 0 && (spaceBefore || opensAfter(text.charAt(i - 1))) && letterAfter
                    && Character.isLetter(text.charAt(i + 1))) {
                open = i;
            } else if ((c == '\u2019' || c == '\'') && open >= 0 && !letterAfter && !spaceBefore && i > open + 1) {
                add(out, text, open, i, parent);
                open = -1;
            }
        }
        return out;
    }

    private static boolean opensAfter(char c) {
        return c == ':' || c == '(' || c == '\u201c' || c == '"' || c == '\u2014' || c == '\u2013';
    }

    private static void add(List<QuoteSpan> out, String text, int open, int close, int parent) {
        if (!text.substring(open + 1, close).isBlank()) {
            out.add(new QuoteSpan(open, open + 1, close, close, parent));
        }
    }
}
