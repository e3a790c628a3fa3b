package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sitrep extract} end to end with real CoreNLP: output shape, bad inputs, exit codes. */
class ExtractCommandIT {

    static final Path SEED = Path.of("../../shared/articles/000_f4b716d0e5e9fa55.txt");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void oneInputGivesOnePrettyRecord() throws IOException {
        Run r = run("extract", "--format", "json", SEED.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode record = new ObjectMapper().readTree(r.out());
        assertEquals("sitrep/1", record.get("schema").asText());
        assertEquals("AFP", record.at("/article/agency").asText());
        assertTrue(record.get("events").size() > 0, "the seed reports events");
    }

    @Test
    void badInputsAreNamedOnStderrAndTheRestGoOnInOrder() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 0, 1, 2, 3, 0, 0});
        Path csv = Files.writeString(dir.resolve("table.csv"),
                "id,name,value\n1,alpha,3\n2,beta,4\n3,gamma,5\n", StandardCharsets.UTF_8);

        Run r = run("extract", "--format", "json", empty.toString(), SEED.toString(), binary.toString(), csv.toString());

        assertEquals(1, r.exit(), "some inputs failed");
        assertTrue(r.err().contains(empty.toString()), r.err());
        assertTrue(r.err().contains(binary.toString()), r.err());
        List<String> lines = r.lines();
        assertEquals(2, lines.size(), "records for the seed and the CSV, as JSON Lines: " + r.out());
        ObjectMapper json = new ObjectMapper();
        assertEquals("AFP", json.readTree(lines.get(0)).at("/article/agency").asText());
        assertTrue(json.readTree(lines.get(1)).at("/article/text").asText().contains("alpha"));
        assertTrue(r.err().contains("ingest.not-an-article"), "the CSV is flagged: " + r.err());
    }

    @Test
    void unparseablePublicationDateIsAUsageError() {
        Run r = run("extract", "--published", "the day before yesterday", SEED.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--published"), r.err());
    }

    @Test
    void idForSeveralInputsIsAUsageError() {
        Run r = run("extract", "--id", "x", SEED.toString(), SEED.toString());
        assertEquals(2, r.exit());
    }

    @Test
    void missingFileIsReportedAndCounted() {
        Run r = run("extract", "--format", "json", dir.resolve("nope.txt").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("nope.txt"), r.err());
    }
}
