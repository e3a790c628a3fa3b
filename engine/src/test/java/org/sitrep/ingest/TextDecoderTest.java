package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.Outcome;

class TextDecoderTest {

    private final TextDecoder decoder = new TextDecoder(ReaderSettings.defaults());

    private String ok(byte[] bytes) {
        Outcome<String> out = decoder.decode("t", bytes);
        return assertInstanceOf(Outcome.Ok.class, out, out.toString()).value().toString();
    }

    private String rejection(byte[] bytes) {
        Outcome<String> out = decoder.decode("in.txt", bytes);
        Outcome.Rejected<?> r = assertInstanceOf(Outcome.Rejected.class, out);
        assertEquals("ingest", r.reason().stage());
        return r.reason().code();
    }

    @Test
    void readsWindows1252CurlyQuotesAndAccents() {
        byte[] bytes = {(byte) 0x93, 'C', 'a', 'f', (byte) 0xE9, (byte) 0x94, ' ', 'i', 't', (byte) 0x92, 's'};
        assertEquals("“Café” it’s", ok(bytes));
    }

    @Test
    void readsIso88591DeclaredByAPage() {
        String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Se\u00F1or M\u00FCller</p></body></html>";
        assertEquals(page, ok(page.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void readsUtf8WithAndWithoutBom() {
        byte[] text = "Zürich – “quoted”".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertEquals("Zürich – “quoted”", ok(text));
        assertEquals("Zürich – “quoted”", ok(withBom));
    }

    @Test
    void readsUtf16WithBomAndWithout() {
        String s = "Kabul – a plain line of text";
        assertEquals(s, ok(with(new byte[] {(byte) 0xFF, (byte) 0xFE}, s.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(s, ok(with(new byte[] {(byte) 0xFE, (byte) 0xFF}, s.getBytes(StandardCharsets.UTF_16BE))));
        assertEquals(s, ok(s.getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void normalisesLineEndsAndDropsControlCharacters() {
        assertEquals("one\ntwo\nthree\nfour", ok("one\r\ntwo\rthree\u0000\u0007\nfour".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rejectsEmptyAndBlankInput() {
        assertEquals("ingest.empty", rejection(new byte[0]));
        assertEquals("ingest.empty", rejection(" \r\n\t ".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void rejectsBinaryInput() {
        byte[] noise = new byte[4096];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i * 31 % 7 == 0 ? 0 : i * 17);
        }
        assertEquals("ingest.binary", rejection(noise));
        assertEquals("ingest.binary", rejection("%PDF-1.7 then text".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void rejectsFiftyMegabytesQuickly() {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertEquals("ingest.too-large", rejection(big)));
    }

    @Test
    void honoursAConfiguredLimit() {
        TextDecoder small = new TextDecoder(new ReaderSettings(10));
        Outcome<String> out = small.decode("x", "eleven byte".getBytes(Charset.forName("US-ASCII")));
        assertEquals("ingest.too-large", ((Outcome.Rejected<String>) out).reason().code());
    }

    private static byte[] with(byte[] prefix, byte[] rest) {
        byte[] out = Arrays.copyOf(prefix, prefix.length + rest.length);
        System.arraycopy(rest, 0, out, prefix.length, rest.length);
        return out;
    }
}
