package org.sitrep.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.model.RawInput;

/**
 * The front door of this package: reads any source the command line names (a file, a folder
 * walked recursively, a JSON Lines file, a feed, a WARC archive, or an http(s) URL of a feed or
 * page), choosing the reader by name and, for URLs, by content. In a folder, files of no known
 * kind (gold JSON, READMEs) are passed over. Thread-safe.
 */
public final class Sources {

    /** The kinds of source, as the file name tells them. */
    public enum Kind { ARTICLE, JSON_LINES, FEED, WARC, UNKNOWN }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ArticleFileReader articles = new ArticleFileReader();
    private final JsonLinesReader jsonLines = new JsonLinesReader();
    private final FeedReader feeds = new FeedReader();
    private final WarcArchiveReader warcs = new WarcArchiveReader();

    /** Reads one source, handing each input or problem to the sink in order. */
    public void read(String location, Consumer<SourceItem> sink) {
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            fetch(location, sink);
            return;
        }
        Path path = Path.of(location);
        if (Files.isDirectory(path)) {
            walk(path, sink);
        } else if (!Files.isRegularFile(path)) {
            sink.accept(SourceItem.failed("source.missing", location + ": no such file or folder"));
        } else {
            Kind kind = kindOf(location);
            reader(kind == Kind.UNKNOWN ? sniff(path) : kind).read(location, sink);
        }
    }

    /**
     * How many inputs a source will yield, for a progress estimate: exact for article files and
     * folders of them, the line count for plain JSON Lines; -1 when only reading it tells (feeds,
     * archives, URLs).
     */
    public static long estimate(String location) {
        if (location.contains("://")) {
            return -1;
        }
        Path path = Path.of(location);
        if (Files.isDirectory(path)) {
            List<Path> files;
            try {
                files = files(path);
            } catch (RuntimeException e) {
                return -1;
            }
            long total = 0;
            for (Path file : files) {
                long n = estimate(file.toString());
                if (n < 0) {
                    return -1;
                }
                total += n;
            }
            return total;
        }
        Kind kind = kindOf(location);
        if (kind == Kind.JSON_LINES && !location.endsWith(".gz")) {
            try (Stream<String> lines = Files.lines(path)) {
                return lines.filter(l -> !l.isBlank()).count();
            } catch (IOException | UncheckedIOException e) {
                return -1;
            }
        }
        return kind == Kind.ARTICLE || kind == Kind.UNKNOWN ? 1 : -1;
    }

    /** The kind a file name announces. */
    public static Kind kindOf(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (n.endsWith(".warc")) {
            return Kind.WARC;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Kind.JSON_LINES;
        }
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
            return Kind.FEED;
        }
        if (n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return Kind.ARTICLE;
        }
        return Kind.UNKNOWN;
    }

    private SourceReader reader(Kind kind) {
        return switch (kind) {
            case WARC -> warcs;
            case JSON_LINES -> jsonLines;
            case FEED -> feeds;
            case ARTICLE, UNKNOWN -> articles;
        };
    }

    private void walk(Path folder, Consumer<SourceItem> sink) {
        List<Path> files;
        try {
            files = files(folder);
        } catch (RuntimeException e) {
            sink.accept(SourceItem.failed("source.unreadable", folder + ": cannot list: " + e.getMessage()));
            return;
        }
        for (Path file : files) {
            reader(kindOf(file.toString())).read(file.toString(), sink);
        }
    }

    /** The files of known kinds under a folder, sorted; hidden files are passed over. */
    private static List<Path> files(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> kindOf(p.toString()) != Kind.UNKNOWN)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of unannounced kind: a feed if it starts as XML with a feed root, else an article. */
    private static Kind sniff(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return isFeed(in.readNBytes(1024)) ? Kind.FEED : Kind.ARTICLE;
        } catch (IOException e) {
            return Kind.ARTICLE;
        }
    }

    private static boolean isFeed(byte[] head) {
        String s = new String(head, StandardCharsets.UTF_8).stripLeading().toLowerCase(Locale.ROOT);
        return (s.startsWith("<?xml") || s.startsWith("<rss") || s.startsWith("<feed"))
                && (s.contains("<rss") || s.contains("<feed") || s.contains("<rdf:rdf"));
    }

    private void fetch(String url, Consumer<SourceItem> sink) {
        byte[] body;
        String type;
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpResponse<InputStream> response = client.send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    sink.accept(SourceItem.failed("source.http-status", url + ": HTTP " + response.statusCode()));
                    return;
                }
                body = Bytes.readBounded(in);
            }
            if (Bytes.cut(body)) {
                sink.accept(Bytes.tooLarge(url));
                return;
            }
            type = response.headers().firstValue("content-type").orElse("");
        } catch (IOException | IllegalArgumentException e) {
            sink.accept(SourceItem.failed("source.unreachable", url + ": cannot fetch: " + e.getMessage()));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sink.accept(SourceItem.failed("source.unreachable", url + ": interrupted"));
            return;
        }
        byte[] head = Arrays.copyOf(body, Math.min(body.length, 1024));
        if (type.contains("rss") || type.contains("atom") || isFeed(head)) {
            feeds.read(url, body, sink);
        } else {
            sink.accept(new SourceItem.Input(new RawInput(url, body, null, url, null, type.isEmpty() ? null : type)));
        }
    }
}
