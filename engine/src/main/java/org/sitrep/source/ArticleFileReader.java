package org.sitrep.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.sitrep.model.RawInput;

/**
 * Reads one article file (text or HTML, optionally gzipped) as one input. The article id is
 * left to the article reader, which derives it from the bytes, so the same article read again
 * from another path keeps its id. Stateless and thread-safe.
 */
public final class ArticleFileReader implements SourceReader {

    @Override
    public void read(String location, Consumer<SourceItem> sink) {
        try {
            RawInput input = open(location, null, null);
            sink.accept(Bytes.cut(input.bytes()) ? Bytes.tooLarge(location) : new SourceItem.Input(input));
        } catch (IOException e) {
            sink.accept(SourceItem.failed("source.unreadable", location + ": cannot read: " + e.getMessage()));
        }
    }

    /**
     * One file, or standard input for {@code -}, as raw input (gunzipped when its name ends in
     * {@code .gz}, bounded in size), with the caller's id and publication time where given.
     */
    public static RawInput open(String location, String id, LocalDateTime published) throws IOException {
        boolean stdin = location.equals("-");
        boolean gzip = location.toLowerCase(Locale.ROOT).endsWith(".gz");
        try (InputStream raw = stdin ? System.in : Files.newInputStream(Path.of(location));
             InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            return new RawInput(stdin ? "<stdin>" : location, Bytes.readBounded(in), id, null, published,
                    mediaType(location));
        }
    }

    /** The media type a file name suggests, or null to let the reader sniff. */
    static String mediaType(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return "text/html";
        }
        if (n.endsWith(".txt")) {
            return "text/plain";
        }
        return null;
    }
}
