package org.sitrep.extract;

import java.util.Set;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;

/** Questions about a sentence's dependency parse that several extractors ask. */
public final class Syntax {

    private static final Set<String> ARGUMENT_RELATIONS = Set.of(
            "nsubj", "nsubj:pass", "nsubj:xsubj", "obj", "iobj", "obl:agent", "obl:by", "csubj");

    private Syntax() {
    }

    /** The token of {@code [first, last)} whose governor lies outside the range: the phrase's head. */
    public static int head(Sentence s, int first, int last) {
        for (int i = first; i < last; i++) {
            Dependency d = s.parentOf(i);
            if (d == null || d.head() < first || d.head() >= last) {
                return i;
            }
        }
        return last - 1;
    }

    /** The relation of a token to its governor, following {@code conj} to the first conjunct. */
    public static String relation(Sentence s, int token) {
        Dependency d = s.parentOf(token);
        int guard = 0;
        while (d != null && d.rel().equals("conj") && guard++ < 10) {
            d = s.parentOf(d.head());
        }
        return d == null ? "root" : d.rel();
    }

    /** The governor of a token, following {@code conj}, or -1. */
    public static int governor(Sentence s, int token) {
        Dependency d = s.parentOf(token);
        int guard = 0;
        while (d != null && d.rel().equals("conj") && guard++ < 10) {
            d = s.parentOf(d.head());
        }
        return d == null ? -1 : d.head();
    }

    /** Whether the relation is a core argument or agent: the phrase is a participant, not a setting. */
    public static boolean isArgument(String relation) {
        return ARGUMENT_RELATIONS.contains(relation);
    }

    /** The first dependent of {@code head} with one of the relations (prefix match on subtypes), or -1. */
    public static int child(Sentence s, int head, String... relations) {
        for (String rel : relations) {
            for (Dependency d : s.dependencies()) {
                if (d.head() == head && (d.rel().equals(rel) || d.rel().startsWith(rel + ":"))) {
                    return d.dep();
                }
            }
        }
        return -1;
    }

    /** The case-marking preposition of a token ({@code on} in "on X"), lower-cased, or null. */
    public static String preposition(Sentence s, int token) {
        int c = child(s, token, "case");
        return c < 0 ? null : s.tokens().get(c).word().toLowerCase(java.util.Locale.ROOT);
    }
}
