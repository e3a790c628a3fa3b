package org.sitrep.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.sitrep.store.DuckDbStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one front door of the web side: a Javalin app serving the API over a store and the map page
 * from the classpath. Errors map to JSON problem responses here and only here: bad parameters to
 * 400, unknown ids to 404, anything else to 500 with its detail in the log, not the response.
 * Every response carries the browser hardening headers ({@link #SECURITY_HEADERS}); requests with
 * a body are refused (every route is a GET); cross-origin calls are refused unless one origin is
 * allowed.
 */
public final class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** Where the page's files sit on the classpath (copied there by the build from src/main/web). */
    static final String WEB_ROOT = "/org/sitrep/serve/web";

    private WebServer() {
    }

    /** Bytes a request body may have: none of the routes reads one, so anything more is refused. */
    static final long MAX_BODY = 0;

    /**
     * The page loads its scripts, styles, data and base map only from this server (the map's
     * markers are styled inline by Leaflet, hence inline styles), may not be framed, and sends no
     * referrer to the sites its attribution links name.
     */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
                    + "form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    /** The app, not yet started, with cross-origin calls refused. */
    public static Javalin create(DuckDbStore store) {
        return create(store, null);
    }

    /**
     * The app, not yet started: call {@code start(host, port)} on it, or hand it to a test.
     *
     * @param corsOrigin the one origin (scheme://host[:port]) whose pages may call the API, or
     *                   null to allow none
     */
    public static Javalin create(DuckDbStore store, String corsOrigin) {
        ObjectMapper json = new ObjectMapper();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = MAX_BODY;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = WEB_ROOT;
                files.location = Location.CLASSPATH;
                files.headers = SECURITY_HEADERS;
            });
            if (corsOrigin != null) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.allowHost(corsOrigin)));
            }
        });
        app.before(ctx -> {
            SECURITY_HEADERS.forEach(ctx::header);
            if (ctx.contentLength() > MAX_BODY || ctx.header("Transfer-Encoding") != null) {
                throw new PayloadTooLarge("requests take no body; this one has "
                        + (ctx.contentLength() > 0 ? ctx.contentLength() + " bytes" : "a chunked one"));
            }
        });
        new Routes(store, json).register(app);
        app.exception(BadRequest.class, (e, ctx) ->
                ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("status", 400, "error", e.getMessage())));
        app.exception(PayloadTooLarge.class, (e, ctx) ->
                ctx.status(HttpStatus.CONTENT_TOO_LARGE).json(Map.of("status", 413, "error", e.getMessage())));
        app.exception(NotFound.class, (e, ctx) ->
                ctx.status(HttpStatus.NOT_FOUND).json(Map.of("status", 404, "error", e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.warn("{} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
                    .json(Map.of("status", 500, "error", "internal error; see the server log"));
        });
        return app;
    }
}
