package org.sitrep.eval;

import java.nio.file.Path;

/** Reads the article body of one web page, for the page-body metric. Must not throw for bad input. */
@FunctionalInterface
public interface PageReader {

    /** The body the reader found, or a failure reason. */
    record Body(String text, String failure) {}

    Body read(Path page);
}
