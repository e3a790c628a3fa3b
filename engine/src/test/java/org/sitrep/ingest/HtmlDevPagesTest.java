package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.model.Article;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.Outcome;

/** Every development page of the main-content benchmark gives a body; the F1 is the eval kit's to measure. */
class HtmlDevPagesTest {

    private static final Path PAGES = Path.of("../../shared/eval-dev/html/html");
    private static final ArticleReader READER = new ArticleReader();

    static Stream<Path> pages() throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.list(PAGES)) {
            all = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
        assertEquals(46, all.size());
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void pageYieldsABody(Path page) throws IOException {
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            bytes = in.readAllBytes();
        }
        Outcome<Article> out = READER.apply(new RawInput(page.getFileName().toString(), bytes, null, null, null, null));
        assertTrue(out.isOk(), out.toString());
        Article a = ((Outcome.Ok<Article>) out).value();
        assertFalse(a.text().isBlank());
        assertTrue(a.text().length() >= 200, a.text());
        assertFalse(a.text().contains("<p>") || a.text().contains("</div>"), "markup left in the text");
    }
}
