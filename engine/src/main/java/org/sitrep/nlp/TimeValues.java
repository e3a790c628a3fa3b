package org.sitrep.nlp;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/**
 * TIMEX3 values of dates named in a text, anchored to the publication day (null when the article
 * has none: the values then keep {@code XXXX} for what the text leaves open); stateless.
 */
final class TimeValues {

    private TimeValues() {
    }

    /** A month and day without a year: the year that puts it nearest the publication day. */
    static String monthDay(LocalDate anchor, int month, int day) {
        if (anchor == null) {
            return "XXXX-" + two(month) + "-" + two(day);
        }
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            if (day > YearMonth.of(y, month).lengthOfMonth()) {
                continue; // 29 February of a common year
            }
            LocalDate d = LocalDate.of(y, month, day);
            if (best == null
                    || Math.abs(ChronoUnit.DAYS.between(anchor, d)) < Math.abs(ChronoUnit.DAYS.between(anchor, best))) {
                best = d;
            }
        }
        return best == null ? "XXXX-" + two(month) + "-" + two(day) : best.toString();
    }

    /**
     * A month named with "last" (direction -1: the latest before the publication month), "next"
     * (1: the first after it) or "this" (0: of the publication year).
     */
    static String month(LocalDate anchor, int month, int direction) {
        if (anchor == null) {
            return "XXXX-" + two(month);
        }
        int now = anchor.getMonthValue();
        int year = anchor.getYear() + (direction < 0 && month >= now ? -1 : direction > 0 && month <= now ? 1 : 0);
        return year + "-" + two(month);
    }

    /** A month without a year: the year that puts it nearest the publication month (the earlier on a tie). */
    static String month(LocalDate anchor, int month) {
        if (anchor == null) {
            return "XXXX-" + two(month);
        }
        int now = anchor.getYear() * 12 + anchor.getMonthValue() - 1;
        int best = Integer.MAX_VALUE;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            int m = y * 12 + month - 1;
            if (best == Integer.MAX_VALUE || Math.abs(m - now) < Math.abs(best - now)) {
                best = m;
            }
        }
        return (best / 12) + "-" + two(best % 12 + 1);
    }

    /**
     * A weekday: the latest such day on or before the publication day ({@code direction} 0),
     * strictly before it (-1, "last Friday") or the first after it (1, "next Tuesday").
     */
    static String weekday(LocalDate anchor, int isoDay, int direction) {
        if (anchor == null) {
            return "XXXX-WXX-" + isoDay;
        }
        return weekdayDate(anchor, isoDay, direction).toString();
    }

    static LocalDate weekdayDate(LocalDate anchor, int isoDay, int direction) {
        int back = Math.floorMod(anchor.getDayOfWeek().getValue() - isoDay, 7);
        if (direction > 0) {
            return anchor.plusDays(back == 0 ? 7 : 7 - back);
        }
        return anchor.minusDays(direction < 0 && back == 0 ? 7 : back);
    }

    /** The ISO week of a day, e.g. {@code 2019-W07}. */
    static String isoWeek(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + two(day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The weekend of the week of the given Saturday, e.g. {@code 2019-W07-WE}. */
    static String weekend(LocalDate saturday) {
        return isoWeek(saturday.with(DayOfWeek.SATURDAY)) + "-WE";
    }

    /**
     * The day, ISO week, month or year some units before (negative count) or after the
     * publication day, at the precision of the unit: "three days ago", "last week", "next year".
     */
    static String shifted(LocalDate anchor, String unit, int count) {
        return switch (unit) {
            case "D" -> anchor.plusDays(count).toString();
            case "W" -> isoWeek(anchor.plusWeeks(count));
            case "M" -> YearMonth.from(anchor).plusMonths(count).toString();
            default -> String.valueOf(anchor.getYear() + count);
        };
    }

    /** A period ({@code P1Y}, {@code PT1H}, {@code P10Y}) times a count, or with an unknown count ("X"). */
    static String times(String period, String count) {
        boolean time = period.startsWith("PT");
        String body = period.substring(time ? 2 : 1);
        String unit = body.substring(body.length() - 1);
        BigDecimal one = new BigDecimal(body.substring(0, body.length() - 1));
        String n = count.equals("X") ? "X" : one.multiply(new BigDecimal(count)).stripTrailingZeros().toPlainString();
        return (time ? "PT" : "P") + n + unit;
    }

    /** A date if the numbers make one, else null. */
    static String date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day).toString();
    }

    static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
