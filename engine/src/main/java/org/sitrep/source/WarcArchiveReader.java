package org.sitrep.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.model.RawInput;

/**
 * Reads WARC archives ({@code .warc}, {@code .warc.gz}, as news crawls publish them): every
 * successful HTML response becomes an input whose URL is the record's target and whose id is
 * the WARC record id. A record that cannot be parsed ends the archive (its framing is lost),
 * reported with its byte offset; the records before it are kept. Thread-safe (one reader per call).
 */
public final class WarcArchiveReader implements SourceReader {

    @Override
    public void read(String location, Consumer<SourceItem> sink) {
        WarcReader warc;
        try {
            warc = new WarcReader(Path.of(location));
        } catch (IOException | IllegalArgumentException e) {
            sink.accept(SourceItem.failed("source.unreadable", location + ": not a WARC archive: " + e.getMessage()));
            return;
        }
        try (warc) {
            while (true) {
                long offset = warc.position();
                Optional<WarcRecord> next;
                try {
                    next = warc.next();
                } catch (IOException | RuntimeException e) {
                    sink.accept(SourceItem.failed("source.warc-bad-record",
                            location + ": record at byte " + offset + ": cannot parse, rest of archive skipped: "
                                    + e.getMessage()));
                    return;
                }
                if (next.isEmpty()) {
                    return;
                }
                if (next.get() instanceof WarcResponse response) {
                    SourceItem item = item(location, offset, response);
                    if (item != null) {
                        sink.accept(item);
                    }
                }
            }
        } catch (IOException e) {
            sink.accept(SourceItem.failed("source.unreadable", location + ": cannot close: " + e.getMessage()));
        }
    }

    /** The response as an input, a problem if its body is broken, or null if it is no HTML page. */
    private static SourceItem item(String location, long offset, WarcResponse response) {
        String where = location + "@" + offset;
        try {
            HttpResponse http = response.http();
            String type = http.contentType().base().toString().toLowerCase(Locale.ROOT);
            if (http.status() != 200 || !type.contains("html")) {
                return null;
            }
            byte[] bytes;
            try (InputStream in = http.bodyDecoded().stream()) {
                bytes = Bytes.readBounded(in);
            }
            if (Bytes.cut(bytes)) {
                return Bytes.tooLarge(where);
            }
            LocalDateTime date = response.date() == null ? null
                    : LocalDateTime.ofInstant(response.date(), ZoneOffset.UTC);
            return new SourceItem.Input(new RawInput(where, bytes, response.id().toString(),
                    response.target(), date, "text/html"));
        } catch (IOException | RuntimeException e) {
            return SourceItem.failed("source.warc-bad-record", where + ": cannot read the response: " + e.getMessage());
        }
    }
}
