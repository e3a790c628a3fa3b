package org.sitrep.resolve.geo;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The two keys a place name is looked up by: its normalised form (accents, case and punctuation
 * gone) and a transliteration skeleton that lets Dayr az Zawr meet Deir ez-Zor. Stateless.
 */
public final class NameKey {

    /** The Arabic article as English transliterations write it, as a separate word. */
    private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ar", "as", "az", "ash", "at", "an", "ed",
            "er", "es", "et", "ez", "en", "ul", "adh", "ath");

    private NameKey() {
    }

    /**
     * Lower-case ASCII letters and digits in words separated by one space, a leading "the" dropped;
     * null when the name is written in a non-Latin script (such names never meet English text).
     */
    public static String normal(String name) {
        String d = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            char l = Character.toLowerCase(c);
            if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) {
                b.append(l);
            } else if (Character.isLetter(l)) {
                String folded = fold(l);
                if (folded == null) {
                    return null;
                }
                b.append(folded);
            } else if (l == '\'' || l == '\u2019' || l == '\u02bc' || l == '\u02bb' || l == '`' || l == '\u02be'
                    || l == '\u02bf' || l == '.') {
                continue; // Ma'arrat, St. Louis: the mark joins, it does not separate
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        String s = b.toString().trim();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s.isEmpty() ? null : s;
    }

    /**
     * The consonant skeleton of a normalised name: Arabic articles, vowels, w and y dropped, q read
     * as k, doubled letters and a final h collapsed. Null when it keeps fewer than 4 letters, too
     * loose to tell places apart.
     */
    public static String skeleton(String normal) {
        if (normal == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        String[] words = normal.split(" ");
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (words.length > 1 && ARTICLES.contains(word)) {
                continue;
            }
            if (word.startsWith("al") && word.length() > 4 && w > 0) {
                word = word.substring(2); // "Deir alZor" written as one word after a hyphen fell out
            }
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if ("aeiouwy".indexOf(c) >= 0) {
                    continue;
                }
                if (c == 'q') {
                    c = 'k';
                }
                if (b.length() > 0 && b.charAt(b.length() - 1) == c) {
                    continue;
                }
                b.append(c);
            }
        }
        if (b.length() > 0 && b.charAt(b.length() - 1) == 'h') {
            b.setLength(b.length() - 1);
        }
        return b.length() < 4 ? null : b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether two normalised names have as many words, the Arabic article not counted, starting
     * with the same letters (q read as k, any vowel as any other): the guard that keeps a
     * skeleton match from joining unrelated names ("City Hall" and "Catahoula Parish").
     */
    public static boolean sameShape(String a, String b) {
        List<String> x = contentWords(a);
        List<String> y = contentWords(b);
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (initial(x.get(i)) != initial(y.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> contentWords(String normal) {
        return Arrays.stream(normal.split(" ")).filter(w -> !w.isEmpty() && !ARTICLES.contains(w)).toList();
    }

    private static char initial(String word) {
        char c = word.charAt(0);
        return c == 'q' ? 'k' : "aeiou".indexOf(c) >= 0 ? 'a' : c;
    }

    private static String fold(char c) {
        return switch (c) {
            case 'ø' -> "o";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'ı' -> "i";
            case 'þ' -> "th";
            case 'ħ' -> "h";
            default -> null;
        };
    }
}
