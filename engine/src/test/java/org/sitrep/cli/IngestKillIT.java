package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest running in another JVM with SIGKILL partway through, starts it again, and
 * checks that the store ends with exactly one copy of every article.
 */
class IngestKillIT {

    private static final int ARTICLES = 120;
    private static final Pattern DONE = Pattern.compile("ingest (\\d+)/" + ARTICLES);

    @TempDir
    Path dir;

    @Test
    void aKilledIngestStartedAgainStoresEveryArticleOnce() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) {
            lines.append("{\"id\": \"k").append(i).append("\", \"text\": \"Article ").append(i)
                    .append(": delegations met in the capital on Monday and agreed to meet again.\"}\n");
        }
        Path source = Files.writeString(dir.resolve("corpus.jsonl"), lines.toString());
        Path db = dir.resolve("store.duckdb");

        Process first = start(db, source);
        int seen = readUntil(first.getInputStream(), 30);
        first.destroyForcibly();   // SIGKILL on Unix: no shutdown hook, no commit, no close
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        assertTrue(seen >= 30 && seen < ARTICLES, "killed partway, after " + seen);

        Process second = start(db, source);
        String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(second.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, second.exitValue(), out);
        Matcher summary = Pattern.compile("extracted (\\d+) skipped (\\d+) failed (\\d+)").matcher(out);
        assertTrue(summary.find(), out);
        int extracted = Integer.parseInt(summary.group(1));
        int skipped = Integer.parseInt(summary.group(2));
        assertEquals(0, Integer.parseInt(summary.group(3)), out);
        assertEquals(ARTICLES, extracted + skipped, out);
        assertTrue(skipped > 0, "the restart goes on where the first run stopped: " + out);

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT id), "
                     + "count(*) FILTER (WHERE content_hash IS NULL) FROM articles")) {
            rs.next();
            assertEquals(ARTICLES, rs.getInt(1), "one row per article");
            assertEquals(ARTICLES, rs.getInt(2), "every article");
            assertEquals(0, rs.getInt(3), "each with its done mark");
        }
    }

    private static Process start(Path db, Path source) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", classpath, SlowIngestMain.class.getName(), db.toString(), source.toString(), "40"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Reads the child's progress until it has finished {@code n} articles; returns how many it had. */
    private static int readUntil(InputStream in, int n) throws IOException {
        StringBuilder window = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            window.append((char) c);
            if (c == '\r' || c == '\n') {
                Matcher m = DONE.matcher(window);
                int last = -1;
                while (m.find()) {
                    last = Integer.parseInt(m.group(1));
                }
                window.setLength(0);
                if (last >= n) {
                    return last;
                }
            }
        }
        throw new IOException("the ingest ended before " + n + " articles");
    }
}
