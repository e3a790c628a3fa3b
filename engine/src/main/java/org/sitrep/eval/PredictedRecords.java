package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Predicted records saved by an earlier run: a folder of {@code <id>.json}, or JSON Lines (a
 * {@code .jsonl} file, or a folder holding exactly one) keyed by {@code article.id}. Thread-safe
 * once opened.
 */
public final class PredictedRecords implements Predictor {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path folder;
    private final Map<String, JsonNode> lines;

    private PredictedRecords(Path folder, Map<String, JsonNode> lines) {
        this.folder = folder;
        this.lines = lines;
    }

    public static PredictedRecords open(Path path) throws IOException {
        Path jsonl = path;
        if (Files.isDirectory(path)) {
            List<Path> found;
            try (Stream<Path> s = Files.list(path)) {
                found = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).toList();
            }
            boolean hasJson;
            try (Stream<Path> s = Files.list(path)) {
                hasJson = s.anyMatch(p -> p.getFileName().toString().endsWith(".json"));
            }
            if (hasJson || found.size() != 1) {
                return new PredictedRecords(path, null);
            }
            jsonl = found.get(0);
        }
        Map<String, JsonNode> byId = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = MAPPER.readTree(line);
                String id = JsonFields.text(n.get("article"), "id");
                if (id != null) {
                    byId.put(id, n);
                }
            }
        }
        return new PredictedRecords(null, byId);
    }

    /**
     * Wraps a predictor so that every record it makes is also written to {@code folder/<id>.json},
     * for a later run to rescore with {@link #open}. A record that cannot be written is a failure.
     */
    public static Predictor savingTo(Path folder, Predictor inner) throws IOException {
        Files.createDirectories(folder);
        return (id, article) -> {
            Prediction p = inner.predict(id, article);
            if (p.record() == null) {
                return p;
            }
            try {
                MAPPER.writerWithDefaultPrettyPrinter().writeValue(folder.resolve(id + ".json").toFile(), p.record());
                return p;
            } catch (IOException e) {
                return new Prediction(p.record(), "cannot save " + id + ".json: " + e.getMessage());
            }
        };
    }

    @Override
    public Prediction predict(String id, Path article) {
        if (lines != null) {
            JsonNode n = lines.get(id);
            return n != null ? Prediction.of(n) : Prediction.failed("no predicted record with article.id " + id);
        }
        Path file = folder.resolve(id + ".json");
        if (!Files.isRegularFile(file)) {
            return Prediction.failed("no predicted record " + file.getFileName());
        }
        try {
            return Prediction.of(MAPPER.readTree(file.toFile()));
        } catch (IOException | UncheckedIOException e) {
            return Prediction.failed("unreadable predicted record " + file.getFileName() + ": " + e.getMessage());
        }
    }
}
