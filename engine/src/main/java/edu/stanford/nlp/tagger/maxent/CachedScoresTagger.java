package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.tagger.common.Tagger;
import edu.stanford.nlp.util.Pair;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Part of sitrep, not of CoreNLP: a faster driver for one of CoreNLP's left-context maxent POS
 * taggers, giving the tags {@code MaxentTagger.tagSentence} gives. It lives in CoreNLP's package
 * because the model's feature extractors and weights are package-private there.
 *
 * <p>CoreNLP's {@code TestSentence} runs the same Viterbi search, and for every tag history it
 * visits it extracts the history's features as strings and looks each one up in a hash map.
 * Here, with the same extractors, weights and additions in the same order:
 * <ul>
 *   <li>the scores of a word's own features (its shape, prefixes, suffixes, cluster...) are
 *       computed once per word and kept for later sentences;</li>
 *   <li>the scores of the tag-history features (the previous one or two tags) are computed once
 *       per pair of tags and kept;</li>
 *   <li>the features of neighbouring words, and the rare-word features that test whether a word
 *       starts the sentence, are computed once per position, as CoreNLP does.</li>
 * </ul>
 *
 * <p>Only taggers whose history features are plain tag features and whose rare-word history
 * features are CoreNLP's sentence-start capitalisation tests qualify ({@link #supports}); the
 * English models do. Thread-safe: the caches are shared, each sentence has its own state.
 */
public final class CachedScoresTagger {

    /** Rare-word "history" features that read only the word and whether it starts the sentence. */
    private static final Set<Class<?>> START_TESTS = Set.of(ExtractorStartSentenceCap.class,
            ExtractorMidSentenceCapC.class, ExtractorMidSentenceCap.class);

    private final MaxentTagger tagger;
    private final double[] lambda;
    private final int ySize;
    private final int left;
    private final int wordLimit;
    /** Words seen in training fewer times than this get the open tags as candidates. */
    private final int lockTagsCount;
    /** Scores of each word's own features (common, then rare for rare words), by the word. */
    private final Map<String, double[]> wordScores = new ConcurrentHashMap<>();
    /** Scores of the tag-history features by (tag at -2, tag at -1), each tag's index + 1, 0 for none. */
    private final AtomicReferenceArray<double[]> historyScores;

    /**
     * @param tagger    a loaded tagger that {@link #supports} accepts
     * @param wordLimit how many words' scores to keep (about 500 bytes each); more trades memory for speed
     */
    public CachedScoresTagger(MaxentTagger tagger, int wordLimit) {
        if (!supports(tagger)) {
            throw new IllegalArgumentException("CachedScoresTagger needs a tagger with exact scores, at most two tags of"
                    + " left context and no right context, and only the tag and sentence-start features it caches");
        }
        this.tagger = tagger;
        this.lambda = tagger.getLambdaSolve().lambda;
        this.ySize = tagger.ySize;
        this.left = tagger.leftContext;
        this.wordLimit = wordLimit;
        this.lockTagsCount = tagger.config != null ? tagger.config.getMinWordsLockTags() : 1;
        this.historyScores = new AtomicReferenceArray<>((ySize + 1) * (ySize + 1));
    }

    /**
     * Whether the tagger scores exactly (not approximately), looks at no tags to the right and at
     * most two to the left, and its only features that read tags are the ones this class caches.
     */
    public static boolean supports(MaxentTagger tagger) {
        if (tagger.hasApproximateScoring() || tagger.rightContext != 0 || tagger.leftContext < 1
                || tagger.leftContext > 2) {
            return false;
        }
        for (Pair<Integer, Extractor> e : tagger.extractors.dynamic) {
            Class<?> kind = e.second().getClass();
            if (kind != Extractor.class && kind != ExtractorFrames.ExtractorContinuousTagConjunction.class) {
                return false;
            }
        }
        for (Pair<Integer, Extractor> e : tagger.extractorsRare.dynamic) {
            if (!START_TESTS.contains(e.second().getClass())) {
                return false;
            }
        }
        return true;
    }

    /** The tag of each word, as {@code tagger.tagSentence(words, false)} gives them. */
    public String[] tag(List<? extends HasWord> words) {
        return new Sentence(words).tag();
    }

    /** One sentence's search: CoreNLP's {@code TestSentence} for the exact, tags-not-reused case. */
    /** Forgets the words' scores met so far; the tags' do not depend on words and stay. */
    public void forgetWords() {
        wordScores.clear();
    }

    private final class Sentence {
        private final String[] words;
        private final int size;
        private final PairsHolder pairs = new PairsHolder();
        private final History history;
        /** By position: the candidate tags, the neighbour-and-word scores, the rare start-test features. */
        private final int[][] candidates;
        private final double[][] contextScores;
        private final int[][][] startFeatures;
        private final boolean[] rare;
        /** One window's scores over all tags, rewritten for each window. */
        private final double[] total;

        Sentence(List<? extends HasWord> input) {
            size = input.size() + 1;
            words = new String[size];
            for (int i = 0; i < input.size(); i++) {
                String word = input.get(i).word();
                words[i] = tagger.wordFunction != null ? tagger.wordFunction.apply(word) : word;
            }
            words[size - 1] = Tagger.EOS_WORD;
            rare = new boolean[size];
            pairs.setSize(size);
            for (int i = 0; i < size; i++) {
                rare[i] = tagger.isRare(words[i]);
                pairs.setWord(i, words[i]);
            }
            history = new History(pairs, tagger.extractors);
            candidates = new int[size + left][];
            contextScores = new double[size][];
            startFeatures = new int[size][][];
            total = new double[ySize];
        }

        String[] tag() {
            int[] best = bestSequence();
            String[] tags = new String[size - 1];
            for (int j = 0; j < tags.length; j++) {
                tags[j] = tagger.tags.getTag(best[j + left]);
            }
            return tags;
        }

        /**
         * The Viterbi search of CoreNLP's {@code ExactBestSequenceFinder} for a model that looks
         * at no tag to the right: the same window scores, the same sums, the same choice among
         * equal scores. A window (the tags at {@code pos - left .. pos}) is numbered in mixed
         * radix, the tag at {@code pos} its last digit. CoreNLP's search walks every window and
         * asks for scores at the one in each run of tags at {@code pos}; this one asks for each
         * history's scores directly, in the same order.
         */
        private int[] bestSequence() {
            int pad = size + left;
            int[][] values = new int[pad][];
            int[] counts = new int[pad];
            for (int pos = 0; pos < pad; pos++) {
                values[pos] = getPossibleValues(pos);
                counts[pos] = values[pos].length;
            }
            int[] windows = new int[pad];
            double[][] windowScores = new double[pad][];
            int[] window = new int[pad];
            for (int pos = left; pos < pad; pos++) {
                int histories = 1;
                for (int p = pos - left; p < pos; p++) {
                    histories *= counts[p];
                }
                windows[pos] = histories * counts[pos];
                windowScores[pos] = new double[windows[pos]];
                // The scores read only the window's tags, which are all set here.
                window[pos] = values[pos][0];
                for (int h = 0; h < histories; h++) {
                    int rest = h;
                    for (int p = pos - 1; p >= pos - left; p--) {
                        window[p] = values[p][rest % counts[p]];
                        rest /= counts[p];
                    }
                    scoresOf(window, pos, windowScores[pos], h * counts[pos]);
                }
            }
            double[][] best = new double[pad][];
            int[][] from = new int[pad][];
            best[left] = windowScores[left];
            for (int pos = left + 1; pos < pad; pos++) {
                int current = counts[pos];
                int dropped = counts[pos - left - 1];
                int stride = windows[pos] / current;
                double[] scores = windowScores[pos];
                double[] before = best[pos - 1];
                double[] tops = best[pos] = new double[windows[pos]];
                int[] args = from[pos] = new int[windows[pos]];
                for (int w = 0; w < tops.length; w++) {
                    double score = scores[w];
                    double top = Double.NEGATIVE_INFINITY;
                    int arg = -1;
                    // The windows before this one that differ only in the tag that drops out of it.
                    for (int k = 0, previous = w / current; k < dropped; k++, previous += stride) {
                        double sum = before[previous] + score;
                        if (sum > top) {
                            top = sum;
                            arg = previous;
                        }
                    }
                    tops[w] = top;
                    args[w] = arg;
                }
            }
            int last = pad - 1;
            int w = -1;
            double top = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < windows[last]; i++) {
                if (best[last][i] > top) {
                    top = best[last][i];
                    w = i;
                }
            }
            int[] tags = new int[pad];
            for (int pos = last, rest = w; pos >= size - 1 && pos >= 0; pos--) {
                tags[pos] = values[pos][rest % counts[pos]];
                rest /= counts[pos];
            }
            for (int pos = last - 1; pos >= left; pos--) {
                w = from[pos + 1][w];
                int dropped = pos - left;
                tags[dropped] = values[dropped][w / (windows[pos] / counts[dropped])];
            }
            return tags;
        }

        /** The candidate tags at a padded position (the first {@code left} are before the sentence). */
        private int[] getPossibleValues(int pos) {
            int[] known = candidates[pos];
            if (known == null) {
                String[] names = tagNames(pos - left);
                known = new int[names.length];
                for (int i = 0; i < names.length; i++) {
                    known[i] = tagger.tags.getIndex(names[i]);
                }
                candidates[pos] = known;
            }
            return known;
        }

        /** CoreNLP's candidates: the dictionary's tags for a word seen often enough in training, else the open tags. */
        private String[] tagNames(int word) {
            if (word < 0 || word >= size) {
                return new String[] {"NA"};
            }
            int count = tagger.dict.sum(words[word]);
            String[] tags = count == 0 || count < lockTagsCount ? tagger.tags.getOpenTagsArray() : tagger.dict.getTags(words[word]);
            return tagger.tags.deterministicallyExpandTags(tags);
        }

        /**
         * Writes the log-probabilities of the candidate tags at {@code pos}, given the tags before
         * it in {@code tags}, to {@code out} from index {@code at}.
         */
        private void scoresOf(int[] tags, int pos, double[] out, int at) {
            int current = pos - left;
            history.init(0, size - 1, current);
            for (int j = Math.max(pos - left, left); j <= Math.min(pos, size + left - 1); j++) {
                history.setTag(j - left, tagger.tags.getTag(tags[j]));
            }
            boolean rare = this.rare[current];
            double[] context = contextScores[current];
            if (context == null) {
                context = sum(tagger.extractors.localContext, rare ? tagger.extractorsRare.localContext : null);
                double[] own = wordScores(words[current], rare);
                for (int i = 0; i < ySize; i++) {
                    context[i] += own[i];
                }
                contextScores[current] = context;
                if (rare) {
                    startFeatures[current] = features(tagger.extractorsRare.dynamic, tagger.extractors.size());
                }
            }
            System.arraycopy(historyScores(pos < 2 ? -1 : tags[pos - 2], tags[pos - 1]), 0, total, 0, ySize);
            if (rare) {
                for (int[] feature : startFeatures[current]) {
                    add(feature, total);
                }
            }
            for (int i = 0; i < ySize; i++) {
                total[i] += context[i];
            }
            ArrayMath.logNormalize(total);
            int[] possible = getPossibleValues(pos);
            for (int j = 0; j < possible.length; j++) {
                out[at + j] = total[possible[j]];
            }
        }

        /** The tag-history scores, computed from this sentence's history the first time a pair is met. */
        private double[] historyScores(int twoBack, int oneBack) {
            int key = (twoBack + 1) * (ySize + 1) + oneBack + 1;
            double[] scores = historyScores.get(key);
            if (scores == null) {
                scores = sum(tagger.extractors.dynamic, null);
                historyScores.set(key, scores);
            }
            return scores;
        }

        private double[] wordScores(String word, boolean rare) {
            double[] scores = wordScores.get(word);
            if (scores == null) {
                scores = sum(tagger.extractors.local, rare ? tagger.extractorsRare.local : null);
                if (wordScores.size() < wordLimit) {
                    wordScores.put(word, scores);
                }
            }
            return scores;
        }

        /** CoreNLP's {@code getExactHistories}: each extractor's weights for its value, common ones first. */
        private double[] sum(List<Pair<Integer, Extractor>> common, List<Pair<Integer, Extractor>> rare) {
            double[] scores = new double[ySize];
            for (int[] feature : features(common, 0)) {
                add(feature, scores);
            }
            if (rare != null) {
                for (int[] feature : features(rare, tagger.extractors.size())) {
                    add(feature, scores);
                }
            }
            return scores;
        }

        /** The feature numbers, by tag, of each extractor's value at the current history; none if unseen. */
        private int[][] features(List<Pair<Integer, Extractor>> extractors, int offset) {
            int[][] out = new int[extractors.size()][];
            int n = 0;
            for (Pair<Integer, Extractor> e : extractors) {
                int[] feature = tagger.fAssociations.get(offset + e.first()).get(e.second().extract(history));
                if (feature != null) {
                    out[n++] = feature;
                }
            }
            return n == out.length ? out : Arrays.copyOf(out, n);
        }

        private void add(int[] feature, double[] scores) {
            for (int j = 0; j < ySize; j++) {
                int f = feature[j];
                if (f >= 0) {
                    scores[j] += lambda[f];
                }
            }
        }
    }
}
