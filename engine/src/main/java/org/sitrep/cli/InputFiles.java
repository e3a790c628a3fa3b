package org.sitrep.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.sitrep.model.RawInput;

/** Reads command-line inputs (files or standard input) into {@link RawInput}s, bounded in size. */
final class InputFiles {

    /** Bytes read past this are dropped; the reader reports the truncation. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private InputFiles() {
    }

    static RawInput read(String name, String id, LocalDateTime published) throws IOException {
        boolean stdin = name.equals("-");
        boolean gzip = name.toLowerCase(Locale.ROOT).endsWith(".gz");
        try (InputStream raw = stdin ? System.in : Files.newInputStream(Path.of(name));
             InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            return new RawInput(stdin ? "<stdin>" : name, readBounded(in), id, null, published, mediaType(name));
        }
    }

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

    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        int n;
        while (out.size() <= MAX_BYTES && (n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
