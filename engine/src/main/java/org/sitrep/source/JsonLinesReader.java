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
 * is not JSON, lacks a body, or is longer than {@link #MAX_LINE} is reported with its line number
 * and skipped. Thread-safe.
 */
public final class JsonLinesReader implements SourceReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Characters one line may hold, as many as the article reader takes bytes: a gzipped file of
     * one endless line must not fill the heap before the reader can refuse it.
     */
    static final int MAX_LINE = 20 * 1024 * 1024;

    @Override
    public void read(String location, Consumer<SourceItem> sink) {
        boolean gzip = location.toLowerCase(Locale.ROOT).endsWith(".gz");
        try (InputStream raw = Files.newInputStream(Path.of(location));
             InputStream in = gzip ? new GZIPInputStream(raw) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder();
            int number = 0;
            int end;
            while ((end = readLine(lines, line)) != EOF) {
                number++;
                if (end == TOO_LONG) {
                    sink.accept(SourceItem.failed("source.jsonl-line-too-long", location + ":" + number
                            + ": line longer than " + MAX_LINE + " characters"));
                } else if (!line.toString().isBlank()) {
                    sink.accept(item(location + ":" + number, line.toString()));
                }
            }
        } catch (IOException e) {
            sink.accept(SourceItem.failed("source.unreadable", location + ": cannot read: " + e.getMessage()));
        }
    }

    private static final int EOF = -1;
    private static final int LINE = 0;
    private static final int TOO_LONG = 1;

    /**
     * Reads the next line into {@code line} (emptied first), without its end; a line past
     * {@link #MAX_LINE} is read to its end but not kept. Returns LINE, TOO_LONG or EOF.
     */
    private static int readLine(BufferedReader in, StringBuilder line) throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        int c = in.read();
        if (c < 0) {
            return EOF;
        }
        while (c >= 0 && c != '\n') {
            if (line.length() >= MAX_LINE) {
                tooLong = true;
                line.setLength(0);
            }
            if (!tooLong && c != '\r') {
                line.append((char) c);
            }
            c = in.read();
        }
        return tooLong ? TOO_LONG : LINE;
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
