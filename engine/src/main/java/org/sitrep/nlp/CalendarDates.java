package org.sitrep.nlp;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.nlp.TimeFinder.Found;

/**
 * Reads calendar dates: "17 February 2019", "Feb. 17", "in December", "2019-02-17", "the 17th", years,
 * decades and seasons, a month or day without a year put in the year nearest the publication day;
 * immutable and thread-safe.
 */
final class CalendarDates {

    private static final Pattern YEAR = Pattern.compile("(?:mid-)?((?:19|20)\\d\\d)");
    private static final Pattern DECADE = Pattern.compile("(?:mid-)?((?:1[89]|20)\\d)0s");
    /** A day of the month, or the first of a range ("24-25", "19/20"). */
    private static final Pattern DAY =
            Pattern.compile("(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?:[-/](?:0?[1-9]|[12]\\d|3[01]))?");
    private static final Pattern ORDINAL_DAY = Pattern.compile("([12]?\\d|3[01])(?:st|nd|rd|th)");
    private static final Pattern ISO_DATE = Pattern.compile("((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})([/.])(\\d{1,2})\\2((?:19|20)\\d\\d)");
    /** A year next to a month ("March 17, 1884"): any four digits up to 2099. */
    private static final Pattern HISTORIC_YEAR = Pattern.compile("1\\d{3}|20\\d\\d");
    /** Words after which "March" or "May" is the month, not the verb or the modal. */
    private static final Set<String> MONTH_CUES = Set.of("in", "since", "by", "until", "till", "last", "next", "this",
            "into", "early", "late", "mid", "from", "during", "through", "before", "after");
    /** "the end of May": words before "of" that make the month name a month. */
    private static final Set<String> PARTS_OF_MONTH = Set.of("end", "beginning", "start", "middle", "month");
    /** "February and March": a second month in a list is a month too. */
    private static final Set<String> LIST_WORDS = Set.of("and", "or", "to", ",", "through");
    private static final Set<String> AMBIGUOUS_MONTHS = Set.of("march", "may");
    private static final Set<String> SHIFTS = Set.of("last", "this", "next");
    private static final Set<String> SEASON_CUES = Set.of("the", "in");

    private final TimeWords words;

    CalendarDates(TimeWords words) {
        this.words = words;
    }

    /**
     * "17 February 2019", "Feb. 17", "February 2019", "in December", "last March", "2019-02-17",
     * "17/02/2019", "the 17th".
     */
    Found date(TimeTokens t, int i) {
        Matcher iso = ISO_DATE.matcher(t.w(i));
        if (iso.matches()) {
            String v = TimeValues.date(num(iso, 1), num(iso, 2), num(iso, 3));
            return v == null ? null : new Found(i, i + 1, "DATE", v);
        }
        Matcher slash = SLASH_DATE.matcher(t.w(i));
        if (slash.matches()) {
            int a = num(slash, 1);
            int b = num(slash, 3);
            String v = b > 12 ? TimeValues.date(num(slash, 4), a, b) : TimeValues.date(num(slash, 4), b, a);
            return v == null ? null : new Found(i, i + 1, "DATE", v);
        }
        if (SHIFTS.contains(t.w(i)) && words.value(t.bare(i + 1), "month") != null && month(t, i + 1) != null
                && dayNumber(t, i + 2) == null) {
            int direction = t.w(i).equals("last") ? -1 : t.w(i).equals("next") ? 1 : 0;
            return new Found(i, i + 2, "DATE", TimeValues.month(t.anchor(), month(t, i + 1), direction));
        }
        Integer day = dayNumber(t, i);
        if (day != null) {
            int m = t.w(i + 1).equals("of") ? i + 2 : i + 1;
            Integer month = month(t, m);
            return month == null ? null : withYear(t, i, m + 1, month, day);
        }
        Integer month = month(t, i);
        if (month != null) {
            Integer d = dayNumber(t, i + 1);
            if (d != null) {
                return withYear(t, i, i + 2, month, d);
            }
            int y = t.w(i + 1).equals(",") ? i + 2 : i + 1;
            if (HISTORIC_YEAR.matcher(t.w(y)).matches()) {
                return new Found(i, y + 1, "DATE", t.w(y) + "-" + TimeValues.two(month));
            }
            return monthAlone(t, i) ? new Found(i, i + 1, "DATE", TimeValues.month(t.anchor(), month)) : null;
        }
        if (t.w(i).equals("the") && ORDINAL_DAY.matcher(t.w(i + 1)).matches() && !t.pos(i + 2).startsWith("NN")
                && !t.w(i + 2).equals("of")) {
            int d = dayNumber(t, i + 1);
            LocalDate a = t.anchor();
            String v = a == null ? "XXXX-XX-" + TimeValues.two(d)
                    : TimeValues.date(d <= a.getDayOfMonth() ? a.getYear() : a.minusMonths(1).getYear(),
                            d <= a.getDayOfMonth() ? a.getMonthValue() : a.minusMonths(1).getMonthValue(), d);
            return v == null ? null : new Found(i, i + 2, "DATE", v);
        }
        return null;
    }

    /**
     * Whether a month name without day or year is the month: "March" and "May" only after a
     * word that makes them one ("in May", "until March", "February and March"), not the
     * verb, the modal or the start of a name; an abbreviation only where a sentence split cut
     * its day off ("on Feb." then "12").
     */
    private boolean monthAlone(TimeTokens t, int i) {
        String bare = t.bare(i);
        if (words.value(bare, "month") == null) {
            return t.w(i + 1).equals(".") || i == t.size() - 1;
        }
        if (!AMBIGUOUS_MONTHS.contains(bare) || MONTH_CUES.contains(t.w(i - 1))) {
            return true;
        }
        if (t.w(i - 1).equals("of")) {
            return PARTS_OF_MONTH.contains(t.w(i - 2));
        }
        return LIST_WORDS.contains(t.w(i - 1)) && month(t, i - 2) != null;
    }

    /** A month and day, with the year that follows ("February 17, 2019") or the nearest one. */
    private Found withYear(TimeTokens t, int first, int next, int month, int day) {
        int y = t.w(next).equals(",") ? next + 1 : next;
        if (HISTORIC_YEAR.matcher(t.w(y)).matches()) {
            String v = TimeValues.date(Integer.parseInt(t.w(y)), month, day);
            return v == null ? null : new Found(first, y + 1, "DATE", v);
        }
        return day > YearMonth.of(2000, month).lengthOfMonth() ? null
                : new Found(first, next, "DATE", TimeValues.monthDay(t.anchor(), month, day));
    }

    /** "spring 2019", "last summer", "in the autumn": a season, of a year when the text or the anchor gives one. */
    Found season(TimeTokens t, int i) {
        String which = t.w(i);
        String season = words.value(t.w(i + 1), "season");
        if (season != null && t.outsideName(i + 1) && SHIFTS.contains(which)) {
            int shift = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
            String year = t.anchor() == null ? "XXXX" : String.valueOf(t.anchor().getYear() + shift);
            return new Found(i, i + 2, "DATE", year + "-" + season);
        }
        season = words.value(which, "season");
        if (season == null || !t.outsideName(i)) {
            return null;
        }
        if (year(t, i + 1) != null) {
            return new Found(i, i + 2, "DATE", year(t, i + 1) + "-" + season);
        }
        // "fall" is mostly the verb; the other seasons after "in" or "the" are seasons
        boolean cued = SEASON_CUES.contains(t.w(i - 1)) && !which.equals("fall");
        return cued ? new Found(i, i + 1, "DATE", "XXXX-" + season) : null;
    }

    /** "2019" (not "2019 people"), "mid-2014", "1990s". */
    Found yearOrDecade(TimeTokens t, int i) {
        String year = year(t, i);
        if (year != null && t.outsideName(i) && !t.pos(i + 1).equals("NNS")) {
            return new Found(i, i + 1, "DATE", year);
        }
        return decade(t, i);
    }

    /** A decade: "1990s", "mid-1990s" (199X). */
    Found decade(TimeTokens t, int i) {
        Matcher m = DECADE.matcher(t.w(i));
        return m.matches() ? new Found(i, i + 1, "DATE", m.group(1) + "X") : null;
    }

    /** A year: 1900-2099 written as four digits, possibly "mid-2014". */
    private String year(TimeTokens t, int i) {
        Matcher m = YEAR.matcher(t.w(i));
        return m.matches() ? m.group(1) : null;
    }

    /** A day of the month before or after a month name: "17", "17th". */
    private Integer dayNumber(TimeTokens t, int i) {
        Matcher m = DAY.matcher(t.w(i));
        return m.matches() && !m.group(1).equals("0") ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * The month a capitalised token names ("February", "Feb.", "mid-December"); the tagger
     * often calls "May" a modal even before a day ("auction May 16"), so the part of speech
     * is left to {@link #monthAlone}, which asks for a word before it that makes it a month.
     */
    private Integer month(TimeTokens t, int i) {
        String bare = t.bare(i);
        if (!t.outsideName(i) || bare.isEmpty()
                || !Character.isUpperCase(t.word(i).charAt(t.word(i).length() - bare.length()))) {
            return null;
        }
        String v = words.value(bare, "month");
        if (v == null) {
            v = words.value(t.bare(i), "month-abbreviation");
        }
        return v == null ? null : Integer.valueOf(v);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
