package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.DuckDbStore;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventSort;

/** {@code sitrep ingest} end to end with real CoreNLP: the seed plus broken inputs, twice. */
class IngestCommandIT {

    @TempDir
    Path dir;

    @Test
    void ingestsTheSeedReportsBadInputsWithPositionsAndNeverDuplicates() throws Exception {
        Path db = dir.resolve("it.duckdb");
        Path jsonl = Files.writeString(dir.resolve("wire.jsonl"),
                "{\"id\": \"w1\", \"text\": \"Officials met in the capital on Monday to discuss a ceasefire.\"}\n"
                        + "not json\n");
        Path feed = Files.writeString(dir.resolve("cut.rss"), "<?xml version=\"1.0\"?>\n<rss><channel><item>");
        String seed = ExtractCommandIT.SEED.toString();

        ExtractCommandIT.Run first = ExtractCommandIT.run("ingest", "--db", db.toString(), seed, jsonl.toString(),
                feed.toString());
        assertEquals(ExitCodes.SOME_FAILED, first.exit(), first.err());
        assertTrue(first.err().contains("sitrep ingest: read 4, extracted 2, already stored 0, failed 2"),
                first.err());
        assertTrue(first.err().contains(jsonl + ":2: not JSON"), first.err());
        assertTrue(first.err().contains(feed + ":"), first.err());

        ExtractCommandIT.Run again = ExtractCommandIT.run("ingest", "--db", db.toString(), seed);
        assertEquals(ExitCodes.OK, again.exit(), again.err());
        assertTrue(again.err().contains("read 1, extracted 0, already stored 1, failed 0"), again.err());
        try (DuckDbStore store = DuckDbStore.open(db)) {
            assertEquals(2, store.totals().articles(), "the seed ingested twice is stored once");
            var onTheMap = store.events(EventFilter.ALL, EventSort.DATE_DESC, 0, 500).events().stream()
                    .filter(e -> e.lat() != null).count();
            assertTrue(onTheMap > 0, "the seed's events show on the map");
        }
    }
}
