package edu.stanford.nlp.ie.crf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.sequences.SeqClassifierFlags;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The order in which {@link CachedNerFeatures} lists a position's features must be the order of
 * CoreNLP's {@code HashSet} of the same strings: with duplicates, with more strings than the
 * set's first table holds (it doubles), and with a bin crowded enough to become a tree. And it
 * must refuse models whose flags ask for templates it does not write.
 */
class CachedNerFeaturesTest {

    @Test
    void listsFeaturesInTheOrderOfAHashSetOfCapacityHundred() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(round < 150 ? 120 : 400);
            List<String> strings = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // Few distinct values, so that duplicates are common.
                strings.add("f" + random.nextInt(n) + "|C");
            }
            assertSameOrder(strings);
        }
    }

    @Test
    void followsTheSetWhenABinBecomesATree() {
        // "Aa" and "BB" share a hash code, and so does every string made of them of one length.
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            strings.add(Integer.toBinaryString(i | 16).substring(1).replace("0", "Aa").replace("1", "BB"));
        }
        strings.add("other|C");
        assertSameOrder(strings);
    }

    @Test
    void dropsADuplicateThatIsAnotherObject() {
        String first = "dup|" + "C";
        String second = new String(first);
        assertSameOrder(List.of("a|C", first, "b|C", second));
    }

    @Test
    void refusesModelsThatAskForOtherTemplates() {
        assertTrue(CachedNerFeatures.supports(firstOrder()));
        SeqClassifierFlags tags = firstOrder();
        tags.useTags = true;
        assertFalse(CachedNerFeatures.supports(tags));
        SeqClassifierFlags reversed = firstOrder();
        reversed.useReverse = true;
        assertFalse(CachedNerFeatures.supports(reversed));
        SeqClassifierFlags secondOrder = firstOrder();
        secondOrder.maxLeft = 2;
        assertFalse(CachedNerFeatures.supports(secondOrder));
    }

    /** CoreNLP's default flags for a first-order model, as its English NER models have. */
    private static SeqClassifierFlags firstOrder() {
        SeqClassifierFlags flags = new SeqClassifierFlags();
        flags.maxLeft = 1;
        return flags;
    }

    private static void assertSameOrder(List<String> strings) {
        Set<String> set = new HashSet<>(100);
        set.addAll(strings);
        List<CachedNerFeatures.Feat> feats = new ArrayList<>();
        for (int i = 0; i < strings.size(); i++) {
            feats.add(new CachedNerFeatures.Feat(strings.get(i), i));
        }
        CachedNerFeatures.State state = new CachedNerFeatures.State();
        state.begin();
        assertEquals(new ArrayList<>(set), state.ordered(feats), "order of " + strings);
    }
}
