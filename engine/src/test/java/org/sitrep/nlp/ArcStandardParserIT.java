package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Our decoder of CoreNLP's parser network must choose CoreNLP's transitions: the same basic
 * dependencies, labels included, for every sentence of articles from every dev set.
 */
class ArcStandardParserIT {

    @Test
    void parsesAsCoreNlpsOwnParserDoes() throws IOException {
        Properties tagging = new Properties();
        tagging.setProperty("annotators", "tokenize,ssplit,pos");
        tagging.setProperty("ssplit.newlineIsSentenceBreak", "always");
        StanfordCoreNLP tagger = new StanfordCoreNLP(tagging);
        DependencyParser coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
        // A small cache, so that both of the parser's paths (cached and computed products) run;
        // the output layer in float and in double, as on newer and older JVMs.
        ArcStandardParser ours = new ArcStandardParser(new ParserModel(false), 2_000);
        ArcStandardParser oursWide = new ArcStandardParser(new ParserModel(true), 2_000);
        int sentences = 0;
        int edges = 0;
        for (String text : DevArticles.seedAndFirst(4, DevArticles.ALL_SETS)) {
            Annotation doc = new Annotation(text);
            tagger.annotate(doc);
            for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
                if (tokens.size() > 150) {
                    continue;
                }
                List<String> expected = edges(coreNlp.predict(sentence));
                assertEquals(expected, edges(ours.parse(tokens)), "parse of: " + sentence);
                assertEquals(expected, edges(oursWide.parse(tokens)), "parse with double weights of: " + sentence);
                sentences++;
                edges += expected.size();
            }
        }
        assertTrue(sentences > 250 && edges > 6_000, "compared " + sentences + " sentences, " + edges + " edges");
    }

    private static List<String> edges(GrammaticalStructure gs) {
        List<String> out = new ArrayList<>();
        for (TypedDependency d : gs.typedDependencies()) {
            out.add(d.toString());
        }
        return out;
    }
}
