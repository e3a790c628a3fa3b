package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventRowsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 2, 18);

    @Test
    void anEventDatedToTheMonthOrYearStandsOnItsFirstDayNotOnThePublicationDay() {
        assertEquals(LocalDate.of(2019, 2, 17), EventRows.day("2019-02-17", PUBLISHED));
        assertEquals(LocalDate.of(2018, 12, 1), EventRows.day("2018-12", PUBLISHED));
        assertEquals(LocalDate.of(2014, 1, 1), EventRows.day("2014", PUBLISHED));
    }

    @Test
    void noDateOrAnUnreadableOneFallsBackToThePublicationDay() {
        assertEquals(PUBLISHED, EventRows.day(null, PUBLISHED));
        assertEquals(PUBLISHED, EventRows.day("2019-W07", PUBLISHED));
        assertEquals(PUBLISHED, EventRows.day("2019-13", PUBLISHED));
    }
}
