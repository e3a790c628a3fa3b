package org.sitrep.ingest;

/**
 * Limits the reader enforces on one input. Immutable.
 *
 * @param maxBytes     inputs larger than this are rejected before any decoding
 * @param maxBodyChars articles whose text is longer than this are rejected before NLP, which
 *                     would take minutes and gigabytes on them
 */
public record ReaderSettings(long maxBytes, int maxBodyChars) {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** Several times the longest news article (a long feature has some 60,000 characters). */
    public static final int DEFAULT_MAX_BODY_CHARS = 300_000;

    public ReaderSettings {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (maxBodyChars <= 0) {
            throw new IllegalArgumentException("maxBodyChars must be positive: " + maxBodyChars);
        }
    }

    /** Limits on input bytes only, the text left unbounded. */
    public ReaderSettings(long maxBytes) {
        this(maxBytes, Integer.MAX_VALUE);
    }

    public static ReaderSettings defaults() {
        return new ReaderSettings(DEFAULT_MAX_BYTES, DEFAULT_MAX_BODY_CHARS);
    }
}
