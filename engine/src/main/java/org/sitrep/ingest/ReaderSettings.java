package org.sitrep.ingest;

/**
 * Limits the reader enforces on one input. Immutable.
 *
 * @param maxBytes inputs larger than this are rejected before any decoding
 */
public record ReaderSettings(long maxBytes) {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public ReaderSettings {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }

    public static ReaderSettings defaults() {
        return new ReaderSettings(DEFAULT_MAX_BYTES);
    }
}
