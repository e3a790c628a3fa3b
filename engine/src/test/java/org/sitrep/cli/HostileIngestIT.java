package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingests the {@link HostileCorpus} (over 1,000 inputs, good articles among them) with the real
 * command in a child JVM whose heap is capped at {@link #HEAP}: it must finish without crashing,
 * name every input it refuses in its failures file, store every good article, and give the
 * articles in other languages their language and no events. Most hostile inputs are refused
 * before NLP, so few articles reach CoreNLP.
 */
class HostileIngestIT {

    /** The heap bound the whole ingest, CoreNLP's English models included, must live within. */
    static final String HEAP = "-Xmx2g";

    private static final Path SHARED = Path.of("../../shared");
    private static final Pattern SUMMARY = Pattern.compile(
            "read (\\d+), extracted (\\d+), already stored (\\d+), failed (\\d+)");

    @TempDir
    Path dir;

    @Test
    void hostileInputsAreRefusedOneByOneAndGoodArticlesAreAllStored() throws Exception {
        HostileCorpus.Written corpus = HostileCorpus.write(dir.resolve("corpus"), SHARED);
        Path db = dir.resolve("hostile.duckdb");
        Path failures = dir.resolve("failures.jsonl");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:+ExitOnOutOfMemoryError", "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                "-cp", classpath, Main.class.getName(), "ingest", "--db", db.toString(), "--threads", "2",
                "--failures", failures.toString(), corpus.dir().toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile())
                .start();
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), "the ingest finished");
        String log = Files.readString(dir.resolve("log.txt"), StandardCharsets.UTF_8);
        assertEquals(ExitCodes.SOME_FAILED, p.exitValue(), "exit 1: some inputs failed, none crashed it\n" + log);
        assertFalse(log.contains("OutOfMemoryError") || log.contains("Exception in thread"), log);

        Matcher m = SUMMARY.matcher(log);
        assertTrue(m.find(), log);
        int read = Integer.parseInt(m.group(1));
        int extracted = Integer.parseInt(m.group(2));
        int failed = Integer.parseInt(m.group(4));
        assertTrue(read >= 1000, "inputs: " + read);
        assertEquals(read, extracted + Integer.parseInt(m.group(3)) + failed, "every input is accounted for");

        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(failures, StandardCharsets.UTF_8);
        assertEquals(failed, lines.size(), "one line per failed input");
        for (String line : lines) {
            JsonNode problem = json.readTree(line);
            assertTrue(problem.get("detail").asText().startsWith(corpus.dir().toString()),
                    "the error names its input: " + line);
            assertFalse(problem.get("code").asText().startsWith("internal"), "a known reason: " + line);
        }

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            for (Map.Entry<String, String> good : corpus.good().entrySet()) {
                assertEquals(1, count(c, "SELECT count(*) FROM articles WHERE id = ?", good.getKey()),
                        "stored: " + good.getValue());
            }
            for (Map.Entry<String, String> foreign : corpus.foreign().entrySet()) {
                assertEquals(1, count(c, "SELECT count(*) FROM articles WHERE id = ? AND language = ?",
                        foreign.getKey(), foreign.getValue()), foreign.getKey() + " stored as " + foreign.getValue());
                assertEquals(0, count(c, "SELECT count(*) FROM events WHERE article_id = ?", foreign.getKey()),
                        "no English events from " + foreign.getKey());
            }
            assertEquals(0, count(c, "SELECT count(*) FROM articles WHERE contains(text, ?)", HostileCorpus.LEAK),
                    "no local file leaked in through a feed's external entity");
            assertNotEquals(0, count(c, "SELECT count(*) FROM events WHERE article_id = ?", "dated-2100"),
                    "an article of 2100 is read like any other");
            long stored = count(c, "SELECT count(*) FROM articles");
            System.out.printf("hostile corpus: %d inputs, %d stored articles (%d extractions), %d refused, "
                    + "0 crashes, heap %s%n", read, stored, extracted, failed, HEAP);
            log.lines().filter(l -> l.contains("all failures by reason")).forEach(System.out::println);
        }
    }

    private static long count(Connection c, String sql, String... params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
