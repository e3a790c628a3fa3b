package org.sitrep.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.SitrepRecord;
import org.sitrep.store.DuckDbStore;
import org.sitrep.store.SampleRecords;

/** The API in-process over a real DuckDB file holding the sample records. */
class RoutesTest {

    @TempDir
    static Path dir;

    private static DuckDbStore store;
    private static Javalin app;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
            + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

    @BeforeAll
    static void start() throws Exception {
        store = DuckDbStore.open(dir.resolve("api.duckdb"));
        for (SitrepRecord r : SampleRecords.all()) {
            store.put(r, "test");
        }
        store.mergeEvents();
        app = WebServer.create(store).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void listsMergedEventsWithPagingAndSorting() throws Exception {
        JsonNode page = json("/api/events?sort=-sources&size=1");
        assertEquals(3, page.get("total").asInt());
        assertEquals(1, page.get("events").size());
        JsonNode top = page.get("events").get(0);
        assertEquals(2, top.get("sourceCount").asInt());
        assertEquals("Port Alder", top.get("place").asText());
        assertEquals(1, json("/api/events?sort=-sources&size=1&page=2").get("events").size());
        assertEquals(0, json("/api/events?sort=-sources&size=1&page=3").get("events").size());
    }

    @Test
    void filtersNarrowTheList() throws Exception {
        assertEquals(2, json("/api/events?type=assault").get("total").asInt());
        assertEquals(3, json("/api/events?type=ASSAULT&type=PROTEST").get("total").asInt());
        assertEquals(1, json("/api/events?bbox=5,43,6,44").get("total").asInt());
        assertEquals(1, json("/api/events?country=de").get("total").asInt());
        assertEquals(2, json("/api/events?from=2024-03-10&to=2024-03-31").get("total").asInt());
        assertEquals(2, json("/api/events?actor=coast").get("total").asInt());
        assertEquals(1, json("/api/events?q=dock%20workers").get("total").asInt());
        assertEquals(0, json("/api/events?polarity=negated").get("total").asInt());
        assertEquals(1, json("/api/timeline?type=PROTEST").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=yesterday", "from=2024-03-11&to=2024-03-01", "bbox=1,2,3", "bbox=0,0,200,10",
            "bbox=10,0,0,10", "type=BOMBING", "country=FRA", "polarity=maybe", "page=-1", "size=0", "size=100000",
            "size=ten", "sort=random", "actor=" + LONG, "country=FR&country=DE"})
    void badParametersGet400WithAMessage(String query) throws Exception {
        for (String route : List.of("/api/events?", "/api/export.csv?")) {
            HttpResponse<String> r = get(route + query);
            assertEquals(400, r.statusCode(), query + ": " + r.body());
            String message = JSON.readTree(r.body()).get("error").asText();
            assertTrue(message.startsWith(query.substring(0, query.indexOf('='))), message);
        }
    }

    @Test
    void anEventComesWithItsSourcesActorsAndQuotes() throws Exception {
        String id = json("/api/events?sort=-sources&size=1").get("events").get(0).get("id").asText();
        JsonNode d = json("/api/events/" + id);
        assertEquals(2, d.get("sources").size());
        JsonNode first = d.get("sources").get(0);
        assertEquals(SampleRecords.FIRST, first.get("articleId").asText());
        assertTrue(first.get("evidence").asText().startsWith("The Coast Brigade shelled"));
        assertEquals("We answered fire,", d.get("quotes").get(0).get("text").asText());
        assertEquals(404, get("/api/events/ev-nothing").statusCode());
    }

    @Test
    void anArticleComesWithItsTextAndSpans() throws Exception {
        JsonNode a = json("/api/articles/" + SampleRecords.FIRST);
        String text = a.get("text").asText();
        JsonNode mention = a.get("places").get(0).get("mentions").get(0);
        assertEquals("Port Alder", text.substring(mention.get("start").asInt(), mention.get("end").asInt()));
        assertEquals(2, a.get("events").size());
        assertEquals(404, get("/api/articles/none").statusCode());
    }

    @Test
    void actorsAndPlacesAreListed() throws Exception {
        assertEquals("Coast Brigade", json("/api/actors?limit=1").get(0).get("name").asText());
        assertEquals(1, json("/api/places?q=alder").size());
        assertEquals(400, get("/api/places?limit=5000").statusCode());
    }

    @Test
    void exportsCsvGeoJsonAndJsonLines() throws Exception {
        HttpResponse<String> csv = get("/api/export.csv?sort=-sources");
        assertEquals(200, csv.statusCode());
        String[] lines = csv.body().split("\r\n");
        assertEquals(String.join(",", Exports.CSV_COLUMNS), lines[0]);
        assertEquals(4, lines.length);
        assertTrue(lines[1].contains(",2024-03-09,2024,") && lines[1].contains("Coast Brigade")
                && lines[1].contains("https://example.org/one; https://example.org/two")
                || lines[1].contains("https://example.org/two; https://example.org/one"), lines[1]);

        JsonNode geo = json("/api/export.geojson");
        assertEquals("FeatureCollection", geo.get("type").asText());
        assertEquals(3, geo.get("features").size());
        JsonNode point = geo.get("features").get(0).get("geometry").get("coordinates");
        assertTrue(point.get(0).asDouble() > -180 && point.get(1).asDouble() < 90);

        String[] rows = get("/api/export.jsonl?type=PROTEST").body().strip().split("\n");
        assertEquals(1, rows.length);
        assertEquals("PROTEST", JSON.readTree(rows[0]).get("event").get("type").asText());
    }

    @Test
    void servesItsOpenApiDescriptionAndThePage() throws Exception {
        JsonNode api = json("/api/openapi.json");
        assertTrue(api.get("paths").has("/api/events/{id}"));
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("vendor/leaflet/dist/leaflet.js"));
        assertEquals(200, get("/vendor/world-atlas/countries-50m.json").statusCode());
    }

    @Test
    void csvCellsAreQuotedOnlyWhenNeeded() {
        assertEquals("plain", Exports.cell("plain"));
        assertEquals("\"a, \"\"b\"\"\"", Exports.cell("a, \"b\""));
        assertEquals("", Exports.cell(null));
    }
}
