package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Outcome;

/**
 * Turns raw bytes into clean text: byte-order marks, an HTML meta charset, UTF-8 when the bytes
 * are valid UTF-8 and Windows-1252 otherwise; line ends become LF and control characters go.
 * Rejects empty, over-size and binary input. Stateless and thread-safe.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF = 8192;
    private static final byte[][] BINARY_MAGIC = {
        {'%', 'P', 'D', 'F'}, {'P', 'K', 3, 4}, {(byte) 0x89, 'P', 'N', 'G'}, {'G', 'I', 'F', '8'},
        {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {0x1F, (byte) 0x8B}, {0x7F, 'E', 'L', 'F'},
    };

    private final ReaderSettings settings;

    TextDecoder(ReaderSettings settings) {
        this.settings = settings;
    }

    Outcome<String> decode(String name, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return reject("ingest.empty", name + ": input is empty");
        }
        if (bytes.length > settings.maxBytes()) {
            return reject("ingest.too-large", name + ": input is " + bytes.length + " bytes, over the limit of "
                    + settings.maxBytes());
        }
        Charset bom = bomCharset(bytes);
        int skip = bom == null ? 0 : (bom == StandardCharsets.UTF_8 ? 3 : 2);
        Charset charset = bom != null ? bom : utf16WithoutBom(bytes);
        if (charset == null) {
            if (isBinary(bytes)) {
                return reject("ingest.binary", name + ": input is binary, not text");
            }
            charset = declaredCharset(bytes);
        }
        String text = charset != null
                ? new String(bytes, skip, bytes.length - skip, charset)
                : utf8OrWindows1252(bytes);
        text = clean(text);
        if (text.isBlank()) {
            return reject("ingest.empty", name + ": input holds no text");
        }
        return Outcome.ok(text);
    }

    private static Outcome<String> reject(String code, String detail) {
        return Outcome.rejected(new Problem("ingest", code, detail));
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** ASCII text in UTF-16 without a mark has a NUL in every other byte, all on one side. */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, SNIFF) & ~1;
        if (n < 8) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += b[i] == 0 ? 1 : 0;
            oddNul += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (evenNul > pairs * 0.7 && oddNul < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddNul > pairs * 0.7 && evenNul < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean isBinary(byte[] b) {
        for (byte[] magic : BINARY_MAGIC) {
            if (startsWith(b, magic)) {
                return true;
            }
        }
        int n = Math.min(b.length, SNIFF);
        int nul = 0;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                nul++;
            } else if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                control++;
            }
        }
        return nul > n / 100 + 1 || control > n / 20 + 1;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A charset an HTML page declares in its head; Latin-1 labels mean Windows-1252, as browsers read them. */
    private static Charset declaredCharset(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String label = m.group(1).toLowerCase(Locale.ROOT);
        if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii") || label.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(label);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String utf8OrWindows1252(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, WINDOWS_1252);
        }
    }

    /** LF line ends only; no NULs, C0/C1 controls or stray byte-order marks. */
    static String clean(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF';
            if (!control) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
