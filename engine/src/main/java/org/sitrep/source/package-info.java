/**
 * Where inputs come from: files, folders, JSON Lines, RSS/Atom feeds and WARC archives, each
 * read into a stream of {@link org.sitrep.model.RawInput}s. A broken piece of a source (a line
 * that is not JSON, a truncated WARC record) becomes a {@link org.sitrep.model.Problem} that names
 * its position, and the rest of the source is still read. Imports model only, never the stages.
 */
package org.sitrep.source;
