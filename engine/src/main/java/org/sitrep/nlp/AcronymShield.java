package org.sitrep.nlp;

import java.util.Set;

/**
 * Hides all-capital names that are also English words ("IS" for the Islamic State, "US") from
 * the tagger, which otherwise reads "IS" as the verb "is" and misparses the sentence. Each
 * occurrence becomes a neutral capitalised word of the same length, so every offset is kept;
 * the adapter restores the real word from the text. Occurrences in all-capital passages
 * (headlines in capitals) are left alone.
 */
final class AcronymShield {

    private AcronymShield() {
    }

    static String shield(String text, Set<String> acronyms) {
        if (acronyms.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && Character.isLetter(text.charAt(j))) {
                j++;
            }
            String word = text.substring(i, j);
            if (acronyms.contains(word) && !inCapitals(text, i, j)) {
                out.replace(i, j, neutral(word.length()));
            }
            i = j;
        }
        return out.toString();
    }

    /** A capitalised nonce word the tagger takes for a proper noun. */
    private static String neutral(int length) {
        return "Q" + "x".repeat(length - 1);
    }

    /** Whether the words around {@code [start, end)} are in capitals too. */
    private static boolean inCapitals(String text, int start, int end) {
        int from = Math.max(0, start - 30);
        int to = Math.min(text.length(), end + 30);
        String around = text.substring(from, start) + text.substring(end, to);
        long lower = around.chars().filter(Character::isLowerCase).count();
        long upper = around.chars().filter(Character::isUpperCase).count();
        return upper > lower;
    }
}
