package org.sitrep.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Token;

/**
 * One sentence's tokens as the time rules read them, with the publication day (may be null); any
 * index outside the sentence reads as an empty token, so rules can look around without bounds
 * checks. Immutable and thread-safe.
 */
final class TimeTokens {

    /** Tags of tokens that are not part of a name: a month or weekday in "Sunday Times" is no date. */
    private static final Set<String> NAME_FREE = Set.of("O", "DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL");

    private final List<Token> tokens;
    private final LocalDate anchor;
    private final String[] lower;

    TimeTokens(List<Token> tokens, LocalDate anchor) {
        this.tokens = tokens;
        this.anchor = anchor;
        this.lower = new String[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = tokens.get(i).word().toLowerCase(Locale.ROOT);
        }
    }

    LocalDate anchor() {
        return anchor;
    }

    int size() {
        return tokens.size();
    }

    /** Whether the token is outside a name. */
    boolean outsideName(int i) {
        return i >= 0 && i < tokens.size() && NAME_FREE.contains(tokens.get(i).ner());
    }

    String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).word() : "";
    }

    /** The lower-case word. */
    String w(int i) {
        return i >= 0 && i < lower.length ? lower[i] : "";
    }

    /** The lower-case word without a "mid-" prefix ("mid-December"). */
    String bare(int i) {
        String w = w(i);
        return w.startsWith("mid-") ? w.substring(4) : w;
    }

    String pos(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).pos() : "";
    }
}
