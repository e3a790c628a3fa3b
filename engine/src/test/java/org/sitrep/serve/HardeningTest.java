package org.sitrep.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.SitrepRecord;
import org.sitrep.store.DuckDbStore;
import org.sitrep.store.SampleRecords;

/**
 * The server under attack, in-process over a read-only store holding the sample records: junk in
 * every parameter of every route the OpenAPI description lists, SQL injection in every filter,
 * path traversal, bodies, cross-origin calls, and the security headers on every kind of response.
 */
class HardeningTest {

    @TempDir
    static Path dir;

    private static DuckDbStore store;
    private static Javalin app;
    private static Javalin corsApp;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values no parameter should make the server fail on. */
    private static final List<String> JUNK = List.of("", " ", "'", "\"", "\\", "%", "_", "%%", "*", ",", ",,,,",
            "-1", "0", "-0", "1e309", "NaN", "Infinity", "-Infinity", "0x1F", "99999999999999999999",
            "2147483648", "1,2,3,4,5", "1,2,3", "null", "undefined", "true", "[]", "{}", "\u0000", "\u202e\u0645\u0631",
            "\u0661\u0662", "\ud83d\udca5", "\ufffd", "<script>alert(1)</script>", "../../etc/passwd",
            "2024-13-45", "2024-02-30", "+999999999-12-31", "-999999999-01-01", "x".repeat(201), "a ".repeat(300),
            "' OR '1'='1", "1; DROP TABLE merged_events; --", "$(reboot)", "\r\nX-Injected: 1");

    /** Filter values that would change the query if they reached the SQL text. */
    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "' OR 1=1 --", "x'); DROP TABLE events; --",
            "\" OR \"\"=\"", "%", "_", "%' --", "\\", "1 UNION SELECT id FROM articles", "'; COPY articles TO '/tmp/x'; --",
            "ASSAULT' OR type <> '");

    private static final List<String> FILTERS = List.of("actor", "q", "mode", "country", "polarity", "type", "from",
            "to", "bbox", "sort");

    @BeforeAll
    static void start() throws Exception {
        Path file = dir.resolve("hard.duckdb");
        try (DuckDbStore writable = DuckDbStore.open(file)) {
            for (SitrepRecord r : SampleRecords.all()) {
                writable.put(r, "test");
            }
            writable.mergeEvents();
        }
        store = DuckDbStore.openReadOnly(file);
        app = WebServer.create(store).start("127.0.0.1", 0);
        corsApp = WebServer.create(store, "https://maps.example.org").start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        corsApp.stop();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request written byte for byte, so nothing normalises its path first; the whole response. */
    private static String raw(String requestLine) throws Exception {
        try (Socket s = new Socket("127.0.0.1", app.port())) {
            OutputStream out = s.getOutputStream();
            out.write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    /** Every GET route of the OpenAPI description with its parameters (path parameters marked). */
    private static Map<String, List<String>> routes() throws Exception {
        JsonNode api = JSON.readTree(get("/api/openapi.json").body());
        Map<String, List<String>> out = new java.util.TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = api.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            List<String> params = new ArrayList<>();
            for (JsonNode p : path.getValue().path("get").path("parameters")) {
                params.add(p.get("name").asText());
            }
            out.put(path.getKey(), params);
        }
        return out;
    }

    @Test
    void junkInEveryParameterOfEveryRouteIsNeverAServerError() throws Exception {
        Map<String, List<String>> routes = routes();
        assertTrue(routes.size() >= 10, routes.toString());
        int requests = 0;
        for (Map.Entry<String, List<String>> route : routes.entrySet()) {
            String path = route.getKey();
            for (String param : route.getValue()) {
                for (String junk : JUNK) {
                    boolean inPath = path.contains("{" + param + "}");
                    String url = inPath ? path.replace("{" + param + "}", enc(junk).replace("+", "%20"))
                            : path + "?" + param + "=" + enc(junk);
                    if (inPath && junk.isEmpty()) {
                        continue;
                    }
                    HttpResponse<String> r = get(url);
                    requests++;
                    assertTrue(r.statusCode() < 500, url + " -> " + r.statusCode() + ": " + r.body());
                    // In a path, Jetty refuses an encoded slash, backslash or NUL itself, before any route.
                    if (r.statusCode() == 400 && !inPath) {
                        String error = JSON.readTree(r.body()).get("error").asText();
                        assertTrue(error.startsWith(param + ":"), url + ": the message names the parameter: " + error);
                    }
                }
            }
        }
        assertTrue(requests > 1000, "requests: " + requests);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/events?q=%zz", "/api/events?actor=%", "/api/events?%=1", "/api/events?type=%C0%AF",
            "/api/events/%zz", "/api/events?&&&=&", "/api/events?size=1&size=2", "/api/actors?q=%ff%fe"})
    void malformedEncodingIsNeverAServerError(String target) throws Exception {
        String response = raw("GET " + target + " HTTP/1.1");
        assertTrue(status(response) < 500, target + " -> " + response);
    }

    @Test
    void sqlInjectionInEveryFilterIsOnlyAValue() throws Exception {
        long total = JSON.readTree(get("/api/events").body()).get("total").asLong();
        assertEquals(3, total);
        for (String filter : FILTERS) {
            for (String attack : INJECTIONS) {
                for (String route : List.of("/api/events", "/api/timeline", "/api/export.jsonl")) {
                    HttpResponse<String> r = get(route + "?" + filter + "=" + enc(attack));
                    assertTrue(r.statusCode() == 200 || r.statusCode() == 400, filter + "=" + attack + ": " + r.body());
                    if (r.statusCode() == 200 && route.equals("/api/events")) {
                        assertEquals(0, JSON.readTree(r.body()).get("total").asLong(),
                                filter + "=" + attack + " matches nothing, not everything");
                    }
                }
            }
        }
        for (String attack : INJECTIONS) {
            assertEquals(0, JSON.readTree(get("/api/actors?q=" + enc(attack)).body()).size(), attack);
            assertEquals(404, get("/api/events/" + enc(attack).replace("+", "%20")).statusCode(), attack);
            assertEquals(404, get("/api/articles/" + enc(attack).replace("+", "%20")).statusCode(), attack);
        }
        assertEquals(3, JSON.readTree(get("/api/events").body()).get("total").asLong(), "nothing was dropped");
    }

    @Test
    void theServersStoreRefusesWrites() {
        assertThrows(SQLException.class, () -> store.mergeEvents());
        assertThrows(SQLException.class, () -> store.put(SampleRecords.all().get(0), "attack"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../pom.xml", "/..%2fpom.xml", "/%2e%2e/%2e%2e/store/schema.sql", "/%2e%2e%2f%2e%2e%2fstore%2fschema.sql",
            "/vendor/../../store/schema.sql", "/vendor/..%2f..%2fstore%2fschema.sql", "/..%5c..%5cstore%5cschema.sql",
            "/%252e%252e/%252e%252e/store/schema.sql", "/..;/..;/store/schema.sql", "/.%2e/.%2e/store/schema.sql",
            "//org/sitrep/store/schema.sql", "/org/sitrep/store/schema.sql", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF",
            "/%c0%ae%c0%ae/%c0%ae%c0%ae/store/schema.sql", "/vendor/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/../../../../../../etc/passwd", "/app.js%00.html", "/org/sitrep/cli/Main.class"})
    void staticFilesComeOnlyFromTheirFolder(String target) throws Exception {
        String response = raw("GET " + target + " HTTP/1.1");
        int status = status(response);
        assertTrue(status == 400 || status == 404, target + " -> " + response.lines().findFirst().orElse(""));
        assertFalse(response.contains("CREATE TABLE") || response.contains("root:") || response.contains("<project"),
                target + " leaked a file");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/app.js", "/api/events", "/api/events?size=0", "/api/events/none",
                "/api/export.csv", "/no-such-file")) {
            HttpResponse<String> r = get(path);
            for (Map.Entry<String, String> h : WebServer.SECURITY_HEADERS.entrySet()) {
                assertEquals(h.getValue(), r.headers().firstValue(h.getKey()).orElse(null), path + ": " + h.getKey());
            }
        }
        String csp = WebServer.SECURITY_HEADERS.get("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self';") && csp.contains("frame-ancestors 'none'"), csp);
    }

    @Test
    void requestsWithABodyAreRefused() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/events"))
                .method("GET", HttpRequest.BodyPublishers.ofString("x".repeat(1_000_000))));
        assertEquals(413, r.statusCode(), r.body());
        HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/events"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"a\": 1}")));
        assertTrue(post.statusCode() >= 400 && post.statusCode() < 500, post.statusCode() + " " + post.body());
    }

    @Test
    void overlongRequestsAreRefusedNotServed() throws Exception {
        assertEquals(400, get("/api/events?q=" + "word%20".repeat(21)).statusCode());
        assertEquals(400, get("/api/events/" + "e".repeat(201)).statusCode());
        int status = get("/api/events?actor=" + "y".repeat(20_000)).statusCode();
        assertTrue(status == 400 || status == 414 || status == 431, "a 20 kB query: " + status);
        assertEquals(400, get("/api/events?size=5001").statusCode());
        assertEquals(400, get("/api/events?bbox=-181,0,0,1").statusCode());
        assertEquals(200, get("/api/events?type=" + "ASSAULT,".repeat(500)).statusCode(), "one type named often is one type");
    }

    @Test
    void crossOriginCallsAreRefusedUnlessTheOriginIsAllowed() throws Exception {
        HttpResponse<String> plain = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/events"))
                .header("Origin", "https://evil.example.com"));
        assertNull(plain.headers().firstValue("Access-Control-Allow-Origin").orElse(null));

        HttpResponse<String> allowed = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + corsApp.port() + "/api/events"))
                .header("Origin", "https://maps.example.org"));
        assertEquals("https://maps.example.org", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> other = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + corsApp.port() + "/api/events"))
                .header("Origin", "https://evil.example.com"));
        assertNull(other.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }
}
