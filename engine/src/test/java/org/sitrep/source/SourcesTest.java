package org.sitrep.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.model.Problem;
import org.sitrep.model.RawInput;

class SourcesTest {

    @TempDir
    Path dir;

    private final List<RawInput> inputs = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private void read(Path p) {
        new Sources().read(p.toString(), item -> {
            if (item instanceof SourceItem.Input in) {
                inputs.add(in.input());
            } else {
                problems.add(((SourceItem.Failed) item).problem());
            }
        });
    }

    @Test
    void bombsAreCutAtTheBoundAndNamed() throws IOException {
        Path bomb = dir.resolve("bomb.txt.gz");
        Path lines = dir.resolve("one-line.jsonl.gz");
        byte[] block = new byte[1 << 20];
        Arrays.fill(block, (byte) 'x');
        for (Path p : List.of(bomb, lines)) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
                for (int i = 0; i < 24; i++) {
                    out.write(block);
                }
                if (p == lines) {
                    out.write("\n{\"id\": \"after\", \"text\": \"Body.\"}\n".getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        read(bomb);
        read(lines);
        assertEquals(List.of("source.too-large", "source.jsonl-line-too-long"),
                problems.stream().map(Problem::code).toList());
        assertTrue(problems.get(0).detail().startsWith(bomb.toString()), problems.get(0).detail());
        assertTrue(problems.get(1).detail().startsWith(lines + ":1: "), problems.get(1).detail());
        assertEquals(List.of("after"), inputs.stream().map(RawInput::id).toList(), "the next line is read");
    }

    @Test
    void jsonLinesSkipBadLinesAndNameTheirNumbers() throws IOException {
        Path f = write("news.jsonl", """
                {"id": "n1", "url": "https://example.org/1", "published": "2024-03-10T08:00:00+02:00", "text": "Body one."}
                this line is not JSON

                {"id": "n2", "html": "<p>Body two.</p>"}
                {"id": "n3"}
                {"id": "n4", "text": "x", "published": "yesterday"}
                [1, 2]
                """);
        read(f);
        assertEquals(List.of("n1", "n2"), inputs.stream().map(RawInput::id).toList());
        assertEquals(LocalDateTime.of(2024, 3, 10, 6, 0), inputs.get(0).published(), "offsets become UTC");
        assertEquals("https://example.org/1", inputs.get(0).url());
        assertEquals("text/plain", inputs.get(0).mediaType());
        assertEquals("text/html", inputs.get(1).mediaType());
        assertEquals(List.of("source.jsonl-not-json", "source.jsonl-no-body", "source.jsonl-bad-date",
                "source.jsonl-not-object"), problems.stream().map(Problem::code).toList());
        assertTrue(problems.get(0).detail().startsWith(f + ":2: not JSON"), problems.get(0).detail());
        assertTrue(problems.get(1).detail().startsWith(f + ":5:"), problems.get(1).detail());
        assertEquals(4, Sources.estimate(f.toString()) - 2, "estimate counts non-blank lines");
    }

    @Test
    void rssEntriesBecomeHtmlPagesWithTitleLinkAndDate() throws IOException {
        Path f = write("feed.rss", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Wire</title><link>https://example.org</link><description>d</description>
                <item><title>Town &amp; harbour shelled</title><link>https://example.org/a</link>
                  <guid>urn:a</guid><pubDate>Sun, 10 Mar 2024 09:00:00 GMT</pubDate>
                  <description>&lt;p&gt;The harbour was shelled.&lt;/p&gt;</description></item>
                <item><title>Empty</title><link>https://example.org/b</link></item>
                </channel></rss>
                """);
        read(f);
        assertEquals(1, inputs.size());
        RawInput a = inputs.get(0);
        assertEquals("urn:a", a.id());
        assertEquals("https://example.org/a", a.url());
        assertEquals(LocalDateTime.of(2024, 3, 10, 9, 0), a.published());
        String html = new String(a.bytes(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>Town &amp; harbour shelled</h1>") && html.contains("The harbour was shelled."), html);
        assertEquals(List.of("source.feed-entry-empty"), problems.stream().map(Problem::code).toList());
        assertTrue(problems.get(0).detail().endsWith("#2: entry has no text"), problems.get(0).detail());
    }

    @Test
    void atomFeedsAreReadToo() throws IOException {
        Path f = write("feed.atom", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:feed</id>
                <updated>2024-03-10T09:00:00Z</updated>
                <entry><title>Talks resume</title><id>urn:e1</id><link href="https://example.org/e1"/>
                  <updated>2024-03-10T09:00:00Z</updated><content type="html">&lt;p&gt;Talks resumed.&lt;/p&gt;</content></entry>
                </feed>
                """);
        read(f);
        assertEquals(List.of("urn:e1"), inputs.stream().map(RawInput::id).toList());
        assertEquals(List.of(), problems);
    }

    @Test
    void aMalformedFeedIsOneProblemWithItsLine() throws IOException {
        Path f = write("broken.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<item><title>x</item>\n");
        read(f);
        assertEquals(List.of(), inputs);
        assertEquals("source.feed-malformed", problems.get(0).code());
        assertTrue(problems.get(0).detail().startsWith(f + ":"), problems.get(0).detail());
    }

    @Test
    void warcHtmlResponsesAreReadAndATruncatedRecordIsReportedWithItsOffset() throws IOException {
        byte[] whole = warc(true);
        Path f = dir.resolve("crawl.warc.gz");
        Files.write(f, whole);
        read(f);
        assertEquals(List.of("https://example.org/w1", "https://example.org/w2"),
                inputs.stream().map(RawInput::url).toList(), "the image response is passed over");
        assertTrue(new String(inputs.get(0).bytes(), StandardCharsets.UTF_8).contains("First page"));
        assertEquals(List.of(), problems);

        inputs.clear();
        byte[] plain = warc(false);
        Path cut = dir.resolve("cut.warc");
        Files.write(cut, Arrays.copyOf(plain, plain.length - 60));
        read(cut);
        assertEquals(List.of("https://example.org/w1"), inputs.stream().map(RawInput::url).toList());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).detail().startsWith(cut + ""), problems.get(0).detail());
        assertTrue(problems.get(0).detail().matches(".*(@|byte )\\d+.*"), problems.get(0).detail());
    }

    @Test
    void foldersAreWalkedForKnownKindsOnly() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("set/articles"));
        Files.writeString(sub.resolve("a.txt"), "A plain text article.");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(sub.resolve("b.html.gz")))) {
            out.write("<html><body><p>An HTML article.</p></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("set/gold.json"), "{}");
        Files.writeString(dir.resolve("set/README.md"), "# readme");
        read(dir.resolve("set"));
        assertEquals(List.of("text/plain", "text/html"), inputs.stream().map(RawInput::mediaType).toList());
        assertTrue(new String(inputs.get(1).bytes(), StandardCharsets.UTF_8).contains("An HTML article"));
        assertEquals(2, Sources.estimate(dir.resolve("set").toString()));
    }

    @Test
    void aMissingSourceIsAProblem() {
        read(dir.resolve("nothing-here"));
        assertEquals(List.of("source.missing"), problems.stream().map(Problem::code).toList());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    /** A small archive: two HTML responses and an image between them. */
    private static byte[] warc(boolean gzip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(bytes),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            w.write(response("https://example.org/w1", "text/html; charset=utf-8",
                    "<html><body><p>First page of the crawl.</p></body></html>"));
            w.write(response("https://example.org/logo.png", "image/png", "PNG"));
            w.write(response("https://example.org/w2", "text/html", "<html><body><p>Second page.</p></body></html>"));
        }
        return bytes.toByteArray();
    }

    private static WarcResponse response(String url, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-03-10T09:00:00Z")).body(http).build();
    }
}
