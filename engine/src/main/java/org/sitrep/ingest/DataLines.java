package org.sitrep.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the ingest data files: UTF-8, {@code #} lines are comments (the first one says what the
 * file holds and where it came from), blank lines are skipped. Stateless and thread-safe.
 */
final class DataLines {

    private DataLines() {
    }

    /** The data lines of a resource next to this class; a missing file is a build error. */
    static List<String> read(String resource) {
        InputStream in = DataLines.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("data file missing from the build: " + resource);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
        return List.copyOf(lines);
    }

    /** Tab-separated rows after the column-name line. */
    static List<String[]> rows(String resource) {
        List<String> lines = read(resource);
        return lines.stream().skip(1).map(l -> l.split("\t", -1)).toList();
    }
}
