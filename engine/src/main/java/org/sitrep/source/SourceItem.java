package org.sitrep.source;

import org.sitrep.model.Problem;
import org.sitrep.model.RawInput;

/** One thing a source yields: an input to extract, or a piece of it that could not be read. */
public sealed interface SourceItem {

    /** An input ready for the pipeline. */
    record Input(RawInput input) implements SourceItem {}

    /** A piece of the source that was skipped; the problem's detail names its position. */
    record Failed(Problem problem) implements SourceItem {}

    static SourceItem failed(String code, String detail) {
        return new Failed(new Problem("source", code, detail));
    }
}
