package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;
import picocli.CommandLine;

class EvalCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void scoresPredictedRecordsAsJson() throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Path pred = Files.createDirectories(dir.resolve("pred"));
        Files.writeString(gold.resolve("a.json"), Records.json("{'annotated':{'parts':['places']},'places':["
                + "{'id':'P1','name':'Homs','kind':'locality','lat':34.73,'lon':36.71},"
                + "{'id':'P2','name':'Hama','kind':'locality','lat':35.13,'lon':36.75}]}").toString());
        Files.writeString(gold.resolve("b.json"), Records.json("{'annotated':{'parts':['places']},'places':["
                + "{'id':'P1','name':'Raqqa','lat':35.95,'lon':39.01}]}").toString());
        Files.writeString(gold.resolve("c.json"), Records.json("{'annotated':{'parts':['places']},'places':[]}").toString());
        Files.writeString(pred.resolve("a.json"), Records.json("{'places':["
                + "{'id':'P1','name':'Homs','lat':34.73,'lon':36.71},{'id':'P2','name':'Aleppo','lat':36.2,'lon':37.15}]}").toString());
        Files.writeString(pred.resolve("c.json"), Records.json("{'places':[]}").toString());

        Run r = run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "--json", "--details");

        assertEquals(0, r.code(), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals(3, report.at("/documents/scored").asInt());
        assertEquals(1, report.at("/documents/failed").asInt());   // b has no prediction: scored empty
        JsonNode places = report.at("/parts/places");
        assertEquals(1, places.get("tp").asInt());
        assertEquals(1, places.get("fp").asInt());
        assertEquals(2, places.get("fn").asInt());
        assertEquals(0.5, places.get("precision").asDouble(), 1e-9);
        assertEquals(1.0, places.at("/coordinates/accuracy").asDouble(), 1e-9);
        assertEquals("n/a", report.at("/parts/events").asText());
        assertEquals("eval.no-prediction", report.at("/problems/0/code").asText());
        assertEquals(3, report.get("details").size());
    }

    @Test
    void usageErrorsExitWithTwo() {
        Run r = run("eval", "--gold", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--articles"), r.err());
        assertEquals(2, run("eval", "--gold", dir.toString(), "--pred", dir.toString(), "--part", "nonsense").code());
    }

    @Test
    void unknownEngineIsAUsageError() throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Run r = run("eval", "--gold", gold.toString(), "--articles", articles.toString(), "--engine", "sitrep,oracle");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("oracle"), r.err());
    }
}
