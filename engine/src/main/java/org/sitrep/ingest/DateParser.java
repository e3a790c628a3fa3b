package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication dates news pages print ({@code February 18 2019 01:01 AM},
 * {@code Feb. 18, 2019 1:01 p.m.}, {@code Monday, 18 Feb 2019}, ISO 8601) into the clock time
 * the page states; time zones are dropped, never converted. Stateless and thread-safe.
 */
final class DateParser {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?";
    private static final String TIME = "(?<h>\\d{1,2})(?:[:.](?<mi>\\d{2}))?(?::\\d{2})?\\s*(?<ampm>[ap]\\.?\\s?m\\.?)?";
    private static final String ZONE = "(?:\\s*\\(?(?:[a-z]{2,5}|[+-]\\d{2}:?\\d{2}|(?:gmt|utc)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)\\)?)?";
    private static final String DATE = "(?:(?:" + WEEKDAY + "\\.?,?\\s+)?"
            + "(?:(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m1>" + MONTH + ")\\.?,?\\s+(?<y1>\\d{4}|\\d{2})"
            + "|(?<m2>" + MONTH + ")\\.?\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y2>\\d{4})"
            + "|(?<y3>\\d{4})[/.](?<m3>\\d{1,2})[/.](?<d3>\\d{1,2})))";
    private static final Pattern DATE_THEN_TIME = Pattern.compile(
            DATE + "(?:(?:\\s*[,|\\-–—/]\\s*|\\s+at\\s+|\\s+)" + TIME + ZONE + ")?", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_THEN_DATE = Pattern.compile(
            TIME + ZONE + "\\s*[,|\\-–—/]?\\s*" + DATE, Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?",
            Pattern.CASE_INSENSITIVE);
    /** Labels pages put before a date; "updated" still dates the page when nothing else does. */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:(?:first\\s+|last\\s+)?(?:published|updated|posted|modified|date|created)(?:\\s+(?:on|at))?\\s*:?\\s*)+",
            Pattern.CASE_INSENSITIVE);

    private DateParser() {
    }

    /** The date-time the whole string states (a label such as {@code Updated:} allowed); empty if none. */
    static Optional<LocalDateTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = LABEL.matcher(text.strip()).replaceFirst("").strip().replaceAll("\\s+", " ");
        Matcher iso = ISO.matcher(s);
        if (iso.matches()) {
            return iso(s, iso);
        }
        Matcher m = DATE_THEN_TIME.matcher(s);
        if (!m.matches()) {
            m = TIME_THEN_DATE.matcher(s);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        return fromGroups(m);
    }

    /** Whether a short line looks like it means to state a date, so a failure to parse it is worth a warning. */
    static boolean looksLikeDate(String line) {
        String s = line.strip();
        if (s.length() > 60) {
            return false;
        }
        if (LABEL.matcher(s).lookingAt() && s.matches("(?is).*\\d.*")) {
            return true;
        }
        return s.matches("(?i)^(?:" + WEEKDAY + ",?\\s+)?(?:\\d{1,2}\\s+)?" + MONTH + "\\.?\\s+\\d{1,2}\\b.*")
                && s.matches("(?s).*\\d{4}.*");
    }

    private static Optional<LocalDateTime> iso(String s, Matcher iso) {
        try {
            if (iso.group(4) != null && iso.group(2) != null) {
                return Optional.of(OffsetDateTime.parse(s.replace(' ', 'T').replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")
                        .replaceFirst("T(\\d{2}:\\d{2})(Z|[+-])", "T$1:00$2")).toLocalDateTime());
            }
            LocalDate d = LocalDate.parse(iso.group(1));
            if (iso.group(2) == null) {
                return Optional.of(d.atStartOfDay());
            }
            String[] hm = iso.group(2).split(":");
            int sec = iso.group(3) == null ? 0 : Integer.parseInt(iso.group(3));
            return Optional.of(d.atTime(Integer.parseInt(hm[0]), Integer.parseInt(hm[1]), sec));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDateTime> fromGroups(Matcher m) {
        try {
            int day;
            int month;
            int year;
            if (m.group("d1") != null) {
                day = Integer.parseInt(m.group("d1"));
                month = month(m.group("m1"));
                year = year(m.group("y1"));
            } else if (m.group("d2") != null) {
                day = Integer.parseInt(m.group("d2"));
                month = month(m.group("m2"));
                year = Integer.parseInt(m.group("y2"));
            } else {
                day = Integer.parseInt(m.group("d3"));
                month = Integer.parseInt(m.group("m3"));
                year = Integer.parseInt(m.group("y3"));
            }
            LocalDate date = LocalDate.of(year, month, day);
            if (m.group("h") == null) {
                return Optional.of(date.atStartOfDay());
            }
            int hour = Integer.parseInt(m.group("h"));
            int minute = m.group("mi") == null ? 0 : Integer.parseInt(m.group("mi"));
            String ampm = m.group("ampm");
            if (ampm == null && m.group("mi") == null) {
                return Optional.empty();
            }
            if (ampm != null) {
                if (hour < 1 || hour > 12) {
                    return Optional.empty();
                }
                boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                hour = hour % 12 + (pm ? 12 : 0);
            }
            return Optional.of(date.atTime(hour, minute));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        key = key.startsWith("sept") ? "sept" : key.substring(0, 3);
        return MONTHS.get(key);
    }

    /** Wire copy writes two-digit years ({@code 25 Aug 88}); read them as the nearest past century. */
    private static int year(String y) {
        int v = Integer.parseInt(y);
        if (y.length() == 4) {
            return v;
        }
        return v >= 50 ? 1900 + v : 2000 + v;
    }
}
