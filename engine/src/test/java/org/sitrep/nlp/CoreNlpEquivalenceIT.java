package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Dependency;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.Outcome;

/**
 * The adapter's shortcuts (sentences from {@link SentenceSplitter}, CoreNLP's tagger through
 * {@code CachedScoresTagger}, lemmas through {@link CachedLemmas}, fine-grained NER through
 * {@link FineNerLists}, entity mentions from {@link EntityChunks}, CoreNLP's parser network in
 * {@link ArcStandardParser}, one dependency graph per sentence) must give exactly what CoreNLP's
 * own annotators give with the same models, on real articles.
 */
class CoreNlpEquivalenceIT {

    private static List<String> texts;
    private static StanfordCoreNLP coreNlp;
    private static CoreNlpAnnotator adapter;
    private static int mentionCount;

    @BeforeAll
    static void load() throws IOException {
        texts = DevArticles.seedAndFirst(2, List.of("geo-geowebnews", "geo-lgl", "attacks-muc4"));
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        props.setProperty("ner.model", String.join(",", NlpSettings.ENGLISH_NER));
        props.setProperty("ner.useSUTime", "false"); // as in the adapter: TimeTagger finds the times
        coreNlp = new StanfordCoreNLP(props);
        adapter = new CoreNlpAnnotator(new NlpSettings(
                List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse"), NlpSettings.ENGLISH_NER, 1000, Set.of(),
                60_000));
    }

    @Test
    void tagsNamedEntityTypesAndParsesAreCoreNlpsOwn() {
        int tokens = 0;
        for (String text : texts) {
            Annotation expected = new Annotation(text);
            coreNlp.annotate(expected);
            Article article = new Article("t", null, null, null, null, null, "en", List.of(), text, List.of());
            AnnotatedArticle actual = ((Outcome.Ok<AnnotatedArticle>) adapter.apply(article)).value();
            List<CoreMap> sentences = expected.get(CoreAnnotations.SentencesAnnotation.class);
            assertEquals(sentences.size(), actual.sentences().size());
            for (int s = 0; s < sentences.size(); s++) {
                List<CoreLabel> labels = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
                Sentence ours = actual.sentences().get(s);
                assertEquals(sentences.get(s).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class), ours.span().start(),
                        "start of: " + ours.text());
                assertEquals(labels.size(), ours.tokens().size(), "tokens of: " + ours.text());
                assertEquals(mentions(sentences.get(s)), mentions(ours), "entity mentions of: " + ours.text());
                for (int i = 0; i < labels.size(); i++) {
                    assertEquals(labels.get(i).beginPosition(), ours.tokens().get(i).start(),
                            "start of '" + labels.get(i).word() + "' in: " + ours.text());
                    assertEquals(labels.get(i).tag(), ours.tokens().get(i).pos(),
                            "tag of '" + labels.get(i).word() + "' in: " + ours.text());
                    assertEquals(labels.get(i).lemma(), ours.tokens().get(i).lemma(),
                            "lemma of '" + labels.get(i).word() + "' in: " + ours.text());
                    assertEquals(labels.get(i).ner(), ours.tokens().get(i).ner(),
                            "type of '" + labels.get(i).word() + "' in: " + ours.text());
                    tokens++;
                }
                assertEquals(edges(sentences.get(s).get(
                        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)), edges(ours),
                        "parse of: " + ours.text());
            }
        }
        assertTrue(tokens > 1000, "compared " + tokens + " tokens");
        assertTrue(mentionCount > 100, "compared " + mentionCount + " entity mentions");
    }

    /** CoreNLP's mentions of a sentence as the record takes them: neither times nor pronouns. */
    private static List<String> mentions(CoreMap sentence) {
        List<String> out = new ArrayList<>();
        for (CoreMap m : sentence.get(CoreAnnotations.MentionsAnnotation.class)) {
            String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
            List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
            boolean pronoun = tokens.stream().allMatch(t -> t.tag().startsWith("PRP"));
            if (!pronoun && !Set.of("DATE", "TIME", "DURATION", "SET").contains(type)) {
                out.add(type + " " + m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + "-"
                        + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            }
        }
        return out;
    }

    private static List<String> mentions(Sentence s) {
        List<String> out = new ArrayList<>();
        for (EntityMention m : s.entities()) {
            out.add(m.type() + " " + m.span().start() + "-" + m.span().end());
            mentionCount++;
        }
        return out;
    }

    private static Set<String> edges(SemanticGraph g) {
        Set<String> out = new TreeSet<>();
        g.getRoots().forEach(r -> out.add("root(-1," + (r.index() - 1) + ")"));
        for (SemanticGraphEdge e : g.edgeIterable()) {
            out.add(e.getRelation() + "(" + (e.getGovernor().index() - 1) + "," + (e.getDependent().index() - 1) + ")");
        }
        return out;
    }

    private static Set<String> edges(Sentence s) {
        Set<String> out = new TreeSet<>();
        for (Dependency d : s.dependencies()) {
            out.add(d.rel() + "(" + d.head() + "," + d.dep() + ")");
        }
        return out;
    }
}
