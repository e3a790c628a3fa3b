package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

    private final PlainTextReader reader = new PlainTextReader();

    @Test
    void splitsAScrapedPageIntoItsParts() {
        String page = """
                Floods cut the river road to the northern towns
                Updated: 4 March 2021 09:15
                Villagers wade through water near the bridge in the northern district, on Wednesday.

                Reuters/ Northtown

                Heavy rain closed the only road north on Wednesday, officials said.
                Crews expect to reopen it “within days,
                if the weather holds,” a spokeswoman said.

                Share this article
                3 Comments
                Sign up for our daily newsletter to get the news in your inbox
                © 2021 Example Media. All rights reserved.
                """;
        ArticleDraft d = reader.read("t", page);
        assertEquals("Floods cut the river road to the northern towns", d.headline());
        assertEquals(LocalDateTime.of(2021, 3, 4, 9, 15), d.published());
        assertEquals("Reuters", d.agency());
        assertEquals("Northtown", d.dateline());
        assertEquals(List.of("Villagers wade through water near the bridge in the northern district, on Wednesday."),
                d.captions());
        assertEquals("Heavy rain closed the only road north on Wednesday, officials said.\n"
                + "Crews expect to reopen it “within days,\nif the weather holds,” a spokeswoman said.", d.text());
        assertEquals(List.of("Share this article", "3 Comments",
                "Sign up for our daily newsletter to get the news in your inbox",
                "© 2021 Example Media. All rights reserved."), d.removed());
        assertTrue(d.warnings().isEmpty());
    }

    @Test
    void aSingleParagraphIsAllBody() {
        String snippet = "Gunmen attacked a police post in the eastern district, killing two officers.";
        ArticleDraft d = reader.read("t", snippet + "\n");
        assertNull(d.headline());
        assertEquals(snippet, d.text());
    }

    @Test
    void aLongFirstParagraphIsNotAHeadline() {
        String text = "The council said on Monday that it would hold a second vote on the budget after the first one "
                + "failed by a single vote, a rare outcome in a chamber where the ruling party holds a wide majority.\n\n"
                + "The vote is set for Friday.";
        ArticleDraft d = reader.read("t", text);
        assertNull(d.headline());
        assertEquals(2, d.paragraphs().size());
    }

    @Test
    void inlineDatelineFillsAgencyAndPlaceButStaysInTheBody() {
        String text = "Talks stall over port deal\n\nPORTVILLE, Feb 18 (Reuters) - Talks on the port deal stalled on Monday.";
        ArticleDraft d = reader.read("t", text);
        assertEquals("Reuters", d.agency());
        assertEquals("Portville", d.dateline());
        assertTrue(d.text().startsWith("PORTVILLE, Feb 18 (Reuters) - Talks"));
    }

    @Test
    void aTranscriptHeaderLeavesTheBody() {
        String text = "Lakeside, 25 Aug 88 (Radio Example Network) -- [Text] Gunmen burned a bus.\n\nNo one was hurt.";
        ArticleDraft d = reader.read("t", text);
        assertEquals("Lakeside", d.dateline());
        assertEquals("Radio Example Network", d.agency());
        assertEquals("1988-08-25", d.published().toLocalDate().toString());
        assertEquals(List.of("Gunmen burned a bus.", "No one was hurt."), d.paragraphs());
        assertEquals(List.of("Lakeside, 25 Aug 88 (Radio Example Network) -- [Text]"), d.removed());
        ArticleDraft alone = reader.read("t", "Lakeside, 25 Aug 88 (Radio Example Network) -- [Article] [Continued]\n\nThe mayor spoke.");
        assertEquals(List.of("The mayor spoke."), alone.paragraphs());
    }

    @Test
    void relatedListsAreRemovedUpToTheNextProse() {
        String text = "Market opens higher\n\nShares rose in early trade.\nRelated stories\nBank cuts rates again\n"
                + "Oil slips on supply news\nAnalysts expect more gains this week.";
        ArticleDraft d = reader.read("t", text);
        assertEquals("Shares rose in early trade.\nAnalysts expect more gains this week.", d.text());
        assertEquals(List.of("Related stories", "Bank cuts rates again", "Oil slips on supply news"), d.removed());
    }

    @Test
    void markedCaptionsLeaveTheBody() {
        String text = "Storm hits coast\n\nPhoto: Waves break over the sea wall.\nThe storm reached the coast at dawn.\n"
                + "Residents clear debris in the harbour. REUTERS/Jane Doe\nPower was cut to 4,000 homes.";
        ArticleDraft d = reader.read("t", text);
        assertEquals(List.of("Photo: Waves break over the sea wall.", "Residents clear debris in the harbour. REUTERS/Jane Doe"),
                d.captions());
        assertEquals("The storm reached the coast at dawn.\nPower was cut to 4,000 homes.", d.text());
    }

    @Test
    void anUnreadableDateIsAWarningAndNoDate() {
        ArticleDraft d = reader.read("in.txt", "Title of a story\nPublished: 45 Smarch 2019\n\nBody text of the story.");
        assertNull(d.published());
        assertEquals("ingest.bad-date", d.warnings().get(0).code());
        assertTrue(d.warnings().get(0).detail().startsWith("in.txt: "));
        assertEquals("Body text of the story.", d.text());
    }
}
