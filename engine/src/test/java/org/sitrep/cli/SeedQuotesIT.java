package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article's quotes end to end with real CoreNLP: every quote found, each speaker-bearing
 * one given to the actor a careful reader names, the two scare quotes given to nobody.
 */
class SeedQuotesIT {

    private static JsonNode record;

    @BeforeAll
    static void extractSeed() throws Exception {
        ExtractCommandIT.Run r = ExtractCommandIT.run("extract", "--format", "json", ExtractCommandIT.SEED.toString());
        assertEquals(0, r.exit(), r.err());
        record = new ObjectMapper().readTree(r.out());
    }

    private static JsonNode quote(String start) {
        for (JsonNode q : record.get("quotes")) {
            if (q.get("text").asText().startsWith(start)) {
                return q;
            }
        }
        throw new AssertionError("no quote starting '" + start + "' in " + record.get("quotes"));
    }

    private static String actorName(JsonNode id) {
        Map<String, String> names = new HashMap<>();
        record.get("actors").forEach(a -> names.put(a.get("id").asText(), a.get("name").asText()));
        return id == null || id.isNull() ? null : names.get(id.asText());
    }

    private static void assertSpeaker(String quoteStart, String actor) {
        JsonNode q = quote(quoteStart);
        assertEquals(actor, actorName(q.get("speaker")), "speaker of '" + quoteStart + "'");
    }

    @Test
    void findsEveryQuoteWithItsWordsAndOffsets() {
        assertEquals(12, record.get("quotes").size(), record.get("quotes").toString());
        String text = record.at("/article/text").asText();
        for (JsonNode q : record.get("quotes")) {
            assertEquals(q.get("text").asText(), text.substring(q.get("start").asInt(), q.get("end").asInt()));
        }
        assertEquals("You have five crates of tomatoes.\nBring them to us.", quote("You have").get("text").asText());
    }

    @Test
    void everySpeakerBearingQuoteHasTheRightSpeaker() {
        assertSpeaker("European solution", "Belgium");
        assertSpeaker("They used to ask", "Sheldar Hasakeh");
        assertSpeaker("They wouldn", "Sheldar Hasakeh");
        assertSpeaker("Now their area", "Sheldar Hasakeh");
        assertSpeaker("Daesh has sealed", "Mustefa Bali");
        assertSpeaker("Civilians who have escaped", "Sean Ryan");
        assertSpeaker("It\u2019s been two days", "Syrian Democratic Forces");
        assertEquals("an SDF fighter", quote("It\u2019s been two days").get("speakerName").asText());
        assertEquals("A spokesman for the US-led coalition", quote("human shields").get("speakerName").asText());
    }

    @Test
    void nestedQuotesAreTheMilitantsWordsReportedByTheFighter() {
        for (String nested : new String[] {"You have five crates", "It\u2019s raining"}) {
            JsonNode q = quote(nested);
            assertEquals("Islamic State", actorName(q.get("speaker")), nested);
            assertEquals("Sheldar Hasakeh", actorName(q.get("quotedBy")), nested);
        }
    }

    @Test
    void scareQuotesHaveNoSpeaker() {
        for (String scare : new String[] {"caliphate", "Baghouz pocket"}) {
            JsonNode q = quote(scare);
            assertTrue(q.get("speaker") == null || q.get("speaker").isNull(), scare);
            assertTrue(q.get("speakerName") == null || q.get("speakerName").isNull(), scare);
        }
    }
}
