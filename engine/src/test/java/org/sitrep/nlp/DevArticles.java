package org.sitrep.nlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Real articles for the tests that compare our NLP shortcuts with CoreNLP's own steps. */
final class DevArticles {

    /** Every dev set with a folder of plain-text articles. */
    static final List<String> ALL_SETS = List.of("geo-lgl", "geo-geowebnews", "attacks-muc4", "events-plover",
            "acled-case2021", "quotes-polnear");

    private static final Path SHARED = Path.of("../../shared");

    private DevArticles() {
    }

    /** The seed article, then the first {@code perSet} articles (by file name) of each set. */
    static List<String> seedAndFirst(int perSet, List<String> sets) throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(Files.readString(SHARED.resolve("articles/000_f4b716d0e5e9fa55.txt")));
        for (String set : sets) {
            try (Stream<Path> files = Files.list(SHARED.resolve("eval-dev").resolve(set).resolve("articles"))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(perSet).toList()) {
                    texts.add(Files.readString(p));
                }
            }
        }
        return texts;
    }
}
