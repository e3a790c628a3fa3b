package org.sitrep.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.SitrepRecord;
import org.sitrep.store.DuckDbStore;
import org.sitrep.store.SampleRecords;

/**
 * The map page in Debian's chromium, driven by playwright-core (src/test/web/map-page.mjs): it
 * must find markers, filter by type, open an event and take a screenshot, whose path the test
 * prints. The build installs playwright-core into engine/node_modules with the other npm packages
 * (engine/package.json), where node finds it from the script's folder.
 */
class MapPageIT {

    private static final Path WEB = Path.of("src/test/web");
    private static final Path SHOT = Path.of("target/screenshots/map-page.png").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void findsMarkersFiltersOpensAnEventAndTakesAScreenshot() throws Exception {
        Files.createDirectories(SHOT.getParent());
        Files.deleteIfExists(SHOT);
        try (DuckDbStore store = DuckDbStore.open(dir.resolve("page.duckdb"))) {
            for (SitrepRecord r : SampleRecords.all()) {
                store.put(r, "test");
            }
            store.mergeEvents();
            Javalin app = WebServer.create(store).start("127.0.0.1", 0);
            try {
                String output = node("http://127.0.0.1:" + app.port() + "/", SHOT.toString(), "ASSAULT");
                System.out.println(output);
                assertTrue(output.contains("markers: "), output);
                assertTrue(output.contains("filtered: 2 events, 2 on the map"), output);
                assertTrue(output.contains("brushed: 2024-03-09 to 2024-03-10"), output);
                assertTrue(output.contains("event: assault"), output);
                assertTrue(output.contains("screenshot: " + SHOT), output);
                assertTrue(Files.size(SHOT) > 10_000, "a screenshot of a drawn page");
            } finally {
                app.stop();
            }
        }
    }

    private static String node(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", "map-page.mjs"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(WEB.toFile()).redirectErrorStream(true).start();
        boolean done = p.waitFor(3, TimeUnit.MINUTES);
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        assertTrue(done, "the browser test did not finish in 3 minutes: " + output);
        assertEquals(0, p.exitValue(), output);
        return output;
    }
}
