package org.sitrep.model;

import java.time.LocalDateTime;

/**
 * Bytes of one input as it arrived, before the reader made an article of it.
 *
 * @param name      where it came from (a path, a URL, "-"), used in error messages
 * @param id        the caller's id, or null to derive one from a hash of the bytes
 * @param published the caller's publication time, overriding what the page says; may be null
 * @param mediaType a hint such as {@code text/html}; null to sniff
 */
public record RawInput(String name, byte[] bytes, String id, String url, LocalDateTime published,
                       String mediaType) {}
