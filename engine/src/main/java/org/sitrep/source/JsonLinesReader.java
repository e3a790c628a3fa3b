package org.sitrep.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.sitrep.model.RawInput;

/**
 * Reads JSON Lines of {@code {id, url, published, text | html}}, one article a line. A line that
 * is not JSON, or lacks a body, is reported with its line number and skipped. Thread-safe.
 */
public final class JsonLinesReader implements SourceReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void read(String location, Consumer<SourceItem> sink) {
        boolean gzip = location.toLowerCase(Locale.ROOT).endsWith(".gz");
        try (InputStream raw = Files.newInputStream(Path.of(location));
             InputStream in = gzip ? new GZIPInputStream(raw) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    sink.accept(item(location + ":" + number, line));
                }
            }
        } catch (IOException e) {
            sink.accept(SourceItem.failed("source.unreadable", location + ": cannot read: " + e.getMessage()));
        }
    }

    static SourceItem item(String where, String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return SourceItem.failed("source.jsonl-not-json", where + ": not JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            return SourceItem.failed("source.jsonl-not-object", where + ": not a JSON object");
        }
        String text = string(node, "text");
        String html = string(node, "html");
        if (text == null && html == null) {
            return SourceItem.failed("source.jsonl-no-body", where + ": neither \"text\" nor \"html\"");
        }
        LocalDateTime published;
        try {
            published = Published.parse(string(node, "published"));
        } catch (DateTimeException e) {
            return SourceItem.failed("source.jsonl-bad-date", where + ": \"published\" is not an ISO date: "
                    + string(node, "published"));
        }
        String body = html != null ? html : text;
        return new SourceItem.Input(new RawInput(where, body.getBytes(StandardCharsets.UTF_8),
                string(node, "id"), string(node, "url"), published, html != null ? "text/html" : "text/plain"));
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.isTextual() ? v.asText() : v.toString();
        return s.isBlank() ? null : s;
    }
}
