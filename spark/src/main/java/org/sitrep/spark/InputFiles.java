package org.sitrep.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.input.PortableDataStream;
import org.sitrep.model.Problem;
import org.sitrep.model.RawInput;
import org.sitrep.source.SourceItem;
import org.sitrep.source.Sources;

/**
 * Turns one file from a Hadoop-compatible path into pieces with the engine's own source readers
 * (articles, JSON Lines, feeds, WARC): the file is streamed to a local temporary copy under its
 * own name, read, and each input renamed after the original path. Files of no known kind are
 * passed over, as in a folder the engine walks. Stateless and thread-safe.
 */
final class InputFiles {

    private InputFiles() {
    }

    static List<Piece> read(String path, PortableDataStream data) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        if (fileName.startsWith(".") || Sources.kindOf(fileName) == Sources.Kind.UNKNOWN) {
            return List.of();
        }
        List<Piece> out = new ArrayList<>();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("sitrep-input");
            Path copy = dir.resolve(fileName);
            try (InputStream in = data.open()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            String local = copy.toString();
            new Sources().read(local, item -> {
                if (item instanceof SourceItem.Input i) {
                    RawInput r = i.input();
                    out.add(Piece.of(new RawInput(renamed(r.name(), local, path), r.bytes(), r.id(), r.url(),
                            r.published(), r.mediaType())));
                } else {
                    Problem p = ((SourceItem.Failed) item).problem();
                    out.add(Piece.failed(new Problem(p.stage(), p.code(), renamed(p.detail(), local, path))));
                }
            });
        } catch (IOException | RuntimeException e) {
            out.add(Piece.failed(new Problem("source", "source.unreadable", path + ": " + e.getMessage())));
        } finally {
            delete(dir);
        }
        return out;
    }

    /** A name or message about the local copy, told about the original path instead. */
    private static String renamed(String text, String local, String original) {
        return text == null ? null : text.replace(local, original);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A leftover temporary file costs disk space only; the article was read.
            dir.toFile().deleteOnExit();
        }
    }
}
