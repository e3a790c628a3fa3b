package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds known multi-word names in a token sequence, longest match first. Short or all-capital
 * names ({@code IS}, {@code AP}) match only with their exact case, so that the pronoun "is" or
 * the word "ap" never match; longer names match in any case.
 *
 * @param <T> what a name stands for
 */
public final class PhraseIndex<T> {

    /** A match of tokens {@code [first, last)}. */
    public record Match<T>(T value, int first, int last, String surface) {}

    private static final Pattern PUNCTUATION = Pattern.compile("([,()])");
    private static final Pattern INNER_HYPHEN = Pattern.compile("(?<=\\w)-(?=\\w)");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, List<Entry<T>>> byKey = new HashMap<>();
    /** Every way a key can begin with a whole token: the key's text up to each space or hyphen, and all of it. */
    private final Set<String> heads = new HashSet<>();
    private int longest = 1;

    private record Entry<T>(T value, String exact, boolean caseSensitive) {}

    public void add(String name, T value) {
        String[] words = words(name);
        if (words.length == 0) {
            return;
        }
        String exact = join(List.of(words));
        boolean caseSensitive = exact.length() <= 4 || exact.equals(exact.toUpperCase(Locale.ROOT));
        String key = exact.toLowerCase(Locale.ROOT);
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry<>(value, exact, caseSensitive));
        for (int i = 1; i < key.length(); i++) {
            if (key.charAt(i) == ' ' || key.charAt(i) == '-') {
                heads.add(key.substring(0, i));
            }
        }
        heads.add(key);
        longest = Math.max(longest, words.length);
    }

    /** Non-overlapping matches over the given words, scanning left to right, longest first. */
    public List<Match<T>> find(List<String> tokens) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<T> m = longestAt(tokens, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.last();
            }
        }
        return out;
    }

    /** The value a whole phrase stands for, or null. */
    public T lookup(String phrase) {
        List<String> words = List.of(words(phrase));
        Match<T> m = words.isEmpty() || !mayBegin(words.get(0)) ? null : matchOf(words, 0, words.size());
        return m == null ? null : m.value();
    }

    private Match<T> longestAt(List<String> tokens, int start) {
        // Most tokens begin no name: one set look-up spares joining every span that starts there.
        if (start >= tokens.size() || !mayBegin(tokens.get(start))) {
            return null;
        }
        for (int n = Math.min(longest, tokens.size() - start); n >= 1; n--) {
            Match<T> m = matchOf(tokens, start, start + n);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** The name that tokens {@code [first, last)} make, in a case it may take, or null. */
    private Match<T> matchOf(List<String> tokens, int first, int last) {
        String surface = join(tokens.subList(first, last));
        List<Entry<T>> entries = byKey.get(surface.toLowerCase(Locale.ROOT));
        if (entries != null) {
            for (Entry<T> e : entries) {
                if (!e.caseSensitive() || e.exact().equals(surface)) {
                    return new Match<>(e.value(), first, last, surface);
                }
            }
        }
        return null;
    }

    /**
     * Whether some name can begin with this token; false means none starts there. A token that
     * {@link #words} would split further is always worth the full look-up.
     */
    boolean mayBegin(String token) {
        return heads.contains(token.toLowerCase(Locale.ROOT)) || token.indexOf(',') >= 0 || token.indexOf('(') >= 0
                || token.indexOf(')') >= 0 || token.indexOf('\'') >= 0 || token.indexOf(' ') >= 0;
    }

    /** Joins words as a key in which "Al - Qaeda" and "Al-Qaeda" are one, however the tokenizer split it. */
    private static String join(List<String> words) {
        return String.join(" ", words).replace(" - ", "-");
    }

    /** Splits a name into the words CoreNLP's tokenizer would make of it, closely enough. */
    static String[] words(String name) {
        if (plain(name)) {
            // Nothing for the patterns below to change: the common case, without them (issue 7).
            String trimmed = name.trim();
            return trimmed.isEmpty() ? new String[0] : trimmed.split(" ");
        }
        String spaced = name.trim();
        spaced = PUNCTUATION.matcher(spaced).replaceAll(" $1 ");
        spaced = INNER_HYPHEN.matcher(spaced).replaceAll(" - ");
        spaced = POSSESSIVE.matcher(spaced).replaceAll(" 's");
        spaced = SPACES.matcher(spaced).replaceAll(" ").trim();
        return spaced.isEmpty() ? new String[0] : spaced.split(" ");
    }

    /** No punctuation the patterns split or join, no whitespace but single spaces. */
    private static boolean plain(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ',' || c == '(' || c == ')' || c == '-' || c == '\'' || c < ' '
                    || c == ' ' && i + 1 < name.length() && name.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return true;
    }
}
