package org.sitrep.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.sitrep.store.DuckDbStore;

import org.sitrep.store.Views.MergedEvent;

/**
 * Writes the filtered merged events as CSV with ACLED-like columns, as GeoJSON (events with
 * coordinates only) or as JSON Lines, streaming row by row. Thread-safe.
 */
final class Exports {

    /** ACLED's column names where sitrep has the same thing, then sitrep's own. */
    static final List<String> CSV_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "event_type", "sub_event_type", "actor1", "actor2", "iso2", "location", "latitude", "longitude",
            "geo_precision", "source", "notes", "fatalities", "plover_type", "plover_mode", "polarity",
            "source_count");

    private final DuckDbStore store;
    private final ObjectMapper json;

    Exports(DuckDbStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    void csv(EventQuery q, OutputStream out) throws SQLException, IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(String.join(",", CSV_COLUMNS) + "\r\n");
        store.export(q.filter(), q.sort(), (e, sources) -> {
            try {
                w.write(String.join(",", List.of(
                        cell(e.id()), cell(e.day()), cell(e.day() == null ? null : e.day().substring(0, 4)),
                        cell(timePrecision(e)), cell(e.acledEventType()), cell(e.acledSubEventType()),
                        cell(e.actor()), cell(e.target()), cell(e.country()), cell(e.place()),
                        cell(e.lat()), cell(e.lon()), cell(geoPrecision(e.coordPrecision())),
                        cell(String.join("; ", sources)), cell(e.evidence()), cell(e.fatalities()),
                        cell(e.type()), cell(e.mode()), cell(e.polarity()), cell(e.sourceCount()))) + "\r\n");
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        });
        w.flush();
    }

    void geojson(EventQuery q, OutputStream out) throws SQLException, IOException {
        JsonGenerator g = json.getFactory().createGenerator(out);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
        store.export(q.filter(), q.sort(), (e, sources) -> {
            if (e.lat() == null) {
                return;
            }
            try {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeStringField("id", e.id());
                g.writeObjectFieldStart("geometry");
                g.writeStringField("type", "Point");
                g.writeArrayFieldStart("coordinates");
                g.writeNumber(e.lon());
                g.writeNumber(e.lat());
                g.writeEndArray();
                g.writeEndObject();
                g.writeFieldName("properties");
                json.writeValue(g, e);
                g.writeEndObject();
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        });
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    void jsonl(EventQuery q, OutputStream out) throws SQLException, IOException {
        store.export(q.filter(), q.sort(), (e, sources) -> {
            try {
                out.write(json.writeValueAsBytes(new ExportedEvent(e, sources)));
                out.write('\n');
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        });
        out.flush();
    }

    /** A merged event with the URLs (or headlines) of its sources, one JSON Lines row. */
    record ExportedEvent(MergedEvent event, List<String> sources) {}

    /** ACLED's time precision: 1 the day is known, 2 only the week or so around it. */
    private static String timePrecision(MergedEvent e) {
        if (e.day() == null) {
            return null;
        }
        return e.firstDay() != null && e.firstDay().equals(e.lastDay()) ? "1" : "2";
    }

    /** ACLED's geo precision: 1 a town, 2 a district or region, 3 a province or country. */
    static String geoPrecision(String precision) {
        if (precision == null) {
            return null;
        }
        return switch (precision) {
            case "locality", "facility", "site", "neighbourhood", "neighborhood" -> "1";
            case "admin2", "district", "region" -> "2";
            default -> "3";
        };
    }

    /** One CSV cell, quoted when it holds a separator, a quote or a line break (RFC 4180). */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
