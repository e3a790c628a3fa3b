package org.sitrep.nlp;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Token;

/**
 * Finds the time expressions of a sentence in one pass over its tokens and gives each a TIMEX3
 * value anchored to the publication day; immutable and thread-safe.
 */
final class TimeFinder {

    /** A time expression: tokens {@code first} to {@code last} (exclusive), its type and value (may be null). */
    record Found(int first, int last, String type, String value) {}

    private static final Pattern YEAR = Pattern.compile("(?:mid-)?((?:19|20)\\d\\d)");
    private static final Pattern DECADE = Pattern.compile("(?:mid-)?((?:1[89]|20)\\d)0s");
    /** A day of the month, or the first of a range ("24-25", "19/20"). */
    private static final Pattern DAY = Pattern.compile("(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?:[-/](?:0?[1-9]|[12]\\d|3[01]))?");
    private static final Pattern ORDINAL_DAY = Pattern.compile("([12]?\\d|3[01])(?:st|nd|rd|th)");
    private static final Pattern ISO_DATE = Pattern.compile("((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})([/.])(\\d{1,2})\\2((?:19|20)\\d\\d)");
    /** A year next to a month ("March 17, 1884"): any four digits up to 2099. */
    private static final Pattern HISTORIC_YEAR = Pattern.compile("1\\d{3}|20\\d\\d");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?:[:.](\\d\\d))?(a\\.?m\\.?|p\\.?m\\.?)?");
    private static final Pattern MERIDIEM = Pattern.compile("(a|p)\\.?m\\.?");
    private static final Pattern MILITARY = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d)");
    private static final Pattern COUNT = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern HYPHENATED = Pattern.compile("([a-z0-9.]+)-([a-z]+)(?:-old|-long)?");
    private static final Set<String> MODIFIERS = Set.of("early", "late", "mid", "earlier", "later");
    /** Words after which "March" or "May" is the month, not the verb or the modal. */
    private static final Set<String> MONTH_CUES = Set.of("in", "since", "by", "until", "till", "last", "next", "this", "into",
            "early", "late", "mid", "from", "during", "through", "before", "after");
    /** "the end of May": words before "of" that make the month name a month. */
    private static final Set<String> PARTS_OF_MONTH = Set.of("end", "beginning", "start", "middle", "month");
    /** "February and March": a second month in a list is a month too. */
    private static final Set<String> LIST_WORDS = Set.of("and", "or", "to", ",", "through");
    private static final Set<String> AMBIGUOUS_MONTHS = Set.of("march", "may");
    private static final Set<String> ZONES = Set.of("gmt", "utc", "est", "edt", "pst", "pdt", "cet", "bst");
    private static final Set<String> WEEKEND_DETERMINERS = Set.of("last", "this", "next", "the", "coming");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that");
    private static final Set<String> SHIFTS = Set.of("last", "this", "next");
    /** Words before a bare "10:30" that make it a clock time. */
    private static final Set<String> CLOCK_CUES = Set.of("at", "around", "about", "by", "until", "from", "after", "before");
    /** Where the clause of a weekday begins, looking back: "will" before these is another clause's. */
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "said", "says", "told", "\"", "''", "``");
    private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "'ll", "shall", "wo");
    /** Words before "to" that make it speak of the future: "is to", "are due to", "is expected to". */
    private static final Set<String> FUTURE_BEFORE_TO = Set.of("is", "are", "am", "due", "scheduled", "set", "expected");
    private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4}|XXXX)-(\\d\\d-\\d\\d|WXX-\\d)");
    /** The words an expression can start with that are not in the data file. */
    private static final Set<String> STARTERS = Set.of("the", "this", "that", "last", "next", "coming", "early", "late",
            "mid", "earlier", "later", "now");
    private static final Set<String> NAME_FREE = Set.of("O", "DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL");

    private final TimeWords words;

    TimeFinder(TimeWords words) {
        this.words = words;
    }

    /** The sentence's time expressions, left to right, none overlapping. */
    List<Found> find(List<Token> tokens, LocalDate anchor) {
        Sentence s = new Sentence(tokens, anchor);
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Found f = s.mayStart(i) ? s.modified(i) : null;
            if (f == null) {
                i++;
            } else {
                out.add(f);
                i = f.last();
            }
        }
        return out;
    }

    /** The rules, over one sentence's tokens. */
    private final class Sentence {
        private final List<Token> tokens;
        private final LocalDate anchor;
        private final String[] lower;

        Sentence(List<Token> tokens, LocalDate anchor) {
            this.tokens = tokens;
            this.anchor = anchor;
            this.lower = new String[tokens.size()];
            for (int i = 0; i < lower.length; i++) {
                lower[i] = tokens.get(i).word().toLowerCase(Locale.ROOT);
            }
        }

        /** A cheap test that passes every token an expression can start with: digits, time words, determiners. */
        boolean mayStart(int i) {
            String w = lower[i];
            if (w.isEmpty() || Character.isDigit(w.charAt(0)) || words.known(w) || STARTERS.contains(w)) {
                return true;
            }
            int hyphen = w.indexOf('-');
            // "eight-year", "mid-December"
            return hyphen > 0 && (words.known(w.substring(0, hyphen)) || STARTERS.contains(w.substring(0, hyphen)));
        }

        /** "early 2014", "late Sunday", "earlier this month": a modifier kept in the text of a date or time. */
        Found modified(int i) {
            String w = w(i);
            Found decade = w.equals("the") ? decade(i + 1) : null;
            if (decade != null) {
                return new Found(i, decade.last(), decade.type(), decade.value());
            }
            if (MODIFIERS.contains(w)) {
                Found f = expression(i + 1);
                if (f != null && (f.type().equals("DATE") || f.type().equals("TIME"))) {
                    return new Found(i, f.last(), f.type(), f.value());
                }
            }
            return expression(i);
        }

        Found expression(int i) {
            Found f = clockWithDay(i);
            if (f == null) {
                f = dayWithTime(i);
            }
            if (f == null) {
                f = period(i);
            }
            if (f == null) {
                f = ago(i);
            }
            if (f == null) {
                f = partOfDay(i);
            }
            if (f == null) {
                f = season(i);
            }
            if (f == null) {
                f = yearOrDecade(i);
            }
            if (f == null) {
                f = set(i);
            }
            if (f == null) {
                f = duration(i);
            }
            if (f == null && w(i).equals("now")) {
                f = new Found(i, i + 1, "DATE", "PRESENT_REF");
            }
            return f;
        }

        /** "3 pm", "10:30 a.m. on Sunday": the day named with the clock time, else the publication day. */
        private Found clockWithDay(int i) {
            Found clock = clock(i);
            if (clock == null) {
                return null;
            }
            int j = clock.last();
            if (w(j).equals("on") || w(j).equals(",")) {
                j++;
            }
            Found day = day(j);
            if (day != null && hasDay(day.value())) {
                return new Found(i, day.last(), "TIME", day.value() + clock.value());
            }
            return new Found(i, clock.last(), "TIME", (anchor == null ? "" : anchor.toString()) + clock.value());
        }

        /** A day, with its part of day ("Sunday morning") or clock time ("Sunday at 3 pm") if it has one. */
        private Found dayWithTime(int i) {
            if (w(i).equals("last") && w(i + 1).equals("night")) {
                return new Found(i, i + 2, "TIME", anchor == null ? null : anchor.minusDays(1) + "TNI");
            }
            Found day = day(i);
            if (day == null || !hasDay(day.value())) {
                return day;
            }
            int j = day.last();
            String part = words.value(w(j), "part-of-day");
            if (part != null) {
                return new Found(i, j + 1, "TIME", day.value() + "T" + part);
            }
            if (w(j).equals(",") || w(j).equals("at") || w(j).equals("about") || w(j).equals("around")) {
                j++;
            }
            Found clock = clock(j);
            return clock == null ? day : new Found(i, clock.last(), "TIME", day.value() + clock.value());
        }

        /** A calendar date, a weekday or a relative day ("yesterday"). */
        private Found day(int i) {
            if (weekday(i) != null) {
                int j = w(i + 1).equals(",") ? i + 2 : i + 1;
                Found date = date(j);
                if (date != null && hasDay(date.value())) {
                    return new Found(i, date.last(), "DATE", date.value()); // "Sunday, February 17"
                }
            }
            Found date = date(i);
            if (date != null) {
                return date;
            }
            String direction = w(i);
            int j = direction.equals("last") || direction.equals("next") || direction.equals("coming")
                    || direction.equals("this") ? i + 1 : i;
            String weekday = weekday(j);
            if (weekday != null) {
                int d = direction.equals("last") ? -1
                        : direction.equals("next") || direction.equals("coming") || future(i) ? 1 : 0;
                return new Found(i, j + 1, "DATE", TimeValues.weekday(anchor, Integer.parseInt(weekday), d));
            }
            String offset = words.value(w(i), "relative-day");
            if (offset != null && outsideName(i)) {
                return new Found(i, i + 1, "DATE", anchor == null ? null : anchor.plusDays(Integer.parseInt(offset)).toString());
            }
            String holiday = words.value(w(i), "holiday");
            if (holiday != null && outsideName(i) && Character.isUpperCase(word(i).charAt(0))) {
                return new Found(i, i + 1, "DATE", holiday.isEmpty() ? null : TimeValues.monthDay(anchor,
                        Integer.parseInt(holiday.substring(0, 2)), Integer.parseInt(holiday.substring(3))));
            }
            return null;
        }

        /** The ISO number of the weekday a token names outside a name: "Sunday", "Tue.", "Sat" (not the verb). */
        private String weekday(int i) {
            if (!outsideName(i)) {
                return null;
            }
            String full = words.value(w(i), "weekday");
            if (full != null) {
                return full;
            }
            String bare = w(i).endsWith(".") ? w(i).substring(0, w(i).length() - 1) : w(i);
            boolean capitalised = Character.isUpperCase(word(i).charAt(0));
            return capitalised && !pos(i).startsWith("VB") ? words.value(bare, "weekday-abbreviation") : null;
        }

        /** "17 February 2019", "Feb. 17", "February 2019", "in December", "2019-02-17", "17/02/2019", "the 17th". */
        private Found date(int i) {
            Matcher iso = ISO_DATE.matcher(w(i));
            if (iso.matches()) {
                String v = TimeValues.date(num(iso, 1), num(iso, 2), num(iso, 3));
                return v == null ? null : new Found(i, i + 1, "DATE", v);
            }
            Matcher slash = SLASH_DATE.matcher(w(i));
            if (slash.matches()) {
                int a = num(slash, 1);
                int b = num(slash, 3);
                String v = b > 12 ? TimeValues.date(num(slash, 4), a, b) : TimeValues.date(num(slash, 4), b, a);
                return v == null ? null : new Found(i, i + 1, "DATE", v);
            }
            Integer day = dayNumber(i);
            if (day != null) {
                int m = w(i + 1).equals("of") ? i + 2 : i + 1;
                Integer month = month(m);
                return month == null ? null : withYear(i, m + 1, month, day);
            }
            Integer month = month(i);
            if (month != null) {
                Integer d = dayNumber(i + 1);
                if (d != null) {
                    return withYear(i, i + 2, month, d);
                }
                int y = w(i + 1).equals(",") ? i + 2 : i + 1;
                if (HISTORIC_YEAR.matcher(w(y)).matches()) {
                    return new Found(i, y + 1, "DATE", w(y) + "-" + TimeValues.two(month));
                }
                return monthAlone(i) ? new Found(i, i + 1, "DATE", TimeValues.month(anchor, month)) : null;
            }
            if (w(i).equals("the") && ORDINAL_DAY.matcher(w(i + 1)).matches() && !pos(i + 2).startsWith("NN")
                    && !w(i + 2).equals("of")) {
                int d = dayNumber(i + 1);
                LocalDate a = anchor;
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
        private boolean monthAlone(int i) {
            String bare = bare(i);
            if (words.value(bare, "month") == null) {
                return w(i + 1).equals(".") || i == tokens.size() - 1;
            }
            if (!AMBIGUOUS_MONTHS.contains(bare) || MONTH_CUES.contains(w(i - 1))) {
                return true;
            }
            if (w(i - 1).equals("of")) {
                return PARTS_OF_MONTH.contains(w(i - 2));
            }
            return LIST_WORDS.contains(w(i - 1)) && month(i - 2) != null;
        }

        /** A month and day, with the year that follows ("February 17, 2019") or the nearest one. */
        private Found withYear(int first, int next, int month, int day) {
            int y = w(next).equals(",") ? next + 1 : next;
            if (HISTORIC_YEAR.matcher(w(y)).matches()) {
                String v = TimeValues.date(Integer.parseInt(w(y)), month, day);
                return v == null ? null : new Found(first, y + 1, "DATE", v);
            }
            return day > YearMonth.of(2000, month).lengthOfMonth() ? null
                    : new Found(first, next, "DATE", TimeValues.monthDay(anchor, month, day));
        }

        /** "last week", "this month", "next year", "the weekend". */
        private Found period(int i) {
            String which = w(i);
            String unit = w(i + 1);
            if (unit.equals("weekend") && WEEKEND_DETERMINERS.contains(which)) {
                int d = which.equals("last") ? -1 : which.equals("next") || which.equals("coming") || future(i) ? 1 : 0;
                return new Found(i, i + 2, "DATE",
                        anchor == null ? null : TimeValues.weekend(TimeValues.weekdayDate(anchor, 6, d)));
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
            return new Found(i, i + 2, "DATE", anchor == null ? null : TimeValues.shifted(anchor, code, shift));
        }

        /** "three days ago", "two years ago", "a decade ago"; "a few days ago" names no day. */
        private Found ago(int i) {
            int c = w(i).equals("a") && "X".equals(words.value(w(i + 1), "count")) ? i + 1 : i;
            String count = count(c);
            String period = words.value(w(c + 1), "unit");
            if (count == null || period == null || !w(c + 2).equals("ago")) {
                return null;
            }
            String v = null;
            if (anchor != null && !count.equals("X") && !count.contains(".")) {
                String p = TimeValues.times(period, count);
                String unit = p.substring(p.length() - 1);
                int n = Integer.parseInt(p.substring(p.startsWith("PT") ? 2 : 1, p.length() - 1));
                v = p.startsWith("PT") ? anchor.toString() : TimeValues.shifted(anchor, unit, -n);
            }
            return new Found(i, c + 3, "DATE", v);
        }

        /** "this morning", "the afternoon", "overnight", "noon": a part of the publication day. */
        private Found partOfDay(int i) {
            int j = DETERMINERS.contains(w(i)) ? i + 1 : i;
            String part = words.value(w(j), "part-of-day");
            if (part == null || !outsideName(j)) {
                return null;
            }
            return new Found(i, j + 1, "TIME", (anchor == null ? "" : anchor.toString()) + "T" + part);
        }

        /** "spring 2019", "last summer", "in the autumn": a season, of a year when the text or the anchor gives one. */
        private Found season(int i) {
            String which = w(i);
            String season = words.value(w(i + 1), "season");
            if (season != null && outsideName(i + 1) && SHIFTS.contains(which)) {
                int y = anchor == null ? 0 : anchor.getYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0);
                return new Found(i, i + 2, "DATE", (anchor == null ? "XXXX" : String.valueOf(y)) + "-" + season);
            }
            season = words.value(which, "season");
            if (season == null || !outsideName(i)) {
                return null;
            }
            if (year(i + 1) != null) {
                return new Found(i, i + 2, "DATE", year(i + 1) + "-" + season);
            }
            // "fall" is mostly the verb; the other seasons after "in" or "the" are seasons
            boolean cued = Set.of("the", "in").contains(w(i - 1)) && !which.equals("fall");
            return cued ? new Found(i, i + 1, "DATE", "XXXX-" + season) : null;
        }

        /** "2019" (not "2019 people"), "mid-2014", "1990s". */
        private Found yearOrDecade(int i) {
            String year = year(i);
            if (year != null && outsideName(i) && !pos(i + 1).equals("NNS")) {
                return new Found(i, i + 1, "DATE", year);
            }
            return decade(i);
        }

        private Found decade(int i) {
            Matcher m = DECADE.matcher(w(i));
            return m.matches() ? new Found(i, i + 1, "DATE", m.group(1) + "X") : null;
        }

        /** "every week", "each year", "every two days", "daily", "weekly". */
        private Found set(int i) {
            String adverb = words.value(w(i), "set");
            if (adverb != null) {
                return new Found(i, i + 1, "SET", adverb);
            }
            if (words.value(w(i), "set-quantifier") == null) {
                return null;
            }
            String count = count(i + 1);
            int u = count == null || w(i + 1).equals("a") ? i + 1 : i + 2;
            String period = words.value(w(u), "unit");
            if (period == null || w(u).equals("second") && pos(u + 1).startsWith("NN")) {
                return null; // "every second attack"
            }
            return new Found(i, u + 1, "SET", TimeValues.times(period, u == i + 1 ? "1" : count));
        }

        /** "two years", "48 hours", "a decade", "eight-year", "for months". */
        private Found duration(int i) {
            Matcher h = HYPHENATED.matcher(w(i));
            if (h.matches() && words.value(h.group(2), "unit") != null) {
                String count = countOf(h.group(1));
                return count == null ? null
                        : new Found(i, i + 1, "DURATION", TimeValues.times(words.value(h.group(2), "unit"), count));
            }
            String period = words.value(w(i + 1), "unit");
            String count = count(i);
            boolean article = w(i).equals("a") || w(i).equals("an");
            if (w(i).equals("a") && w(i + 1).equals("few")) {
                period = words.value(w(i + 2), "unit");
                return period == null ? null : new Found(i, i + 3, "DURATION", TimeValues.times(period, "X"));
            }
            if (count != null && period != null && !(article && w(i + 1).startsWith("second"))
                    && !(w(i + 1).equals("second") && pos(i + 2).startsWith("NN"))) {
                return new Found(i, i + 2, "DURATION", TimeValues.times(period, count));
            }
            String bare = words.value(w(i), "unit");
            if (bare != null && w(i - 1).equals("for") && w(i).endsWith("s")) {
                return new Found(i, i + 1, "DURATION", TimeValues.times(bare, "X"));
            }
            return null;
        }

        /** A clock time: "3 pm", "10:30 a.m.", "3pm", "0400 GMT", "at 15:30", "noon", "midnight". */
        private Found clock(int i) {
            String named = words.value(w(i), "clock");
            if (named != null) {
                return new Found(i, i + 1, "TIME", "T" + named);
            }
            Matcher mil = MILITARY.matcher(w(i));
            if (mil.matches() && ZONES.contains(w(i + 1))) {
                return new Found(i, i + 2, "TIME", "T" + mil.group(1) + ":" + mil.group(2));
            }
            Matcher c = CLOCK.matcher(w(i));
            if (!c.matches()) {
                return null;
            }
            int hour = num(c, 1);
            String minutes = c.group(2) == null ? "00" : c.group(2);
            String meridiem = c.group(3);
            int last = i + 1;
            if (meridiem == null && MERIDIEM.matcher(w(i + 1)).matches()) {
                meridiem = w(i + 1);
                last++;
            }
            boolean zoned = ZONES.contains(w(last));
            if (meridiem != null) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour = hour % 12 + (meridiem.startsWith("p") ? 12 : 0);
            } else if (c.group(2) == null || hour > 23 || Integer.parseInt(minutes) > 59
                    || !zoned && !CLOCK_CUES.contains(w(i - 1))) {
                return null; // a bare "10:30" is a time only where a time is expected
            }
            return new Found(i, zoned ? last + 1 : last, "TIME", "T" + TimeValues.two(hour) + ":" + minutes);
        }

        /** A year: 1900-2099 written as four digits, possibly "mid-2014". */
        private String year(int i) {
            Matcher m = YEAR.matcher(w(i));
            return m.matches() ? m.group(1) : null;
        }

        /** A day of the month before or after a month name: "17", "17th". */
        private Integer dayNumber(int i) {
            Matcher m = DAY.matcher(w(i));
            return m.matches() && !m.group(1).equals("0") ? Integer.valueOf(m.group(1)) : null;
        }

        /**
         * The month a capitalised token names ("February", "Feb.", "mid-December"); the tagger
         * often calls "May" a modal even before a day ("auction May 16"), so the part of speech
         * is left to {@link #monthAlone}, which asks for a word before it that makes it a month.
         */
        private Integer month(int i) {
            String bare = bare(i);
            if (!outsideName(i) || bare.isEmpty()
                    || !Character.isUpperCase(word(i).charAt(word(i).length() - bare.length()))) {
                return null;
            }
            String v = words.value(bare, "month");
            if (v == null) {
                v = words.value(bare(i), "month-abbreviation");
            }
            return v == null ? null : Integer.valueOf(v);
        }

        /** How many units a token counts: digits, a number word, "a"/"an" (1), "several"/"few" (X). */
        private String count(int i) {
            String c = countOf(w(i));
            return c != null ? c : words.value(w(i), "count");
        }

        private String countOf(String w) {
            if (COUNT.matcher(w).matches()) {
                return w;
            }
            return words.value(w, "number");
        }

        /** Whether the sentence speaks of the future before the token: "will", "shall", "is to", "are due to". */
        private boolean future(int i) {
            for (int k = i - 1; k >= 0 && k >= i - 10; k--) {
                String w = w(k);
                if (CLAUSE_ENDS.contains(w)) {
                    return false;
                }
                if (FUTURE_AUXILIARIES.contains(w)) {
                    return true;
                }
                if (w.equals("to") && FUTURE_BEFORE_TO.contains(w(k - 1))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a value names a day: {@code 2019-02-17}, {@code XXXX-02-17}, {@code XXXX-WXX-7}. */
        private boolean hasDay(String value) {
            return value != null && DAY_VALUE.matcher(value).matches();
        }

        /** Whether the token is outside a name (a month or weekday in "Sunday Times" is not a date). */
        private boolean outsideName(int i) {
            return i >= 0 && i < tokens.size() && NAME_FREE.contains(tokens.get(i).ner());
        }

        private String word(int i) {
            return i >= 0 && i < tokens.size() ? tokens.get(i).word() : "";
        }

        private String w(int i) {
            return i >= 0 && i < lower.length ? lower[i] : "";
        }

        /** The lower-case word without a "mid-" prefix ("mid-December"). */
        private String bare(int i) {
            String w = w(i);
            return w.startsWith("mid-") ? w.substring(4) : w;
        }

        private String pos(int i) {
            return i >= 0 && i < tokens.size() ? tokens.get(i).pos() : "";
        }

        private static int num(Matcher m, int group) {
            return Integer.parseInt(m.group(group));
        }
    }
}
