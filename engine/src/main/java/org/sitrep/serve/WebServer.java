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
 */
public final class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** Where the page's files sit on the classpath (copied there by the build from src/main/web). */
    static final String WEB_ROOT = "/org/sitrep/serve/web";

    private WebServer() {
    }

    /** The app, not yet started: call {@code start(host, port)} on it, or hand it to a test. */
    public static Javalin create(DuckDbStore store) {
        ObjectMapper json = new ObjectMapper();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = WEB_ROOT;
                files.location = Location.CLASSPATH;
            });
        });
        new Routes(store, json).register(app);
        app.exception(BadRequest.class, (e, ctx) ->
                ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("status", 400, "error", e.getMessage())));
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
