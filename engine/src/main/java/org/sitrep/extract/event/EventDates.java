package org.sitrep.extract.event;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeMention;

/** Reads the day, month or year an event happened from its sentence and its article; stateless and thread-safe. */
final class EventDates {

    /** Words that make a bare number before them a year: "in 1953", "since 2014", "by 2022". */
    private static final Set<String> YEAR_CUES = Set.of("in", "since", "by", "until", "till", "from", "of", "during",
            "before", "after", "around", "early", "late", "mid", "year");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern PART_OF_DAY = Pattern.compile(
            "(?i)(?:the |this |that |in the |during the )?(?:morning|afternoon|evening|night|dawn|dusk|midday|noon)");
    private static final Pattern FULL_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

    private EventDates() {
    }

    /**
     * The time expression of the sentence nearest the trigger, else of the sentence before (a
     * story goes on the day it was told of), else the story's day, else the publication day.
     */
    static String[] date(AnnotatedArticle article, Sentence s, int token) {
        LocalDateTime published = article.article().published();
        TimeMention best = nearest(s, token);
        if (best == null && s.index() > 0) {
            // "an attack on a convoy yesterday near X." then "a mine destroyed two trucks.": the same day
            Sentence before = article.sentences().get(s.index() - 1);
            best = nearest(before, before.tokens().size());
        }
        if (best != null) {
            String v = best.value();
            Matcher m = Pattern.compile("^(\\d{4}|XXXX)(?:-(\\d{2}))?(?:-(\\d{2}))?").matcher(v);
            if (m.find()) {
                String year = m.group(1);
                if (year.equals("XXXX")) {
                    if (published == null || m.group(2) == null) {
                        return new String[] {null, null};
                    }
                    int month = Integer.parseInt(m.group(2));
                    year = String.valueOf(month > published.getMonthValue() ? published.getYear() - 1 : published.getYear());
                }
                if (m.group(3) != null) {
                    return new String[] {year + "-" + m.group(2) + "-" + m.group(3), "day"};
                }
                if (m.group(2) != null) {
                    return new String[] {year + "-" + m.group(2), "month"};
                }
                return new String[] {year, "year"};
            }
        }
        String storyDay = storyDay(article);
        if (storyDay != null) {
            return new String[] {storyDay, "day"};
        }
        if (published == null) {
            return new String[] {null, null};
        }
        return new String[] {published.toLocalDate().toString(), "day"};
    }

    /** The sentence's time expression that names a day, month or year nearest the token; null if none. */
    private static TimeMention nearest(Sentence s, int token) {
        TimeMention best = null;
        for (TimeMention tm : s.times()) {
            if (tm.value() == null || !tm.value().matches("(\\d{4}|XXXX)(-\\d{2}(-\\d{2})?)?.*")
                    || PART_OF_DAY.matcher(tm.text()).matches() || numberNotAYear(s, tm)) {
                continue; // "the afternoon" names no day: the tagger anchors it to publication, not the story
            }
            if (best == null || Math.abs(tm.firstToken() - token) < Math.abs(best.firstToken() - token)) {
                best = tm;
            }
        }
        return best;
    }

    /**
     * A bare number the tagger took for a year without a word that makes it one: a house number
     * ("1205 Oak Road"), a block ("the 2400 block"), a phone extension ("ext. 1133").
     */
    private static boolean numberNotAYear(Sentence s, TimeMention tm) {
        if (!BARE_NUMBER.matcher(tm.text().strip()).matches()) {
            return false;
        }
        int before = tm.firstToken() - 1;
        return before < 0 || !YEAR_CUES.contains(s.tokens().get(before).word().toLowerCase(Locale.ROOT));
    }

    /**
     * The day the story tells of: the first full date the article gives, not after publication
     * (the lead's "yesterday" or "on Sunday"). News writes the day once, in the lead, and every
     * later sentence without a date tells of that day.
     */
    static String storyDay(AnnotatedArticle article) {
        LocalDateTime published = article.article().published();
        for (Sentence s : article.sentences()) {
            for (TimeMention tm : s.times()) {
                String v = tm.value();
                if (v != null && FULL_DATE.matcher(v).matches()
                        && (published == null || v.compareTo(published.toLocalDate().toString()) <= 0)) {
                    return v;
                }
            }
        }
        return null;
    }
}
