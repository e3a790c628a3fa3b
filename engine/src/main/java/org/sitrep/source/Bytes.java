package org.sitrep.source;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads streams into byte arrays no larger than a bound, since one input (a 100 MB file, a gzip
 * or WARC bomb) must not exhaust memory: reading stops one byte past {@link #MAX}, and the
 * readers report such an input as too large instead of passing it on.
 */
final class Bytes {

    /** Bytes one input may have: as many as the article reader takes (ReaderSettings' default). */
    static final int MAX = 20 * 1024 * 1024;

    private Bytes() {
    }

    /** At most {@code MAX + 1} bytes of the stream: more than {@code MAX} means it was cut. */
    static byte[] readBounded(InputStream in) throws IOException {
        return in.readNBytes(MAX + 1);
    }

    static boolean cut(byte[] bytes) {
        return bytes.length > MAX;
    }

    /** The problem of an input past the bound. */
    static SourceItem tooLarge(String where) {
        return SourceItem.failed("source.too-large", where + ": more than " + MAX + " bytes (after decompression); "
                + "not read further");
    }
}
