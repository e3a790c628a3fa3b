package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Dependency;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeMention;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Outcome;

class TimeTaggerTest {

    /** Monday 18 February 2019, ISO week 8. */
    private static final LocalDateTime MONDAY = LocalDateTime.of(2019, 2, 18, 9, 0);
    private static final TimeTagger TAGGER = new TimeTagger();

    /**
     * One tagged sentence of tokens written {@code word}, {@code word/POS} or {@code word/POS/NER};
     * without a tag a token is CD (digits), NNP (capitalised), NN or its own punctuation, with NER O.
     */
    private static Sentence tag(LocalDateTime published, String... written) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String w : written) {
            String[] parts = w.length() > 1 ? w.split("/(?=[A-Z$]+(/|$))") : new String[] {w};
            String word = parts[0];
            String pos = parts.length > 1 ? parts[1]
                    : !Character.isLetterOrDigit(word.charAt(0)) ? word
                    : Character.isDigit(word.charAt(0)) ? "CD" : Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
            String ner = parts.length > 2 ? parts[2] : "O";
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int start = text.length();
            tokens.add(new Token(tokens.size(), word, word.toLowerCase(), pos, ner, start, start + word.length()));
            text.append(word);
        }
        Sentence s = new Sentence(0, new Span(0, text.length()), text.toString(), tokens,
                List.of(new Dependency(-1, 0, "root")), List.of(new EntityMention(word(tokens, 0), "MISC", 0, 0, 1,
                        new Span(0, tokens.get(0).end()))), List.of());
        Article a = new Article("t", null, null, published, null, null, "en", List.of(), text.toString(), List.of());
        Outcome<AnnotatedArticle> out = TAGGER.apply(new AnnotatedArticle(a, List.of(s), List.of()));
        return ((Outcome.Ok<AnnotatedArticle>) out).value().sentences().get(0);
    }

    private static String word(List<Token> tokens, int i) {
        return tokens.get(i).word();
    }

    /** The single time expression of the sentence, as "text=TYPE:value". */
    private static String only(String... written) {
        List<TimeMention> times = tag(MONDAY, written).times();
        assertEquals(1, times.size(), "expressions: " + times);
        TimeMention t = times.get(0);
        return t.text() + "=" + t.type() + ":" + t.value();
    }

    private static void none(String... written) {
        assertEquals(List.of(), tag(MONDAY, written).times());
    }

    @Test
    void readsFullAndPartialDates() {
        assertEquals("17 February 2019=DATE:2019-02-17", only("on", "17", "February", "2019"));
        assertEquals("February 17 , 2019=DATE:2019-02-17", only("on", "February", "17", ",", "2019", "."));
        assertEquals("Feb. 17=DATE:2019-02-17", only("on", "Feb.", "17"));
        assertEquals("17 Feb=DATE:2019-02-17", only("on", "17", "Feb"));
        assertEquals("February 2019=DATE:2019-02", only("in", "February", "2019"));
        assertEquals("2019-02-17=DATE:2019-02-17", only("on", "2019-02-17"));
        assertEquals("17/02/2019=DATE:2019-02-17", only("on", "17/02/2019"));
        assertEquals("02/17/2019=DATE:2019-02-17", only("on", "02/17/2019"));
        assertEquals("March 17 , 1884=DATE:1884-03-17", only("born", "on", "March", "17", ",", "1884"));
    }

    @Test
    void givesAMonthWithoutAYearTheYearNearestPublication() {
        assertEquals("December=DATE:2018-12", only("in", "December"));
        assertEquals("mid-December=DATE:2018-12", only("since", "mid-December"));
        assertEquals("April=DATE:2019-04", only("talks", "in", "April"));
        assertEquals("last March=DATE:2018-03", only("elected", "last", "March"));
        assertEquals("last January=DATE:2019-01", only("elected", "last", "January"));
        assertEquals("next May=DATE:2019-05", only("elections", "next", "May"));
        LocalDateTime january5 = LocalDateTime.of(2019, 1, 5, 0, 0);
        assertEquals("2018-12-28", tag(january5, "on", "Dec.", "28").times().get(0).value());
        assertEquals("2019-01-02", tag(january5, "on", "January", "2").times().get(0).value());
    }

    @Test
    void readsModifiedYearsDecadesAndTheDayOfTheMonth() {
        assertEquals("early 2014=DATE:2014", only("in", "early", "2014"));
        assertEquals("mid-2014=DATE:2014", only("since", "mid-2014"));
        assertEquals("the 1990s=DATE:199X", only("in", "the", "1990s"));
        assertEquals("the 17th=DATE:2019-02-17", only("on", "the", "17th", "."));
        assertEquals("the 20th=DATE:2019-01-20", only("on", "the", "20th", "."));
        none("in", "the", "17th/JJ", "century");
    }

    @Test
    void anchorsWeekdaysToTheLatestBeforePublicationUnlessTheFuture() {
        assertEquals("Sunday=DATE:2019-02-17", only("killed", "on", "Sunday"));
        assertEquals("Monday=DATE:2019-02-18", only("said", "Monday"));
        assertEquals("Friday=DATE:2019-02-15", only("attacked", "Friday"));
        assertEquals("last Friday=DATE:2019-02-15", only("attacked", "last", "Friday"));
        assertEquals("last Monday=DATE:2019-02-11", only("met", "last", "Monday"));
        assertEquals("next Tuesday=DATE:2019-02-19", only("meet", "next", "Tuesday"));
        assertEquals("Thursday=DATE:2019-02-21", only("talks", "will/MD", "resume/VB", "on", "Thursday"));
        assertEquals("Wednesday=DATE:2019-02-20", only("leaders", "are/VBP", "due/JJ", "to/TO", "meet/VB", "Wednesday"));
        assertEquals("Sunday=DATE:2019-02-17",
                only("it", "will/MD", "recur/VB", ",", "police", "said/VBD", "of", "the", "attack", "on", "Sunday"));
    }

    @Test
    void anchorsRelativeDaysWeeksMonthsAndYears() {
        assertEquals("yesterday=DATE:2019-02-17", only("fighting", "yesterday"));
        assertEquals("today=DATE:2019-02-18", only("fighting", "today"));
        assertEquals("tonight=DATE:2019-02-18", only("vote", "tonight"));
        assertEquals("tomorrow=DATE:2019-02-19", only("vote", "tomorrow"));
        assertEquals("last night=TIME:2019-02-17TNI", only("shelled", "last", "night"));
        assertEquals("three days ago=DATE:2019-02-15", only("arrested", "three", "days", "ago"));
        assertEquals("3 days ago=DATE:2019-02-15", only("arrested", "3", "days", "ago"));
        assertEquals("two weeks ago=DATE:2019-W06", only("arrested", "two", "weeks", "ago"));
        assertEquals("last week=DATE:2019-W07", only("clashes", "last", "week"));
        assertEquals("this week=DATE:2019-W08", only("clashes", "this", "week"));
        assertEquals("last month=DATE:2019-01", only("clashes", "last", "month"));
        assertEquals("earlier this month=DATE:2019-02", only("clashes", "earlier", "this", "month"));
        assertEquals("last year=DATE:2018", only("elected", "last", "year"));
        assertEquals("this year=DATE:2019", only("elected", "this", "year"));
        assertEquals("next year=DATE:2020", only("elections", "next", "year"));
        assertEquals("the weekend=DATE:2019-W07-WE", only("protests", "over", "the", "weekend"));
        assertEquals("this weekend=DATE:2019-W07-WE", only("protests", "this", "weekend"));
    }

    @Test
    void takesFourDigitYearsButNotCountsOrOtherNumbers() {
        assertEquals("2015=DATE:2015", only("in", "2015"));
        none("about", "1500/CD", "people/NNS");
        none("some", "2000/CD", "troops/NNS");
        none("about", "1,500/CD", "people/NNS");
        none("circa", "1850");
    }

    @Test
    void readsClockTimesOnTheDayTheyAreNamedWith() {
        assertEquals("3 pm=TIME:2019-02-18T15:00", only("at", "3", "pm"));
        assertEquals("10:30 a.m.=TIME:2019-02-18T10:30", only("at", "10:30", "a.m."));
        assertEquals("3pm=TIME:2019-02-18T15:00", only("at", "3pm"));
        assertEquals("0400 GMT=TIME:2019-02-18T04:00", only("at", "0400", "GMT"));
        assertEquals("midnight=TIME:2019-02-18T00:00", only("at", "midnight"));
        assertEquals("noon=TIME:2019-02-18T12:00", only("at", "noon"));
        assertEquals("Sunday at 3 pm=TIME:2019-02-17T15:00", only("Sunday", "at", "3", "pm"));
        assertEquals("8 a.m. on Feb. 17=TIME:2019-02-17T08:00", only("at", "8", "a.m.", "on", "Feb.", "17"));
        none("won", "2:1", "on", "aggregate");
        none("the", "score", "was", "10:30");
    }

    @Test
    void keepsPartsOfDayInTheText() {
        assertEquals("the afternoon=TIME:2019-02-18TAF", only("in", "the", "afternoon"));
        assertEquals("this morning=TIME:2019-02-18TMO", only("shelling", "this", "morning"));
        assertEquals("early evening=TIME:2019-02-18TEV", only("in", "the", "early", "evening"));
        assertEquals("overnight=TIME:2019-02-18TNI", only("fighting", "overnight"));
        assertEquals("Sunday morning=TIME:2019-02-17TMO", only("attacked", "Sunday", "morning"));
        assertEquals("yesterday afternoon=TIME:2019-02-17TAF", only("attacked", "yesterday", "afternoon"));
    }

    @Test
    void givesDurationsAPeriodAndNeverADate() {
        assertEquals("two years=DURATION:P2Y", only("for", "two", "years"));
        assertEquals("three days=DURATION:P3D", only("lasted", "three", "days"));
        assertEquals("48 hours=DURATION:PT48H", only("within", "48", "hours"));
        assertEquals("a decade=DURATION:P10Y", only("for", "a", "decade"));
        assertEquals("months=DURATION:PXM", only("for", "months"));
        assertEquals("weeks=DURATION:PXW", only("in", "recent/JJ", "weeks/NNS"));
        assertEquals("eight-year=DURATION:P8Y", only("an", "eight-year/JJ", "war"));
        assertEquals("90 - day=DURATION:P90D", only("a", "90/CD", "-/HYPH", "day/NN", "truce"));
        assertEquals("40 - year - old=DURATION:P40Y", only("a", "40/CD", "-/HYPH", "year/NN", "-/HYPH", "old/JJ", "man"));
        assertEquals("a few weeks=DURATION:PXW", only("in", "a", "few", "weeks"));
        assertEquals("30 minutes=DURATION:PT30M", only("for", "30", "minutes"));
    }

    @Test
    void readsSets() {
        assertEquals("every week=SET:P1W", only("meets", "every", "week"));
        assertEquals("weekly=SET:P1W", only("meets", "weekly/RB"));
        assertEquals("daily=SET:P1D", only("shelled", "daily/RB"));
        assertEquals("each year=SET:P1Y", only("held", "each", "year"));
        assertEquals("every two years=SET:P2Y", only("held", "every", "two", "years"));
    }

    @Test
    void leavesModalsVerbsNamesAndOrdinalsAlone() {
        none("the", "talks", "may/MD", "resume/VB");
        none("May/MD", "God", "help", "them");
        none("Prime", "Minister", "Theresa/NNP/PERSON", "May/NNP/PERSON", "said");
        none("the", "march/NN", "went", "on");
        none("March/NNP", "organisers", "said");
        none("the", "Peaceful/NNP/MISC", "March/NNP/MISC", "of", "Pittsburgh");
        none("read", "the", "Sunday/NNP/ORGANIZATION", "Times/NNP/ORGANIZATION");
        none("the", "second/JJ", "attack");
        none("a", "second/JJ", "attack");
        none("for", "a", "decades/NNS");
        none("those", "present/JJ", "agreed");
        assertEquals("March=DATE:2019-03", only("by", "March"));
        assertEquals("March 15=DATE:2019-03-15", only("on", "March", "15"));
        assertEquals("May 16=DATE:2019-05-16", only("auction", "May/MD", "16"));
        assertEquals(List.of("2019-02", "2019-03"),
                tag(MONDAY, "in", "February", "and", "March").times().stream().map(TimeMention::value).toList());
        assertEquals("now=DATE:PRESENT_REF", only("is", "now", "over"));
    }

    @Test
    void clearsCoreNlpsTimeLabelsAndLabelsItsOwn() {
        Sentence s = tag(MONDAY, "the/DT/DATE", "day/NN/DATE", "Smith/NNP/PERSON", "came", "Sunday/NNP/O");
        assertEquals(List.of("O", "O", "PERSON", "O", "DATE"), s.tokens().stream().map(Token::ner).toList());
        assertEquals(1, s.times().size());
        TimeMention t = s.times().get(0);
        assertEquals(List.of(4, 5, 0), List.of(t.firstToken(), t.lastToken(), t.sentence()));
        assertEquals(new Span(19, 25), t.span());
        assertEquals("Sunday", t.text());
    }

    @Test
    void keepsEverythingElseOfTheSentence() {
        Sentence s = tag(MONDAY, "Rebels", "attacked", "yesterday");
        assertEquals(List.of(new Dependency(-1, 0, "root")), s.dependencies());
        assertEquals("Rebels", s.entities().get(0).text());
        assertEquals(List.of("Rebels", "attacked", "yesterday"), s.tokens().stream().map(Token::word).toList());
        assertEquals("NNP", s.tokens().get(0).pos());
    }

    @Test
    void leavesWhatTheTextDoesNotSayOpenWithoutAPublicationDay() {
        assertEquals("XXXX-WXX-7", tag(null, "on", "Sunday").times().get(0).value());
        assertEquals("XXXX-02-17", tag(null, "on", "February", "17").times().get(0).value());
        assertEquals("XXXX-12", tag(null, "in", "December").times().get(0).value());
        assertEquals("2019-02-17", tag(null, "on", "17", "February", "2019").times().get(0).value());
        assertNull(tag(null, "fighting", "yesterday").times().get(0).value());
        assertEquals("T15:00", tag(null, "at", "3", "pm").times().get(0).value());
        assertEquals("P2Y", tag(null, "for", "two", "years").times().get(0).value());
    }
}
