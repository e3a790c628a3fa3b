package org.sitrep.nlp;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.nlp.TimeFinder.Found;

/**
 * Reads how much time and at what hour: clock times ("3 pm", "0400 GMT"), durations ("two
 * years", "48 hours") and sets ("every week", "daily"), and the counts they are made of;
 * immutable and thread-safe.
 */
final class TimeAmounts {

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?:[:.](\\d\\d))?(a\\.?m\\.?|p\\.?m\\.?)?");
    private static final Pattern MERIDIEM = Pattern.compile("(a|p)\\.?m\\.?");
    private static final Pattern MILITARY = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d)");
    private static final Pattern COUNT = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern HYPHENATED = Pattern.compile("([a-z0-9.]+)-([a-z]+)(?:-old|-long)?");
    private static final Set<String> ZONES = Set.of("gmt", "utc", "est", "edt", "pst", "pdt", "cet", "bst");
    /** Words before a bare "10:30" that make it a clock time. */
    private static final Set<String> CLOCK_CUES =
            Set.of("at", "around", "about", "by", "until", "from", "after", "before");

    private final TimeWords words;

    TimeAmounts(TimeWords words) {
        this.words = words;
    }

    /** "every week", "each year", "every two days", "daily", "weekly". */
    Found set(TimeTokens t, int i) {
        String adverb = words.value(t.w(i), "set");
        if (adverb != null) {
            return new Found(i, i + 1, "SET", adverb);
        }
        if (words.value(t.w(i), "set-quantifier") == null) {
            return null;
        }
        String count = count(t, i + 1);
        int u = count == null || t.w(i + 1).equals("a") ? i + 1 : i + 2;
        String period = words.value(t.w(u), "unit");
        if (period == null || t.w(u).equals("second") && t.pos(u + 1).startsWith("NN")) {
            return null; // "every second attack"
        }
        return new Found(i, u + 1, "SET", TimeValues.times(period, u == i + 1 ? "1" : count));
    }

    /** "two years", "48 hours", "a decade", "eight-year", "40 - year - old", "for months", "in recent weeks". */
    Found duration(TimeTokens t, int i) {
        Matcher h = HYPHENATED.matcher(t.w(i));
        if (h.matches() && words.value(h.group(2), "unit") != null) {
            String count = countOf(h.group(1));
            return count == null ? null
                    : new Found(i, i + 1, "DURATION", TimeValues.times(words.value(h.group(2), "unit"), count));
        }
        String joined = countOf(t.w(i));
        String unit = words.value(t.w(i + 2), "unit");
        if (joined != null && unit != null && t.w(i + 1).equals("-")) {
            // the tokenizer splits "40-year-old" into 40 - year - old
            boolean age = t.w(i + 3).equals("-") && (t.w(i + 4).equals("old") || t.w(i + 4).equals("long"));
            return new Found(i, age ? i + 5 : i + 3, "DURATION", TimeValues.times(unit, joined));
        }
        String period = words.value(t.w(i + 1), "unit");
        String count = count(t, i);
        boolean article = t.w(i).equals("a") || t.w(i).equals("an");
        if (t.w(i).equals("a") && t.w(i + 1).equals("few")) {
            period = words.value(t.w(i + 2), "unit");
            return period == null ? null : new Found(i, i + 3, "DURATION", TimeValues.times(period, "X"));
        }
        boolean plural = t.w(i + 1).endsWith("s");
        if (count != null && period != null && !(article && (plural || t.w(i + 1).equals("second")))
                && !(t.w(i + 1).equals("second") && t.pos(i + 2).startsWith("NN"))) {
            return new Found(i, i + 2, "DURATION", TimeValues.times(period, count));
        }
        String bare = words.value(t.w(i), "unit");
        if (bare != null && (t.w(i - 1).equals("for") || t.w(i - 1).equals("recent")) && t.w(i).endsWith("s")) {
            return new Found(i, i + 1, "DURATION", TimeValues.times(bare, "X"));
        }
        return null;
    }

    /** A clock time: "3 pm", "10:30 a.m.", "3pm", "0400 GMT", "at 15:30", "noon", "midnight". */
    Found clock(TimeTokens t, int i) {
        String named = words.value(t.w(i), "clock");
        if (named != null) {
            return new Found(i, i + 1, "TIME", "T" + named);
        }
        Matcher mil = MILITARY.matcher(t.w(i));
        if (mil.matches() && ZONES.contains(t.w(i + 1))) {
            return new Found(i, i + 2, "TIME", "T" + mil.group(1) + ":" + mil.group(2));
        }
        Matcher c = CLOCK.matcher(t.w(i));
        if (!c.matches()) {
            return null;
        }
        int hour = Integer.parseInt(c.group(1));
        String minutes = c.group(2) == null ? "00" : c.group(2);
        String meridiem = c.group(3);
        int last = i + 1;
        if (meridiem == null && MERIDIEM.matcher(t.w(i + 1)).matches()) {
            meridiem = t.w(i + 1);
            last++;
        }
        boolean zoned = ZONES.contains(t.w(last));
        if (meridiem != null) {
            if (hour < 1 || hour > 12 || Integer.parseInt(minutes) > 59) {
                return null;
            }
            hour = hour % 12 + (meridiem.startsWith("p") ? 12 : 0);
        } else if (c.group(2) == null || hour > 23 || Integer.parseInt(minutes) > 59
                || !zoned && !CLOCK_CUES.contains(t.w(i - 1))) {
            return null; // a bare "10:30" is a time only where a time is expected
        }
        return new Found(i, zoned ? last + 1 : last, "TIME", "T" + TimeValues.two(hour) + ":" + minutes);
    }

    /** How many units a token counts: digits, a number word, "a"/"an" (1), "several"/"few" (X). */
    String count(TimeTokens t, int i) {
        String c = countOf(t.w(i));
        return c != null ? c : words.value(t.w(i), "count");
    }

    private String countOf(String w) {
        if (COUNT.matcher(w).matches()) {
            return w;
        }
        return words.value(w, "number");
    }
}
