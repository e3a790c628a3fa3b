package org.sitrep.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/** The real articles the benchmarks read: the seed and the first few of each dev set in ../shared. */
public final class Articles {

    private Articles() {
    }

    /** Up to {@code perSet} article texts from each folder, found from the repository root or a module. */
    public static List<Path> sample(int perSet) {
        Path shared = Stream.of(Path.of("../shared"), Path.of("../../shared"))
                .filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new IllegalStateException("run the benchmarks from the repository: ../shared not found"));
        List<Path> dirs = new ArrayList<>(List.of(shared.resolve("articles")));
        for (String set : List.of("geo-geowebnews", "geo-lgl", "attacks-muc4")) {
            dirs.add(shared.resolve("eval-dev").resolve(set).resolve("articles"));
        }
        List<Path> out = new ArrayList<>();
        for (Path d : dirs) {
            try (Stream<Path> files = Files.list(d)) {
                files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(perSet).forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The sample articles (three a folder) run through CoreNLP's annotators with the given settings. */
    public static List<Annotation> annotated(String annotators, Map<String, String> settings) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        settings.forEach(props::setProperty);
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        List<Annotation> docs = new ArrayList<>();
        for (Path p : sample(3)) {
            Annotation doc = new Annotation(read(p));
            pipeline.annotate(doc);
            docs.add(doc);
        }
        return docs;
    }

    public static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
