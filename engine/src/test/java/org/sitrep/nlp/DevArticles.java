package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** Real articles for the tests that compare our NLP shortcuts with CoreNLP's own steps. */
final class DevArticles {

    /** Every dev set with a folder of plain-text articles. */
    static final List<String> ALL_SETS = List.of("geo-lgl", "geo-geowebnews", "attacks-muc4", "events-plover",
            "acled-case2021", "quotes-polnear");

    private static final Path SHARED = Path.of("../../shared");

    private DevArticles() {
    }

    /**
     * The sentences, as CoreNLP's token lists, of {@link #seedAndFirst} of every set, annotated
     * with the given CoreNLP annotators (tokenize and ssplit at least) as the NLP stage sets them up.
     */
    static List<List<CoreLabel>> sentences(int perSet, String annotators) throws IOException {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        List<List<CoreLabel>> sentences = new ArrayList<>();
        for (String text : seedAndFirst(perSet, ALL_SETS)) {
            Annotation doc = new Annotation(text);
            pipeline.annotate(doc);
            for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                sentences.add(sentence.get(CoreAnnotations.TokensAnnotation.class));
            }
        }
        return sentences;
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
