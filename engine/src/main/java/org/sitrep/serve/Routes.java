package org.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import org.sitrep.store.DuckDbStore;
import org.sitrep.store.Views.StoredArticle;

/** Every HTTP route of the API, each handled by one method. Thread-safe (the store serialises its calls). */
final class Routes {

    private static final int MAX_LIST = 1000;
    /** Characters of an event or article id at most; real ids have a few dozen. */
    private static final int MAX_ID = 200;

    private final DuckDbStore store;
    private final ObjectMapper json;
    private final Exports exports;

    Routes(DuckDbStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
        this.exports = new Exports(store, json);
    }

    void register(Javalin app) {
        app.get("/api/events", this::events);
        app.get("/api/events/{id}", this::event);
        app.get("/api/timeline", this::timeline);
        app.get("/api/articles/{id}", this::article);
        app.get("/api/actors", this::actors);
        app.get("/api/places", this::places);
        app.get("/api/stats", ctx -> ctx.json(store.totals()));
        app.get("/api/export.csv", this::csv);
        app.get("/api/export.geojson", this::geojson);
        app.get("/api/export.jsonl", this::jsonl);
        app.get("/api/openapi.json", this::openapi);
    }

    private void events(Context ctx) throws SQLException {
        EventQuery q = EventQuery.parse(ctx.queryParamMap());
        ctx.json(store.events(q.filter(), q.sort(), q.page(), q.size()));
    }

    private void event(Context ctx) throws SQLException {
        String id = id(ctx);
        ctx.json(store.event(id).orElseThrow(() -> new NotFound("no event " + id)));
    }

    private void timeline(Context ctx) throws SQLException {
        EventQuery q = EventQuery.parse(ctx.queryParamMap());
        ctx.json(store.timeline(q.filter()));
    }

    private void article(Context ctx) throws SQLException, IOException {
        String id = id(ctx);
        StoredArticle a = store.article(id).orElseThrow(() -> new NotFound("no article " + id));
        JsonNode record = json.readTree(a.recordJson());
        ObjectNode out = json.createObjectNode();
        out.put("id", a.id());
        out.put("url", a.url());
        out.put("headline", a.headline());
        out.put("published", a.published());
        out.put("language", a.language());
        out.put("source", a.source());
        out.put("text", a.text());
        for (String part : new String[] {"actors", "places", "events", "quotes"}) {
            out.set(part, record.get(part));
        }
        ctx.json(out);
    }

    private void actors(Context ctx) throws SQLException {
        ctx.json(store.actors(name(ctx), limit(ctx)));
    }

    private void places(Context ctx) throws SQLException {
        ctx.json(store.places(name(ctx), limit(ctx)));
    }

    private void csv(Context ctx) throws SQLException, IOException {
        EventQuery q = EventQuery.parse(ctx.queryParamMap());
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=sitrep-events.csv");
        exports.csv(q, ctx.outputStream());
    }

    private void geojson(Context ctx) throws SQLException, IOException {
        EventQuery q = EventQuery.parse(ctx.queryParamMap());
        ctx.contentType("application/geo+json");
        exports.geojson(q, ctx.outputStream());
    }

    private void jsonl(Context ctx) throws SQLException, IOException {
        EventQuery q = EventQuery.parse(ctx.queryParamMap());
        ctx.contentType("application/x-ndjson; charset=utf-8");
        exports.jsonl(q, ctx.outputStream());
    }

    private void openapi(Context ctx) throws IOException {
        try (InputStream in = Routes.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new NotFound("openapi.json is missing from this build");
            }
            ctx.contentType("application/json").result(in.readAllBytes());
        }
    }

    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > MAX_ID) {
            throw new BadRequest("id: longer than " + MAX_ID + " characters");
        }
        return id;
    }

    private static String name(Context ctx) {
        String v = ctx.queryParam("q");
        if (v != null && v.length() > 200) {
            throw new BadRequest("q: longer than 200 characters");
        }
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static int limit(Context ctx) {
        String v = ctx.queryParam("limit");
        if (v == null || v.isBlank()) {
            return 100;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 1 || n > MAX_LIST) {
                throw new BadRequest("limit: must be between 1 and " + MAX_LIST + ", got " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest("limit: not a whole number: " + v);
        }
    }
}
