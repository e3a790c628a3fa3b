package org.sitrep.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads streams into byte arrays no larger than a bound, since one input must not exhaust memory. */
final class Bytes {

    /** Bytes read past this are dropped; the article reader reports the truncation. */
    static final int MAX = 64 * 1024 * 1024;

    private Bytes() {
    }

    static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        int n;
        while (out.size() <= MAX && (n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
