package org.sitrep.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jsoup.nodes.Entities;
import org.sitrep.model.RawInput;

/**
 * Reads RSS and Atom feeds (Rome): each entry with content becomes an HTML input whose headline
 * is the entry title, whose URL is its link and whose time is its publication date. A feed that
 * is not well-formed is reported with its line; an entry without text is reported by its number.
 * Thread-safe.
 */
public final class FeedReader implements SourceReader {

    @Override
    public void read(String location, Consumer<SourceItem> sink) {
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            byte[] bytes = Bytes.readBounded(in);
            if (Bytes.cut(bytes)) {
                sink.accept(Bytes.tooLarge(location));
                return;
            }
            read(location, bytes, sink);
        } catch (IOException e) {
            sink.accept(SourceItem.failed("source.unreadable", location + ": cannot read: " + e.getMessage()));
        }
    }

    /** Reads a feed already in memory (a file, or a page fetched from a URL). */
    void read(String location, byte[] bytes, Consumer<SourceItem> sink) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (ParsingFeedException e) {
            sink.accept(SourceItem.failed("source.feed-malformed", location + ":" + e.getLineNumber()
                    + ": malformed feed: " + e.getMessage()));
            return;
        } catch (FeedException | IOException | RuntimeException e) {
            sink.accept(SourceItem.failed("source.feed-malformed", location + ": malformed feed: " + e.getMessage()));
            return;
        }
        int number = 0;
        for (SyndEntry entry : feed.getEntries()) {
            number++;
            sink.accept(item(location + "#" + number, entry));
        }
    }

    private static SourceItem item(String where, SyndEntry entry) {
        StringBuilder body = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            body.append(c.getValue() == null ? "" : c.getValue()).append('\n');
        }
        if (body.toString().isBlank() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            body.append(entry.getDescription().getValue());
        }
        if (body.toString().isBlank()) {
            return SourceItem.failed("source.feed-entry-empty", where + ": entry has no text");
        }
        String title = entry.getTitle() == null ? "" : Entities.escape(entry.getTitle().strip());
        String html = "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>"
                + title + "</h1>\n" + body + "</article></body></html>";
        String id = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri() : entry.getLink();
        return new SourceItem.Input(new RawInput(where, html.getBytes(StandardCharsets.UTF_8), id, entry.getLink(),
                Published.of(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
                "text/html"));
    }
}
