package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.Outcome;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader();

    private static RawInput input(String name, byte[] bytes) {
        return new RawInput(name, bytes, null, null, null, null);
    }

    private Outcome.Ok<Article> ok(RawInput in) {
        Outcome<Article> out = reader.apply(in);
        @SuppressWarnings("unchecked")
        Outcome.Ok<Article> ok = assertInstanceOf(Outcome.Ok.class, out, out.toString());
        return ok;
    }

    private Problem rejected(RawInput in) {
        return assertInstanceOf(Outcome.Rejected.class, reader.apply(in)).reason();
    }

    @Test
    void idIsTheCallersElseAStableHashOfTheBytes() {
        byte[] bytes = "Headline here\n\nA body sentence that is long enough to be an article.".getBytes(StandardCharsets.UTF_8);
        Article hashed = ok(input("a.txt", bytes)).value();
        assertEquals(16, hashed.id().length());
        assertEquals(hashed.id(), ok(input("b.txt", bytes.clone())).value().id());
        assertEquals("mine", ok(new RawInput("a", bytes, "mine", null, null, null)).value().id());
    }

    @Test
    void callersPublicationTimeWins() {
        byte[] bytes = "Headline\n18 February 2019\n\nThe body of the story is here, long enough.".getBytes(StandardCharsets.UTF_8);
        LocalDateTime when = LocalDateTime.of(2020, 1, 2, 3, 4);
        assertEquals(when, ok(new RawInput("a", bytes, null, null, when, null)).value().published());
        assertEquals(LocalDateTime.of(2019, 2, 18, 0, 0), ok(input("a", bytes)).value().published());
    }

    @Test
    void rejectsEmptyBinaryAndOversizeInputsNamingThem() {
        Problem empty = rejected(input("empty.txt", new byte[0]));
        assertEquals("ingest.empty", empty.code());
        assertTrue(empty.detail().startsWith("empty.txt: "));
        byte[] binary = new byte[1000];
        assertEquals("ingest.binary", rejected(input("zeros.bin", binary)).code());
        byte[] big = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertEquals("ingest.too-large", rejected(input("big.txt", big)).code()));
    }

    @Test
    void refusesTextTooLongForNlpAndPagesWithoutText() {
        String line = "Rebels and soldiers clashed near the river on Monday, officials said. ".repeat(5000);
        Problem tooLong = rejected(input("line.txt", line.getBytes(StandardCharsets.UTF_8)));
        assertEquals("ingest.too-long", tooLong.code());
        assertTrue(tooLong.detail().startsWith("line.txt: "), tooLong.detail());
        String scripts = "<html><head><title>t</title></head><body>" + "<script>var a = 1;</script>".repeat(50)
                + "\u00a0</body></html>";
        assertEquals("ingest.empty-body", rejected(new RawInput("scripts.html", scripts.getBytes(StandardCharsets.UTF_8),
                null, null, null, "text/html")).code());
        assertEquals("ingest.empty-body", rejected(input("blank.txt",
                "\u00a0\u200b \u3000\n\u2028".getBytes(StandardCharsets.UTF_8))).code());
    }

    @Test
    void aCsvIsReadButFlagged() {
        String csv = "date,place,event,deaths\n2019-01-02,North,clash,3\n2019-01-03,South,protest,0\n2019-01-04,East,raid,1\n";
        Outcome.Ok<Article> ok = ok(input("data.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertTrue(ok.warnings().stream().anyMatch(p -> p.code().equals("ingest.not-an-article")), ok.warnings().toString());
        assertTrue(ok.value().text().contains("2019-01-03,South,protest,0"));
    }

    @Test
    void aLoginPageIsReadButFlagged() {
        String page = "<!DOCTYPE html><html><head><title>Sign in</title></head><body><form><p>Sign in to continue</p>"
                + "<input name=user><input type=password name=pw><button>Log in</button></form></body></html>";
        Outcome.Ok<Article> ok = ok(input("login.html", page.getBytes(StandardCharsets.UTF_8)));
        assertTrue(ok.warnings().stream().anyMatch(p -> p.code().equals("ingest.not-an-article")));
    }

    @Test
    void readsWindows1252TextWithCrlf() {
        byte[] bytes = ("Caf\u00e9 owners protest\r\n\r\n\u201cWe will stay open,\u201d said the owner of the caf\u00e9 on the square.\r\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Article a = ok(input("w.txt", bytes)).value();
        assertEquals("Café owners protest", a.headline());
        assertEquals("“We will stay open,” said the owner of the café on the square.", a.text());
        assertEquals("en", a.language());
    }

    @Test
    void sniffsHtmlWithoutAHint() {
        assertTrue(ArticleReader.isHtml("  <!DOCTYPE html><html><body></body></html>", null));
        assertTrue(ArticleReader.isHtml("plain words", "text/html"));
        assertTrue(!ArticleReader.isHtml("A headline about <b> tags\n\nBody.", null));
    }
}
