package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelineReaderTest {

    private final DatelineReader reader = DatelineReader.embedded();

    @Test
    void readsAgencyLines() {
        Dateline d = reader.agencyLine("AFP/ Hilltown").orElseThrow();
        assertEquals("AFP", d.agency());
        assertEquals("Hilltown", d.place());
        assertTrue(reader.agencyLine("and/or the rest").isEmpty());
    }

    @Test
    void readsInlineDatelines() {
        Dateline ap = reader.inline("RIVERTON (AP) — The mayor said on Tuesday ...").orElseThrow();
        assertEquals("AP", ap.agency());
        assertEquals("Riverton", ap.place());
        Dateline state = reader.inline("SPRINGVALE, Ill. (AP) - Officials say ...").orElseThrow();
        assertEquals("Springvale, Ill.", state.place());
        Dateline colon = reader.inline("NORTH CITY: Police arrested three men ...").orElseThrow();
        assertEquals("North City", colon.place());
        assertNull(colon.agency());
        Dateline dated = reader.inline("Lakeside, 25 Aug 88 (Radio Example Network) -- [Text] The court ...").orElseThrow();
        assertEquals("Lakeside", dated.place());
        assertEquals("Radio Example Network", dated.agency());
        assertEquals(LocalDate.of(1988, 8, 25), dated.date().toLocalDate());
    }

    @Test
    void readsTranscriptHeadersWithTheirLength() {
        String text = "Port Town (Examplia), 3 Mar 89 (Example Radio) -- [Report] [A. Reporter] [Text] Gunmen shot a judge.";
        DatelineReader.Transcript t = reader.transcript(text).orElseThrow();
        assertEquals("Port Town, Examplia", t.dateline().place());
        assertEquals("Example Radio", t.dateline().agency());
        assertEquals(LocalDate.of(1989, 3, 3), t.dateline().date().toLocalDate());
        assertEquals("Gunmen shot a judge.", text.substring(t.length()));
        assertTrue(reader.transcript("RIVERTON (AP) — The mayor said on Tuesday ...").isEmpty());
        assertTrue(reader.transcript("Lakeside, 25 Aug 88 (Radio Example Network) -- The court ...").isEmpty());
    }

    @Test
    void proseAndLabelsAreNoDateline() {
        assertTrue(reader.inline("The mayor (a Democrat) - who took office in May - said ...").isEmpty());
        assertTrue(reader.inline("UPDATE: The road has reopened.").isEmpty());
    }
}
