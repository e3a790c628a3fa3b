package org.sitrep.source;

import java.util.function.Consumer;

/**
 * Reads one kind of source and hands each item to the sink as soon as it is read, so a large
 * archive never sits in memory whole. Implementations never throw for bad input: they hand a
 * {@link SourceItem.Failed} to the sink and go on.
 */
public interface SourceReader {
    void read(String location, Consumer<SourceItem> sink);
}
