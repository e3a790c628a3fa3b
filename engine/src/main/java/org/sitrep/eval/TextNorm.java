package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text comparison of the evaluation: lower-cased, punctuation dropped, a leading article
 * dropped, so that "The Islamic State," and "islamic state" are the same name. Thread-safe.
 */
public final class TextNorm {

    /** Dashes and slashes separate words ("US-backed"); other punctuation just disappears ("U.S."). */
    private static final Pattern SEPARATORS = Pattern.compile("[\\p{Pd}/\\\\_]+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:a|an|the) ");
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private TextNorm() {
    }

    /** The normalised form; the empty string for null or for text that is only punctuation. */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String t = s.toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
        t = SEPARATORS.matcher(t).replaceAll(" ");
        t = PUNCTUATION.matcher(t).replaceAll("");
        t = SPACE.matcher(t).replaceAll(" ").strip();
        return LEADING_ARTICLE.matcher(t).replaceFirst("");
    }

    /** Lower-cased word tokens (runs of Unicode word characters). */
    public static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The last word of the normalised form: the surname of a person's name. */
    public static String lastWord(String s) {
        String n = normalise(s);
        int space = n.lastIndexOf(' ');
        return space < 0 ? n : n.substring(space + 1);
    }
}
