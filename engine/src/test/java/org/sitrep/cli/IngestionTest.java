package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.model.RawInput;
import org.sitrep.model.SitrepRecord;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.Stage;
import org.sitrep.store.DuckDbStore;

/** Ingest runs with the real reader and store but no NLP: a record is the article alone. */
class IngestionTest {

    @TempDir
    Path dir;

    private static final String BODY = "Talks between the two delegations resumed in the capital on Monday after a "
            + "pause of three weeks, officials on both sides said, and were expected to last until Friday.";

    private final Stage<RawInput, SitrepRecord> pipeline = new ArticleReader().then(new Stage<Article, SitrepRecord>() {
        @Override
        public String name() {
            return "article-only";
        }

        @Override
        public Outcome<SitrepRecord> apply(Article a) {
            return Outcome.ok(new SitrepRecord(a, List.of(), List.of(), List.of(), List.of(), List.of()));
        }
    });

    @Test
    void readsEverySourceCountsFailuresAndNeverDuplicates() throws Exception {
        Files.writeString(dir.resolve("one.txt"), BODY);
        Path jsonl = Files.writeString(dir.resolve("more.jsonl"),
                "{\"id\": \"j1\", \"text\": \"" + BODY + "\"}\n{broken\n{\"id\": \"j2\", \"html\": \"<p>" + BODY + "</p>\"}\n");
        StringWriter progress = new StringWriter();
        try (DuckDbStore store = DuckDbStore.open(dir.resolve("s.duckdb"))) {
            Ingestion.Report first = new Ingestion(pipeline, store, new PrintWriter(progress), 2)
                    .run(List.of(dir.toString(), dir.resolve("missing.txt").toString()));
            assertEquals(5, first.read());
            assertEquals(3, first.extracted());
            assertEquals(List.of("source.jsonl-not-json", "source.missing"),
                    first.failed().stream().map(Problem::code).toList());
            assertTrue(first.failed().get(0).detail().startsWith(jsonl + ":2:"), first.failed().get(0).detail());
            assertTrue(progress.toString().contains("ingest 5/5"), progress.toString());

            Ingestion.Report again = new Ingestion(pipeline, store, null, 2).run(List.of(dir.toString()));
            assertEquals(0, again.extracted(), "the same bytes under the same id are done already");
            assertEquals(3, again.skipped());
            assertEquals(3, store.totals().articles(), "re-ingesting never duplicates");
        }
    }

    @Test
    void anArticleWithNewBytesUnderAStoredIdIsExtractedAgain() throws Exception {
        Path jsonl = dir.resolve("feed.jsonl");
        Files.writeString(jsonl, "{\"id\": \"a1\", \"text\": \"" + BODY + "\"}\n");
        try (DuckDbStore store = DuckDbStore.open(dir.resolve("s.duckdb"))) {
            new Ingestion(pipeline, store, null, 1).run(List.of(jsonl.toString()));
            Files.writeString(jsonl, "{\"id\": \"a1\", \"text\": \"Corrected: " + BODY + "\"}\n");
            Ingestion.Report corrected = new Ingestion(pipeline, store, null, 1).run(List.of(jsonl.toString()));
            assertEquals(1, corrected.extracted());
            assertEquals(0, corrected.skipped());
            assertEquals(1, store.totals().articles());
            assertTrue(store.article("a1").orElseThrow().text().startsWith("Corrected:"));
        }
    }

    @Test
    void anArticlePastTheTimeLimitIsReportedAndTheOthersAreStored() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            String id = i == 3 ? "stuck" : "n" + i;
            lines.append("{\"id\": \"").append(id).append("\", \"text\": \"").append(BODY).append("\"}\n");
        }
        Path jsonl = Files.writeString(dir.resolve("many.jsonl"), lines.toString());
        CountDownLatch never = new CountDownLatch(1);
        Stage<RawInput, SitrepRecord> hangs = new Stage<>() {
            @Override
            public String name() {
                return "hangs-on-one";
            }

            @Override
            public Outcome<SitrepRecord> apply(RawInput in) {
                if (in.id().equals("stuck")) {
                    // Like CoreNLP on a pathological sentence: ignores interruption.
                    while (never.getCount() > 0) {
                        try {
                            never.await();
                        } catch (InterruptedException ignored) {
                            // keep hanging
                        }
                    }
                }
                return pipeline.apply(in);
            }
        };
        try (DuckDbStore store = DuckDbStore.open(dir.resolve("s.duckdb"))) {
            Ingestion.Report r = new Ingestion(hangs, store, null, 2, Duration.ofMillis(300))
                    .run(List.of(jsonl.toString()));
            assertEquals(12, r.read());
            assertEquals(11, r.extracted());
            assertEquals(1, r.timedOut());
            assertEquals(List.of("ingest.timeout"), r.failed().stream().map(Problem::code).toList());
            assertTrue(r.failed().get(0).detail().contains("many.jsonl"), r.failed().get(0).detail());
            assertEquals(11, store.totals().articles());
            assertTrue(store.article("stuck").isEmpty());
        } finally {
            never.countDown();
        }
    }

    @Test
    void manyArticlesThroughFewWorkersAreEachStoredOnce() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            lines.append("{\"id\": \"m").append(i).append("\", \"text\": \"").append(BODY).append("\"}\n");
        }
        Path jsonl = Files.writeString(dir.resolve("many.jsonl"), lines.toString());
        try (DuckDbStore store = DuckDbStore.open(dir.resolve("s.duckdb"))) {
            Ingestion.Report r = new Ingestion(pipeline, store, null, 3).run(List.of(jsonl.toString()));
            assertEquals(150, r.extracted());
            assertEquals(150, store.totals().articles());
            assertEquals(150, store.contentHashes().size());
        }
    }

    @Test
    void intervalsAreSecondsMinutesOrHours() {
        assertEquals(Duration.ofSeconds(30), IngestCommand.interval("30s"));
        assertEquals(Duration.ofMinutes(5), IngestCommand.interval("5m"));
        assertEquals(Duration.ofHours(1), IngestCommand.interval("1h"));
        for (String bad : List.of("0s", "5", "5 min", "-1m", "")) {
            assertThrows(IllegalArgumentException.class, () -> IngestCommand.interval(bad), bad);
        }
    }

    @Test
    void aWatchedFolderYieldsOnlyItsNewFilesInTheNextRound() throws Exception {
        Path watched = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(watched.resolve("a.txt"), BODY);
        try (DuckDbStore store = DuckDbStore.open(dir.resolve("s.duckdb"))) {
            Ingestion ingestion = new Ingestion(pipeline, store, null, 2);
            assertEquals(1, ingestion.run(List.of(watched.toString())).extracted());
            Files.writeString(watched.resolve("b.txt"), "Second report. " + BODY);
            Ingestion.Report next = ingestion.run(List.of(watched.toString()));
            assertEquals(1, next.extracted());
            assertEquals(1, next.skipped());
            assertEquals(2, store.totals().articles());
        }
    }

    @Test
    void theSummaryNamesEachFailure() {
        StringWriter out = new StringWriter();
        IngestCommand.summarise(new Ingestion.Report(3, 2, 0, 0, 5, 4,
                List.of(new Problem("source", "source.jsonl-not-json", "x.jsonl:2: not JSON")), 2.0), new PrintWriter(out));
        assertTrue(out.toString().startsWith("sitrep ingest: read 3, extracted 2, already stored 0, failed 1 "
                + "(0 past the time limit) in 2.0 s (1.00 articles/s)"), out.toString());
        assertTrue(out.toString().contains("failed: x.jsonl:2: not JSON (source.jsonl-not-json)"), out.toString());
    }
}
