package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Problem;

/**
 * Runs an evaluation: for every gold document, gets the prediction and scores it. A gold record
 * without an article, or one that cannot be read, is a counted problem and skipped; a missing
 * prediction is a counted failure, scored as an empty record. Not thread-safe; one run at a time.
 */
public final class Evaluation {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String STAGE = "eval";

    private Evaluation() {
    }

    /** Scores every gold record of the set, the parts in {@code wanted} only. */
    public static EvalReport run(Dataset.RecordSet set, Predictor predictor, Set<Part> wanted, ProgressListener progress)
            throws IOException {
        List<Path> files = set.goldFiles();
        List<Problem> problems = new ArrayList<>();
        List<DocumentScore> scores = new ArrayList<>();
        int skipped = 0;
        int failed = 0;
        int done = 0;
        for (Path file : files) {
            String id = file.getFileName().toString().replaceFirst("\\.json$", "");
            Path article = set.articleOf(id);
            JsonNode gold = readGold(file, id, problems);
            if (gold == null) {
                skipped++;
            } else if (article == null && set.predictions() == null) {
                problems.add(new Problem(STAGE, "eval.no-article", id + ": no article file for this gold record"));
                skipped++;
            } else {
                Prediction p = predictor.predict(id, article);
                if (p.failure() != null) {
                    problems.add(new Problem(STAGE, "eval.no-prediction", id + ": " + p.failure()));
                    failed++;
                }
                scores.add(DocumentScorer.score(id, gold, rawText(article), p.record(), p.failure(), wanted));
            }
            progress.advanced(++done, files.size());
        }
        return new EvalReport(set.gold().toString(), files.size(), skipped, failed, problems, scores, null);
    }

    /** Scores the body the reader finds in every page of the set. */
    public static EvalReport run(Dataset.PageSet set, PageReader reader, ProgressListener progress)
            throws IOException {
        JsonNode truth = MAPPER.readTree(set.groundTruth().toFile());
        List<Problem> problems = new ArrayList<>();
        List<BodyScore.Page> pages = new ArrayList<>();
        int skipped = 0;
        int failed = 0;
        int done = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            Path page = pageOf(set.pages(), id);
            if (page == null) {
                problems.add(new Problem(STAGE, "eval.no-article", id + ": no page file for this ground truth"));
                skipped++;
            } else {
                PageReader.Body body = reader.read(page);
                if (body.failure() != null) {
                    problems.add(new Problem(STAGE, "eval.no-prediction", id + ": " + body.failure()));
                    failed++;
                }
                pages.add(BodyScorer.page(id, JsonFields.text(e.getValue(), "articleBody"), body.text()));
            }
            progress.advanced(++done, truth.size());
        }
        return new EvalReport(set.pages().getParent().toString(), truth.size(), skipped, failed, problems, List.of(),
                new BodyScore(pages));
    }

    private static JsonNode readGold(Path file, String id, List<Problem> problems) {
        try {
            JsonNode n = MAPPER.readTree(file.toFile());
            if (n != null && n.isObject()) {
                return n;
            }
            problems.add(new Problem(STAGE, "eval.bad-gold", id + ": gold file is not a JSON object"));
        } catch (IOException e) {
            problems.add(new Problem(STAGE, "eval.bad-gold", id + ": unreadable gold file: " + e.getMessage()));
        }
        return null;
    }

    /** The article as plain text, for gold mention offsets; null for HTML, whose offsets mean nothing here. */
    private static String rawText(Path article) {
        if (article == null || !article.getFileName().toString().endsWith(".txt")) {
            return null;
        }
        try {
            return Files.readString(article, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static Path pageOf(Path folder, String id) {
        for (String ext : Dataset.ARTICLE_EXTENSIONS) {
            Path p = folder.resolve(id + ext);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
