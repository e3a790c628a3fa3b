package org.sitrep.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.model.RawInput;

/**
 * Writes a corpus of hostile inputs beside good articles into a folder, at test time (nothing of
 * it is committed): random bytes, empty and blank files, a 100 MB text, a 10 MB line, HTML nested
 * 100,000 deep, a page of scripts, broken and mixed encodings, right-to-left text, articles in
 * Arabic, French, Chinese and Hebrew, dates in 1900 and 2100, gzip, JSON Lines and WARC bombs, a
 * JSON line of 10,000 fields, feeds with entity bombs and external entities. Seeded, so the same
 * corpus every time. Not thread-safe.
 */
final class HostileCorpus {

    /**
     * What was written: the folder, the ids of the good articles (every one must be stored), the
     * ids of the articles in other languages with their ISO 639-1 code, and the marker a leaked
     * local file would show.
     */
    record Written(Path dir, Map<String, String> good, Map<String, String> foreign) {}

    /** A line of /etc/passwd that an external entity resolved by a feed parser would bring in. */
    static final String LEAK = "root:x:0:0";

    private static final String ENGLISH = "Delegations from the two governments met in the capital on Monday and "
            + "agreed to reopen the border crossing, officials said. The talks followed weeks of shelling near the "
            + "frontier in which at least four civilians were killed, according to the provincial health office. ";

    private final Path dir;
    private final Random random = new Random(8);
    private final Map<String, String> good = new LinkedHashMap<>();
    private final Map<String, String> foreign = new LinkedHashMap<>();

    private HostileCorpus(Path dir) {
        this.dir = dir;
    }

    /** Writes the corpus into {@code dir}, taking the good articles from {@code shared}. */
    static Written write(Path dir, Path shared) throws IOException {
        HostileCorpus c = new HostileCorpus(dir);
        c.good(shared);
        c.random();
        c.empty();
        c.html();
        c.encodings();
        c.languages();
        c.big();
        c.jsonLines();
        c.warc(shared);
        c.feeds();
        c.names();
        return new Written(dir, c.good, c.foreign);
    }

    // ---- good articles ---------------------------------------------------------------------------

    private void good(Path shared) throws IOException {
        List<Path> picks = new ArrayList<>();
        try (Stream<Path> seed = Files.list(shared.resolve("articles"))) {
            seed.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(picks::add);
        }
        try (Stream<Path> dev = Files.list(shared.resolve("eval-dev/events-plover/articles"))) {
            dev.sorted().limit(3).forEach(picks::add);
        }
        for (Path p : picks) {
            byte[] bytes = Files.readAllBytes(p);
            Path copy = file("good/" + p.getFileName(), bytes);
            good.put(ArticleReader.idOf(new RawInput(copy.toString(), bytes, null, null, null, null)),
                    copy.toString());
        }
    }

    // ---- bytes that are no text ------------------------------------------------------------------

    private void random() throws IOException {
        for (int i = 0; i < 500; i++) {
            byte[] b = new byte[512 + random.nextInt(16_000)];
            random.nextBytes(b);
            file(String.format("random/rand-%03d.%s", i, i % 5 == 0 ? "html" : "txt"), b);
        }
        for (int i = 0; i < 6; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < 300 + random.nextInt(600); k++) {
                s.append((char) (33 + random.nextInt(94)));
                if (random.nextInt(7) == 0) {
                    s.append(' ');
                }
            }
            file(String.format("random/printable-%02d.txt", i), s.toString());
        }
    }

    private void empty() throws IOException {
        for (int i = 0; i < 100; i++) {
            file(String.format("empty/zero-%03d.txt", i), new byte[0]);
        }
        String[] blanks = {" ", "\n\n\n", "\t \r\n", "\u00a0\u00a0", "\u200b\u200b\u200b", "\ufeff", "\u3000 \u2028"};
        for (int i = 0; i < 21; i++) {
            file(String.format("empty/blank-%02d.txt", i), blanks[i % blanks.length].repeat(1 + i));
        }
    }

    // ---- HTML --------------------------------------------------------------------------------------

    private void html() throws IOException {
        int depth = 100_000;
        StringBuilder deep = new StringBuilder("<!DOCTYPE html><html><head><title>Deep</title></head><body>");
        deep.append("<div>".repeat(depth)).append("<p>").append(ENGLISH).append("</p>").append("</div>".repeat(depth));
        file("html/nested-100000.html", deep.append("</body></html>").toString());

        StringBuilder scripts = new StringBuilder("<html><head><title>Only scripts</title></head><body>");
        for (int i = 0; i < 300; i++) {
            scripts.append("<script>var x").append(i).append(" = '").append("a".repeat(200)).append("';</script>");
        }
        file("html/only-scripts.html", scripts.append("</body></html>").toString());

        file("html/unclosed.html", "<html><body><p>" + "<b><i><u>".repeat(5000) + ENGLISH);
        file("html/comments-only.html", "<html><!-- " + "nothing ".repeat(1000) + " --></html>");
        file("html/huge-attribute.html", "<html><body><p title=\"" + "q".repeat(2_000_000) + "\">" + ENGLISH
                + "</p></body></html>");
        file("html/entity-bomb.html", "<!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;"
                + "&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><html><body><p>&c;&c;&c;</p><p>"
                + ENGLISH + "</p></body></html>");
        file("html/many-paragraphs.html", "<html><body>" + "<p>word</p>".repeat(50_000) + "</body></html>");
        file("html/table-soup.html", "<html><body>" + "<table><tr><td>".repeat(3000) + "cell" + "</body></html>");
        file("html/iframes-and-forms.html", "<html><body><iframe src=\"javascript:alert(1)\"></iframe>"
                + "<form action=\"http://127.0.0.1/\"><input name=q></form><p onclick=\"alert(1)\">" + ENGLISH
                + "</p><img src=x onerror=alert(1)></body></html>");
        file("html/xml-not-html.html", "<?xml version=\"1.0\"?><root>" + "<item>1</item>".repeat(1000) + "</root>");
    }

    // ---- encodings ---------------------------------------------------------------------------------

    private void encodings() throws IOException {
        byte[] english = ENGLISH.repeat(3).getBytes(StandardCharsets.UTF_8);
        file("encodings/invalid-utf8.txt", splice(english, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE,
                (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xC0, (byte) 0xAF, (byte) 0xF8, (byte) 0x88}));
        file("encodings/overlong-utf8.txt", splice(english, new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF,
                (byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}));
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.writeBytes(("Café owners in Saint-Étienne said: " + ENGLISH).getBytes(StandardCharsets.UTF_8));
        mixed.writeBytes(("Le café à Saint-Étienne était fermé. " + ENGLISH).getBytes(Charset.forName("ISO-8859-1")));
        mixed.writeBytes("Ministry \u201cstatement\u201d \u2014 ".getBytes(Charset.forName("windows-1252")));
        file("encodings/mixed-utf8-latin1-cp1252.txt", mixed.toByteArray());
        ByteArrayOutputStream bom16 = new ByteArrayOutputStream();
        bom16.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bom16.writeBytes(ENGLISH.getBytes(StandardCharsets.UTF_16LE));
        file("encodings/utf16le-bom.txt", bom16.toByteArray());
        file("encodings/utf16be-no-bom.txt", ENGLISH.getBytes(StandardCharsets.UTF_16BE));
        file("encodings/nul-laced.txt", ENGLISH.replace(" ", " \u0000").getBytes(StandardCharsets.UTF_8));
        file("encodings/control-chars.txt", ENGLISH.replace("e", "e\u0007\u001b[31m"));
        file("encodings/rtl-override.txt", "\u202eRebels said\u202c " + ENGLISH.replace("officials",
                "\u200fofficials\u200e") + " \u2067isolated\u2069 \u202bembedded\u202c");
        file("encodings/declared-wrong.html", ("<html><head><meta charset=\"shift_jis\"></head><body><p>" + ENGLISH
                + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        file("encodings/unknown-charset.html", ("<html><head><meta charset=\"x-no-such-charset\"></head><body><p>"
                + ENGLISH + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        file("encodings/emoji-and-surrogates.txt", ENGLISH.replace(" ", " \ud83d\udca5 ") + "\ud800 lone");
    }

    private byte[] splice(byte[] text, byte[] bad) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length; i++) {
            out.write(text[i]);
            if (i % 97 == 50) {
                out.writeBytes(bad);
            }
        }
        return out.toByteArray();
    }

    // ---- other languages ---------------------------------------------------------------------------

    private static final String ARABIC = "قال مسؤولون محليون إن اشتباكات عنيفة اندلعت مساء الثلاثاء بين قوات الجيش "
            + "ومسلحين في ضواحي المدينة، ما أدى إلى مقتل ثلاثة مدنيين وإصابة عشرة آخرين. وأضاف المتحدث باسم "
            + "المحافظة أن فرق الإسعاف نقلت الجرحى إلى المستشفى الرئيسي، وأن السلطات فرضت حظر تجول حتى صباح الخميس. "
            + "من جهتها دعت الأمم المتحدة جميع الأطراف إلى ضبط النفس وحماية المدنيين، وطالبت بفتح ممرات آمنة لإيصال "
            + "المساعدات الإنسانية إلى الأحياء المحاصرة.";

    private static final String FRENCH = "Des milliers de manifestants se sont rassemblés samedi dans le centre de la "
            + "capitale pour réclamer la libération des opposants arrêtés la semaine dernière. La police a fait usage "
            + "de gaz lacrymogène pour disperser la foule devant le ministère de l'Intérieur, selon des témoins. "
            + "« Nous ne reculerons pas », a déclaré une porte-parole du collectif, qui appelle à une nouvelle marche "
            + "mardi. Le gouvernement, de son côté, affirme que les personnes interpellées seront jugées conformément "
            + "à la loi et dénonce des violences contre les forces de l'ordre.";

    private static final String CHINESE = "当地官员周三表示，连日暴雨引发的洪水已造成至少十二人死亡，另有数十人失踪。"
            + "救援人员正在受灾最严重的村庄搜寻幸存者，数千名居民已被转移到临时安置点。省政府宣布进入紧急状态，"
            + "并向灾区调拨了粮食、饮用水和帐篷。气象部门预计，未来三天该地区仍将有强降雨，提醒居民远离河道和山坡。"
            + "一位村民说，洪水在夜里突然涌入，很多人来不及带走任何东西。";

    private static final String HEBREW = "ראש העירייה הודיע ביום שני כי בתי הספר בעיר יישארו סגורים עד סוף השבוע בעקבות "
            + "הסערה שפגעה באזור. לדבריו, צוותי החירום פועלים לפינוי עצים שקרסו על הכבישים ולהחזרת החשמל לאלפי בתים. "
            + "תושבים התבקשו להימנע מנסיעות שאינן הכרחיות ולעקוב אחר ההנחיות הרשמיות.";

    private void languages() throws IOException {
        foreign("languages/ar-report.txt", ARABIC, "ar");
        foreign("languages/ar-page.html", "<html dir=\"rtl\" lang=\"ar\"><head><title>اشتباكات في ضواحي المدينة"
                + "</title></head><body><article><h1>اشتباكات في ضواحي المدينة</h1><p>" + ARABIC
                + "</p></article></body></html>", "ar");
        foreign("languages/fr-report.txt", FRENCH, "fr");
        foreign("languages/fr-page.html", "<html lang=\"fr\"><head><title>Manifestation dans la capitale</title>"
                + "</head><body><article><h1>Manifestation dans la capitale</h1><p>" + FRENCH
                + "</p></article></body></html>", "fr");
        foreign("languages/zh-report.txt", CHINESE, "zh");
        foreign("languages/zh-page.html", "<html lang=\"zh\"><head><title>洪水造成十二人死亡</title></head><body>"
                + "<article><h1>洪水造成十二人死亡</h1><p>" + CHINESE + "</p></article></body></html>", "zh");
        foreign("languages/he-report.txt", HEBREW, "he");
        foreign("languages/fr-latin1.txt", FRENCH, "fr", Charset.forName("ISO-8859-1"));
    }

    private void foreign(String name, String text, String language) throws IOException {
        foreign(name, text, language, StandardCharsets.UTF_8);
    }

    private void foreign(String name, String text, String language, Charset charset) throws IOException {
        byte[] bytes = text.getBytes(charset);
        Path p = file(name, bytes);
        foreign.put(ArticleReader.idOf(new RawInput(p.toString(), bytes, null, null, null, null)), language);
    }

    // ---- size --------------------------------------------------------------------------------------

    private void big() throws IOException {
        byte[] line = (ENGLISH + "\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(dirs("big/text-100mb.txt"))) {
            for (long written = 0; written < 100L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        byte[] words = ENGLISH.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(dirs("big/one-line-10mb.txt"))) {
            for (long written = 0; written < 10L * 1024 * 1024; written += words.length) {
                out.write(words);
            }
        }
        gzipBomb("big/bomb.txt.gz", (byte) 'a', 512L * 1024 * 1024);
        gzipBomb("big/bomb-lines.jsonl.gz", (byte) 'x', 64L * 1024 * 1024);
    }

    private void gzipBomb(String name, byte fill, long size) throws IOException {
        byte[] block = new byte[1 << 20];
        java.util.Arrays.fill(block, fill);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dirs(name)), 1 << 16)) {
            for (long written = 0; written < size; written += block.length) {
                out.write(block);
            }
        }
    }

    private static byte[] gzip(byte fill, long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] block = new byte[1 << 20];
        java.util.Arrays.fill(block, fill);
        try (OutputStream out = new GZIPOutputStream(bytes, 1 << 16)) {
            for (long written = 0; written < size; written += block.length) {
                out.write(block);
            }
        }
        return bytes.toByteArray();
    }

    // ---- JSON Lines --------------------------------------------------------------------------------

    private void jsonLines() throws IOException {
        StringBuilder s = new StringBuilder();
        String[] broken = {"{", "}", "{\"id\":", "[1,2,3]", "42", "\"just a string\"", "null", "true",
            "{\"id\": \"x\"}", "{\"text\": 12}", "{\"text\": null}", "{\"html\": \"\"}", "{\"text\": \"   \"}",
            "{\"id\": \"d\", \"text\": \"Rebels attacked a convoy.\", \"published\": \"yesterday\"}",
            "{\"id\": \"m\", \"text\": \"Rebels attacked a convoy.\", \"published\": \"2100-13-45\"}",
            "{'single': 'quotes'}", "{\"a\": NaN}", "{\"text\": \"unterminated}", "\u0000\u0001\u0002",
            "<html><body>not json</body></html>"};
        for (int i = 0; i < 360; i++) {
            s.append(broken[i % broken.length]).append('\n');
        }
        s.append("[".repeat(5000)).append("]".repeat(5000)).append('\n');
        s.append("{").append("\"k\": {".repeat(3000)).append("}".repeat(3000)).append("}\n");
        StringBuilder wide = new StringBuilder("{");
        for (int i = 0; i < 10_000; i++) {
            wide.append(i == 0 ? "" : ", ").append("\"field").append(i).append("\": ").append(i);
        }
        s.append(wide.append("}")).append('\n');
        String article = ENGLISH.repeat(2).replace("\"", "\\\"");
        s.append("{\"id\": \"dated-1900\", \"published\": \"1900-01-01T08:00:00\", \"text\": \"").append(article)
                .append("\"}\n");
        s.append("{\"id\": \"dated-2100\", \"published\": \"2100-12-31T23:59:00\", \"text\": \"").append(article)
                .append("\"}\n");
        good.put("dated-1900", "hostile.jsonl:dated-1900");
        good.put("dated-2100", "hostile.jsonl:dated-2100");
        s.append("{\"id\": \"jsonl-fr\", \"text\": \"").append(FRENCH.replace("\"", "\\\"")).append("\"}\n");
        foreign.put("jsonl-fr", "fr");
        s.append("{\"id\": \"ten-mb\", \"text\": \"").append(ENGLISH.repeat(10 * 1024 * 1024 / ENGLISH.length()))
                .append("\"}\n");
        file("jsonl/hostile.jsonl", s.toString());
    }

    // ---- WARC --------------------------------------------------------------------------------------

    private void warc(Path shared) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path html;
        try (Stream<Path> pages = Files.list(shared.resolve("eval-dev/html/html"))) {
            html = pages.sorted().findFirst().orElseThrow();
        }
        byte[] page;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(html))) {
            page = in.readAllBytes();
        }
        String goodId = "urn:uuid:00000000-0000-4000-8000-000000000001";
        warcRecord(out, "<" + goodId + ">", "https://news.example.org/good", page, null);
        good.put(goodId, "crawl.warc");
        warcRecord(out, "<urn:uuid:00000000-0000-4000-8000-000000000002>", "https://news.example.org/bomb",
                gzip((byte) ' ', 256L * 1024 * 1024), "gzip");
        file("warc/crawl.warc", out.toByteArray());

        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        cut.writeBytes(("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-00000000000"
                + "3>\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: https://news.example.org/cut\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: 999999999999\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>").getBytes(StandardCharsets.ISO_8859_1));
        file("warc/truncated.warc", cut.toByteArray());
        byte[] junk = new byte[4096];
        random.nextBytes(junk);
        file("warc/not-a-warc.warc", junk);
    }

    private static void warcRecord(ByteArrayOutputStream out, String id, String uri, byte[] body, String encoding) {
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                + (encoding == null ? "" : "Content-Encoding: " + encoding + "\r\n")
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: " + id + "\r\nWARC-Date: "
                + "2024-01-01T00:00:00Z\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: application/http; "
                + "msgtype=response\r\nContent-Length: " + (http.length + body.length) + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(http);
        out.writeBytes(body);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    // ---- feeds -------------------------------------------------------------------------------------

    private void feeds() throws IOException {
        file("feeds/entity-bomb.rss", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;"
                + "&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;"
                + "&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>bomb</title><description>&g;"
                + "</description></item></channel></rss>");
        file("feeds/external-entity.rss", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>t</title><item><title>leak</title>"
                + "<description>&x; " + ENGLISH + "</description></item></channel></rss>");
        file("feeds/not-a-feed.xml", "<?xml version=\"1.0\"?><rss><channel><item>" + "<item>".repeat(2000));
    }

    // ---- file names --------------------------------------------------------------------------------

    private void names() throws IOException {
        file("names/name with spaces.txt", ENGLISH);
        file("names/ملف عربي.txt", ENGLISH);
        file("names/quote'semi;colon$(x).txt", ENGLISH);
        file("names/.hidden.txt", ENGLISH);
    }

    // ---- writing -----------------------------------------------------------------------------------

    private Path file(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dirs(name), bytes);
    }

    private Path dirs(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return p;
    }
}
