package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "February 18 2019 01:01 AM|2019-02-18T01:01",
        "18 February 2019|2019-02-18T00:00",
        "Feb. 18, 2019 1:01 p.m.|2019-02-18T13:01",
        "2019-02-18T01:01:00Z|2019-02-18T01:01",
        "2019-02-18T23:15:00+03:00|2019-02-18T23:15",
        "2019-02-18|2019-02-18T00:00",
        "Monday, 18 Feb 2019|2019-02-18T00:00",
        "Updated: March 3, 2020 12:45 PM ET|2020-03-03T12:45",
        "Published on 7 Sept 2018 - 09:30 GMT|2018-09-07T09:30",
        "12:05 AM, November 9 2016|2016-11-09T00:05",
        "25 Aug 88|1988-08-25T00:00",
    })
    void readsTheUsualNewsFormats(String text, String expected) {
        assertEquals(LocalDateTime.parse(expected), DateParser.parse(text).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"February 31 2019", "the day after tomorrow", "Posted: 99/99/2019", "13:01 PM Feb 3 2019", ""})
    void rejectsWhatIsNotAValidDate(String text) {
        assertTrue(DateParser.parse(text).isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Posted: 99/99/2019", "February 31 2019"})
    void flagsLinesThatMeantToBeDates(String text) {
        assertTrue(DateParser.looksLikeDate(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"March on the capital drew 10,000 people in 2019, police said.", "Members of the group gesture."})
    void doesNotTakeProseForADate(String text) {
        assertFalse(DateParser.looksLikeDate(text), text);
    }
}
