package org.sitrep.model;

/**
 * Something wrong with an input, reported rather than thrown: a stable code
 * ({@code ingest.empty-body}), the stage that found it and a human-readable detail.
 */
public record Problem(String stage, String code, String detail) {
    @Override
    public String toString() {
        return detail + " (" + code + ")";
    }
}
