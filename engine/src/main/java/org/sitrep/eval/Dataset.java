package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where an evaluation reads its gold and inputs: a folder of gold records, or a set of web pages. */
public sealed interface Dataset {

    /** Where the article of a gold record may be: same base name, one of these extensions. */
    List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".html", ".htm", ".html.gz", ".htm.gz");

    /**
     * Gold records {@code <id>.json}, scored against records extracted from {@code articles} or read
     * from {@code predictions}. Immutable.
     *
     * @param articles    articles with the gold's base names, or null (then gold mentions are read by name only)
     * @param predictions predicted records ({@code <id>.json}, or a {@code .jsonl} file or folder holding one), or null
     */
    record RecordSet(Path gold, Path articles, Path predictions) implements Dataset {

        /** The gold files, sorted by name. */
        public List<Path> goldFiles() throws IOException {
            try (Stream<Path> s = Files.list(gold)) {
                return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                        .sorted().toList();
            }
        }

        /** The article of a gold record, or null when there is none. */
        public Path articleOf(String id) {
            if (articles == null) {
                return null;
            }
            for (String ext : ARTICLE_EXTENSIONS) {
                Path p = articles.resolve(id + ext);
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
            return null;
        }
    }

    /**
     * Web pages ({@code <id>.html.gz} under {@code pages}) and their true article bodies
     * ({@code ground-truth.json}: {@code {"<id>": {"articleBody": ...}}}). Immutable.
     */
    record PageSet(Path groundTruth, Path pages) implements Dataset {
    }

    /**
     * Works out the dataset from the command line: a dataset folder (with {@code gold/} and
     * {@code articles/}, or with {@code ground-truth.json} and {@code html/}), or explicit folders.
     *
     * @throws IllegalArgumentException with a message for the user when the arguments do not fit
     */
    static Dataset locate(Path folder, Path gold, Path articles, Path predictions) {
        if (folder != null && gold != null) {
            throw new IllegalArgumentException("give a dataset folder or --gold, not both");
        }
        if (folder != null) {
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("not a folder: " + folder);
            }
            if (Files.isRegularFile(folder.resolve("ground-truth.json"))) {
                if (articles != null || predictions != null) {
                    throw new IllegalArgumentException(folder + " is a web-page set: it runs the reader itself, "
                            + "without --articles or --pred");
                }
                return new PageSet(folder.resolve("ground-truth.json"), folder.resolve("html"));
            }
            if (Files.isDirectory(folder.resolve("gold"))) {
                gold = folder.resolve("gold");
                if (articles == null && Files.isDirectory(folder.resolve("articles"))) {
                    articles = folder.resolve("articles");
                }
            } else {
                gold = folder;
            }
        }
        if (gold == null) {
            throw new IllegalArgumentException("give a dataset folder or --gold DIR");
        }
        if (!Files.isDirectory(gold)) {
            throw new IllegalArgumentException("gold folder not found: " + gold);
        }
        if (articles == null && predictions == null) {
            throw new IllegalArgumentException("give --articles DIR to extract records, or --pred DIR to read them");
        }
        if (articles != null && !Files.isDirectory(articles)) {
            throw new IllegalArgumentException("articles folder not found: " + articles);
        }
        if (predictions != null && !Files.exists(predictions)) {
            throw new IllegalArgumentException("predictions not found: " + predictions);
        }
        return new RecordSet(gold, articles, predictions);
    }
}
