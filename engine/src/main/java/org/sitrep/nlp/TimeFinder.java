package org.sitrep.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Token;

/**
 * Finds the time expressions of a sentence in one pass over its tokens and gives each a TIMEX3
 * value anchored to the publication day: days, weekdays and relative days, with their part of day
 * or clock time, here; calendar dates in {@link CalendarDates}; clock times, durations and sets in
 * {@link TimeAmounts}. Immutable and thread-safe.
 */
final class TimeFinder {

    /** A time expression: tokens {@code first} to {@code last} (exclusive), its type and value (may be null). */
    record Found(int first, int last, String type, String value) {}

    private static final Set<String> MODIFIERS = Set.of("early", "late", "mid", "earlier", "later");
    private static final Set<String> WEEKEND_DETERMINERS = Set.of("last", "this", "next", "the", "coming");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that");
    /** Where the clause of a weekday begins, looking back: "will" before these is another clause's. */
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "said", "says", "told", "\"", "''", "``");
    private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "'ll", "shall", "wo");
    /** Words before "to" that make it speak of the future: "is to", "are due to", "is expected to". */
    private static final Set<String> FUTURE_BEFORE_TO = Set.of("is", "are", "am", "due", "scheduled", "set", "expected");
    private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4}|XXXX)-(\\d\\d-\\d\\d|WXX-\\d)");
    /** The words an expression can start with that are not in the data file. */
    private static final Set<String> STARTERS = Set.of("the", "this", "that", "last", "next", "coming", "early", "late",
            "mid", "earlier", "later", "now");

    private final TimeWords words;
    private final CalendarDates dates;
    private final TimeAmounts amounts;

    TimeFinder(TimeWords words) {
        this.words = words;
        this.dates = new CalendarDates(words);
        this.amounts = new TimeAmounts(words);
    }

    /** The sentence's time expressions, left to right, none overlapping. */
    List<Found> find(List<Token> tokens, LocalDate anchor) {
        TimeTokens t = new TimeTokens(tokens, anchor);
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Found f = mayStart(t, i) ? modified(t, i) : null;
            if (f == null) {
                i++;
            } else {
                out.add(f);
                i = f.last();
            }
        }
        return out;
    }

    /** A cheap test that passes every token an expression can start with: digits, time words, determiners. */
    private boolean mayStart(TimeTokens t, int i) {
        String w = t.w(i);
        if (w.isEmpty() || Character.isDigit(w.charAt(0)) || words.known(w) || STARTERS.contains(w)) {
            return true;
        }
        int hyphen = w.indexOf('-');
        // "eight-year", "mid-December"
        return hyphen > 0 && (words.known(w.substring(0, hyphen)) || STARTERS.contains(w.substring(0, hyphen)));
    }

    /** "early 2014", "late Sunday", "earlier this month": a modifier kept in the text of a date or time. */
    private Found modified(TimeTokens t, int i) {
        String w = t.w(i);
        Found decade = w.equals("the") ? dates.decade(t, i + 1) : null;
        if (decade != null) {
            return new Found(i, decade.last(), decade.type(), decade.value());
        }
        if (MODIFIERS.contains(w)) {
            Found f = expression(t, i + 1);
            if (f != null && (f.type().equals("DATE") || f.type().equals("TIME"))) {
                return new Found(i, f.last(), f.type(), f.value());
            }
        }
        return expression(t, i);
    }

    private Found expression(TimeTokens t, int i) {
        Found f = clockWithDay(t, i);
        if (f == null) {
            f = dayWithTime(t, i);
        }
        if (f == null) {
            f = period(t, i);
        }
        if (f == null) {
            f = ago(t, i);
        }
        if (f == null) {
            f = partOfDay(t, i);
        }
        if (f == null) {
            f = dates.season(t, i);
        }
        if (f == null) {
            f = dates.yearOrDecade(t, i);
        }
        if (f == null) {
            f = amounts.set(t, i);
        }
        if (f == null) {
            f = amounts.duration(t, i);
        }
        if (f == null && t.w(i).equals("now")) {
            f = new Found(i, i + 1, "DATE", "PRESENT_REF");
        }
        return f;
    }

    /** "3 pm", "10:30 a.m. on Sunday": the day named with the clock time, else the publication day. */
    private Found clockWithDay(TimeTokens t, int i) {
        Found clock = amounts.clock(t, i);
        if (clock == null) {
            return null;
        }
        int j = clock.last();
        if (t.w(j).equals("on") || t.w(j).equals(",")) {
            j++;
        }
        Found day = day(t, j);
        if (day != null && hasDay(day.value())) {
            return new Found(i, day.last(), "TIME", day.value() + clock.value());
        }
        return new Found(i, clock.last(), "TIME", (t.anchor() == null ? "" : t.anchor().toString()) + clock.value());
    }

    /** A day, with its part of day ("Sunday morning") or clock time ("Sunday at 3 pm") if it has one. */
    private Found dayWithTime(TimeTokens t, int i) {
        if (t.w(i).equals("last") && t.w(i + 1).equals("night")) {
            return new Found(i, i + 2, "TIME", t.anchor() == null ? null : t.anchor().minusDays(1) + "TNI");
        }
        Found day = day(t, i);
        if (day == null || !hasDay(day.value())) {
            return day;
        }
        int j = day.last();
        String part = words.value(t.w(j), "part-of-day");
        if (part != null) {
            return new Found(i, j + 1, "TIME", day.value() + "T" + part);
        }
        if (t.w(j).equals(",") || t.w(j).equals("at") || t.w(j).equals("about") || t.w(j).equals("around")) {
            j++;
        }
        Found clock = amounts.clock(t, j);
        return clock == null ? day : new Found(i, clock.last(), "TIME", day.value() + clock.value());
    }

    /** A calendar date, a weekday or a relative day ("yesterday"). */
    private Found day(TimeTokens t, int i) {
        if (weekday(t, i) != null) {
            int j = t.w(i + 1).equals(",") ? i + 2 : i + 1;
            Found date = dates.date(t, j);
            if (date != null && hasDay(date.value())) {
                return new Found(i, date.last(), "DATE", date.value()); // "Sunday, February 17"
            }
        }
        Found date = dates.date(t, i);
        if (date != null) {
            return date;
        }
        String direction = t.w(i);
        int j = direction.equals("last") || direction.equals("next") || direction.equals("coming")
                || direction.equals("this") ? i + 1 : i;
        String weekday = weekday(t, j);
        if (weekday != null) {
            int d = direction.equals("last") ? -1
                    : direction.equals("next") || direction.equals("coming") || future(t, i) ? 1 : 0;
            return new Found(i, j + 1, "DATE", TimeValues.weekday(t.anchor(), Integer.parseInt(weekday), d));
        }
        String offset = words.value(t.w(i), "relative-day");
        if (offset != null && t.outsideName(i)) {
            LocalDate a = t.anchor();
            return new Found(i, i + 1, "DATE", a == null ? null : a.plusDays(Integer.parseInt(offset)).toString());
        }
        String holiday = words.value(t.w(i), "holiday");
        if (holiday != null && t.outsideName(i) && Character.isUpperCase(t.word(i).charAt(0))) {
            return new Found(i, i + 1, "DATE", holiday.isEmpty() ? null : TimeValues.monthDay(t.anchor(),
                    Integer.parseInt(holiday.substring(0, 2)), Integer.parseInt(holiday.substring(3))));
        }
        return null;
    }

    /** The ISO number of the weekday a token names outside a name: "Sunday", "Tue.", "Sat" (not the verb). */
    private String weekday(TimeTokens t, int i) {
        if (!t.outsideName(i)) {
            return null;
        }
        String full = words.value(t.w(i), "weekday");
        if (full != null) {
            return full;
        }
        String bare = t.w(i).endsWith(".") ? t.w(i).substring(0, t.w(i).length() - 1) : t.w(i);
        boolean capitalised = Character.isUpperCase(t.word(i).charAt(0));
        return capitalised && !t.pos(i).startsWith("VB") ? words.value(bare, "weekday-abbreviation") : null;
    }

    /** "last week", "this month", "next year", "the weekend". */
    private Found period(TimeTokens t, int i) {
        String which = t.w(i);
        String unit = t.w(i + 1);
        if (unit.equals("weekend") && WEEKEND_DETERMINERS.contains(which)) {
            int d = which.equals("last") ? -1 : which.equals("next") || which.equals("coming") || future(t, i) ? 1 : 0;
            return new Found(i, i + 2, "DATE",
                    t.anchor() == null ? null : TimeValues.weekend(TimeValues.weekdayDate(t.anchor(), 6, d)));
        }
        int shift = switch (which) {
            case "last" -> -1;
            case "this" -> 0;
            case "next" -> 1;
            default -> Integer.MIN_VALUE;
        };
        String code = switch (unit) {
            case "week" -> "W";
            case "month" -> "M";
            case "year" -> "Y";
            default -> null;
        };
        if (shift == Integer.MIN_VALUE || code == null) {
            return null;
        }
        return new Found(i, i + 2, "DATE", t.anchor() == null ? null : TimeValues.shifted(t.anchor(), code, shift));
    }

    /** "three days ago", "two years ago", "a decade ago"; "a few days ago" names no day. */
    private Found ago(TimeTokens t, int i) {
        int c = t.w(i).equals("a") && "X".equals(words.value(t.w(i + 1), "count")) ? i + 1 : i;
        String count = amounts.count(t, c);
        String period = words.value(t.w(c + 1), "unit");
        if (count == null || period == null || !t.w(c + 2).equals("ago")) {
            return null;
        }
        String v = null;
        if (t.anchor() != null && !count.equals("X") && !count.contains(".")) {
            String p = TimeValues.times(period, count);
            String unit = p.substring(p.length() - 1);
            int n = Integer.parseInt(p.substring(p.startsWith("PT") ? 2 : 1, p.length() - 1));
            v = p.startsWith("PT") ? t.anchor().toString() : TimeValues.shifted(t.anchor(), unit, -n);
        }
        return new Found(i, c + 3, "DATE", v);
    }

    /** "this morning", "the afternoon", "overnight": a part of the publication day. */
    private Found partOfDay(TimeTokens t, int i) {
        int j = DETERMINERS.contains(t.w(i)) ? i + 1 : i;
        String part = words.value(t.w(j), "part-of-day");
        if (part == null || !t.outsideName(j)) {
            return null;
        }
        return new Found(i, j + 1, "TIME", (t.anchor() == null ? "" : t.anchor().toString()) + "T" + part);
    }

    /** Whether the sentence speaks of the future before the token: "will", "shall", "is to", "are due to". */
    private boolean future(TimeTokens t, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 10; k--) {
            String w = t.w(k);
            if (CLAUSE_ENDS.contains(w)) {
                return false;
            }
            if (FUTURE_AUXILIARIES.contains(w)) {
                return true;
            }
            if (w.equals("to") && FUTURE_BEFORE_TO.contains(t.w(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value names a day: {@code 2019-02-17}, {@code XXXX-02-17}, {@code XXXX-WXX-7}. */
    private boolean hasDay(String value) {
        return value != null && DAY_VALUE.matcher(value).matches();
    }
}
