package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;
import org.sitrep.store.DuckDbStore;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventSort;
import org.sitrep.store.Views.EventPage;
import org.sitrep.store.Views.MergedEvent;

/**
 * Runs the Spark job in {@code local[2]} on six dev articles and checks that its events, and how
 * they merge, are those of {@code sitrep ingest} on the same files.
 */
class SparkJobIT {

    private static final Path ARTICLES = Path.of("../../shared/eval-dev/attacks-muc4/articles");

    /** The columns compared: what an event is, where and when, and which merged event it joined. */
    private static final String COLUMNS = "article_id, id, type, mode, actor_name, target_name, place_name, "
            + "country, coord_precision, CAST(day AS STRING), fatalities, polarity, evidence_text, merged_id";

    @TempDir
    Path dir;

    @Test
    void theSparkJobFindsTheEventsTheIngestFinds() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (Stream<Path> files = Files.list(ARTICLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(6).toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        Files.writeString(in.resolve("README.md"), "not an article: passed over, as ingest does");
        Path out = dir.resolve("out");

        Set<String> spark;
        SparkSession session = SparkSession.builder().master("local[2]").appName("sitrep-it")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        try {
            SparkJob.Summary summary = SparkJob.run(session, List.of(in.toUri().toString()), out.toString());
            assertEquals(6, summary.articles());
            assertEquals(0, summary.failed());
            session.read().parquet(out.resolve("events").toString()).createOrReplaceTempView("events");
            spark = rows(session.sql("SELECT " + COLUMNS + " FROM events").collectAsList());
            assertEquals(6, session.read().parquet(out.resolve("articles").toString()).count());
            assertEquals(summary.events(), spark.size());
        } finally {
            session.stop();
        }

        Path db = dir.resolve("ingest.duckdb");
        assertEquals(0, Main.commandLine().execute("ingest", "--db", db.toString(), "--threads", "2", in.toString()));
        Set<String> ingest = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM events")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    line.append(rs.getObject(i)).append(" | ");
                }
                ingest.add(line.toString());
            }
        }
        assertFalse(ingest.isEmpty(), "the dev articles report events");
        assertEquals(ingest, spark);
        assertTrue(Files.isDirectory(out.resolve("quotes")) && Files.isDirectory(out.resolve("places")));

        // What sitrep serve --parquet shows: the Spark tables in a store, merged by the same rules.
        try (DuckDbStore served = DuckDbStore.inMemory(); DuckDbStore ingested = DuckDbStore.open(db)) {
            served.importParquet(out);
            assertEquals(ingested.totals(), served.totals());
            EventPage a = ingested.events(EventFilter.ALL, EventSort.DATE_DESC, 0, 1000);
            EventPage b = served.events(EventFilter.ALL, EventSort.DATE_DESC, 0, 1000);
            assertEquals(a.events().stream().map(MergedEvent::id).sorted().toList(),
                    b.events().stream().map(MergedEvent::id).sorted().toList());
        }
    }

    private static Set<String> rows(List<Row> rows) {
        Set<String> out = new TreeSet<>();
        for (Row r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length(); i++) {
                line.append(r.get(i)).append(" | ");
            }
            out.add(line.toString());
        }
        return out;
    }
}
