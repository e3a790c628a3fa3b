package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.tagger.maxent.CachedScoresTagger;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cached-scores tagger must give CoreNLP's own tags for every token of real articles from
 * every dev set: with its caches empty, full and too small to hold every word, and with two
 * threads filling and reading the same caches.
 */
class CachedScoresTaggerIT {

    private static MaxentTagger coreNlp;
    private static List<List<CoreLabel>> sentences;

    @BeforeAll
    static void load() throws IOException {
        coreNlp = new MaxentTagger(DefaultPaths.DEFAULT_POS_MODEL);
        sentences = DevArticles.sentences(15, "tokenize,ssplit");
    }

    @Test
    void tagsAsCoreNlpsOwnTaggerDoes() {
        CachedScoresTagger ours = new CachedScoresTagger(coreNlp, 100_000);
        // Twice: the first pass fills the caches, the second reads them.
        int compared = compare(ours) + compare(ours);
        assertTrue(compared > 40_000, "compared " + compared + " tokens");
    }

    @Test
    void tagsTheSameWhenItCanKeepFewWords() {
        assertTrue(compare(new CachedScoresTagger(coreNlp, 50)) > 20_000);
    }

    @Test
    void tagsTheSameWhenTwoThreadsShareItsCaches() throws Exception {
        CachedScoresTagger ours = new CachedScoresTagger(coreNlp, 100_000);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Both threads start on empty caches and fill them while the other reads them.
            List<Future<Integer>> runs = pool.invokeAll(List.of(() -> compare(ours), () -> compare(ours)));
            for (Future<Integer> run : runs) {
                assertTrue(run.get() > 20_000);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static int compare(CachedScoresTagger ours) {
        int tokens = 0;
        for (List<CoreLabel> sentence : sentences) {
            List<TaggedWord> expected = coreNlp.tagSentence(sentence, false);
            String[] actual = ours.tag(sentence);
            assertEquals(expected.size(), actual.length);
            for (int i = 0; i < actual.length; i++) {
                assertEquals(expected.get(i).tag(), actual[i], "tag of '" + expected.get(i).word() + "' in: " + expected);
            }
            tokens += actual.length;
        }
        return tokens;
    }
}
