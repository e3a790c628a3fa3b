package org.sitrep.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the tab-separated data files the engine ships: {@code #} lines are comments (the first
 * says what the file holds and where it came from), the first other line names the columns.
 */
public final class DataFile {

    private DataFile() {
    }

    /** Rows of a TSV resource as arrays padded to the header's width; missing resource: error. */
    public static List<String[]> rows(Class<?> owner, String resource) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("data file missing from the build: " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int width = -1;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (width < 0) {
                    width = cells.length;
                    continue;
                }
                rows.add(cells.length >= width ? cells : Arrays.copyOf(fill(cells, width), width));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
        return rows;
    }

    private static String[] fill(String[] cells, int width) {
        String[] out = Arrays.copyOf(cells, width);
        for (int i = cells.length; i < width; i++) {
            out[i] = "";
        }
        return out;
    }

    /** Splits a {@code |}-separated cell; an empty cell gives an empty list. */
    public static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public static String blankToNull(String cell) {
        return cell == null || cell.isBlank() ? null : cell.trim();
    }
}
