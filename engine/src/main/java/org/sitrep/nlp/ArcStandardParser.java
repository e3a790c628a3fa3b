package org.sitrep.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A greedy arc-standard dependency parser (Chen and Manning, 2014) that runs the network of
 * CoreNLP's English Universal Dependencies model ({@link ParserModel}) with the same arithmetic,
 * in the same order, so it picks the same transitions and gives the same parse.
 *
 * <p>It is faster than CoreNLP's own parser because it does the same sums with less overhead:
 * word and tag ids are looked up once per sentence, not 36 times per transition; the output
 * layer scores four transitions at a time, each in CoreNLP's order of additions; a step with only
 * one legal transition (a shift while the stack holds one word) is taken without scoring; and
 * the hidden-layer vectors of words met lately are kept in one cache that all threads share.
 *
 * <p>Thread-safe: the model is read-only and each call keeps its state in its own arrays.
 */
final class ArcStandardParser {

    private final ParserModel model;
    /**
     * First-layer products of (word, feature position) pairs outside the model's precomputed
     * set, each in the slot its key hashes to, replacing the pair that was there. The cache so
     * keeps the pairs met lately and never fills: a cache that stopped taking pairs once full
     * took a branch for the first time mid-run, and the JIT threw away the compiled inner loop.
     */
    private final AtomicReferenceArray<Slice> slices;

    /** A pair's products and its key. */
    private record Slice(int key, float[] products) {}

    /** @param cacheSize how many products of pairs met lately to keep (4 KB each); more trades memory for speed */
    ArcStandardParser(ParserModel model, int cacheSize) {
        this.model = model;
        this.slices = new AtomicReferenceArray<>(cacheSize);
    }

    /** The basic UD parse of a tagged sentence, as CoreNLP's {@code DependencyParser.predict} returns it. */
    GrammaticalStructure parse(List<CoreLabel> tokens) {
        int[][] arcs = arcs(tokens);
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
        for (int i = 1; i <= tokens.size(); i++) {
            int head = arcs[0][i];
            IndexedWord dependent = new IndexedWord(tokens.get(i - 1));
            IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            dependencies.add(new TypedDependency(head == 0 ? GrammaticalRelation.ROOT
                    : relation(model.labels().get(arcs[1][i])), governor, dependent));
        }
        return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
    }

    private static GrammaticalRelation relation(String label) {
        GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
        return known != null ? known : new GrammaticalRelation(Language.UniversalEnglish,
                label, null, GrammaticalRelation.DEPENDENT);
    }

    /**
     * Heads ({@code [0][i]}, 0 for the root) and label indexes ({@code [1][i]}) of tokens 1..n,
     * by greedy decoding: at each step the legal transition the network scores highest, the
     * first of equals winning.
     */
    int[][] arcs(List<CoreLabel> tokens) {
        Configuration c = new Configuration(tokens.size());
        // Embedding ids of each position's word and tag, looked up once: position 0 is the root.
        int[] wordIds = new int[tokens.size() + 1];
        int[] tagIds = new int[tokens.size() + 1];
        wordIds[0] = model.rootWord();
        tagIds[0] = model.rootTag();
        for (int i = 0; i < tokens.size(); i++) {
            wordIds[i + 1] = model.wordId(tokens.get(i).word());
            tagIds[i + 1] = model.tagId(tokens.get(i).tag());
        }
        int[] features = new int[ParserModel.FEATURES];
        double[] hidden = new double[model.hiddenSize()];
        double[] scores = new double[model.transitions()];
        while (!c.terminal()) {
            int forced = c.onlyLegalTransition(model);
            if (forced >= 0) {
                c.apply(forced, model);
                continue;
            }
            c.features(wordIds, tagIds, model, features);
            hiddenLayer(features, hidden);
            model.scoreTransitions(hidden, scores);
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < scores.length; t++) {
                if (scores[t] > bestScore && c.legal(t, model)) {
                    bestScore = scores[t];
                    best = t;
                }
            }
            c.apply(best, model);
        }
        return new int[][] {c.heads, c.labels};
    }

    /** Sums each feature's slice of the first layer in feature order, then adds the bias and cubes. */
    private void hiddenLayer(int[] features, double[] hidden) {
        Arrays.fill(hidden, 0.0);
        for (int j = 0; j < features.length; j++) {
            int key = features[j] * ParserModel.FEATURES + j;
            if (!model.addPrecomputed(key, hidden)) {
                ParserModel.add(slice(features[j], j, key), hidden);
            }
        }
        model.activate(hidden);
    }

    /** Forgets the products of the pairs outside the precomputed set met so far. */
    void forgetWords() {
        for (int i = 0; i < slices.length(); i++) {
            slices.set(i, null);
        }
    }

    /** The products of a pair outside the precomputed set, from the cache or computed and cached. */
    private float[] slice(int embedding, int position, int key) {
        if (slices.length() == 0) {
            return model.slice(embedding, position);
        }
        int slot = Integer.remainderUnsigned(key * 0x9E3779B1, slices.length());
        Slice cached = slices.get(slot);
        if (cached != null && cached.key() == key) {
            return cached.products();
        }
        float[] products = model.slice(embedding, position);
        slices.set(slot, new Slice(key, products));
        return products;
    }

    /** The parser's state: stack, buffer and the arcs made so far, over token positions 1..n (0 is the root). */
    private static final class Configuration {
        final int n;
        final int[] stack;
        int stackSize;
        int next = 1;
        final int[] heads;
        final int[] labels;

        Configuration(int n) {
            this.n = n;
            this.stack = new int[n + 1];
            this.heads = new int[n + 1];
            this.labels = new int[n + 1];
            Arrays.fill(heads, -1);
            Arrays.fill(labels, -1);
            stack[stackSize++] = 0;
        }

        boolean terminal() {
            return stackSize == 1 && next > n;
        }

        int bufferSize() {
            return n - next + 1;
        }

        int stack(int k) {
            return k < stackSize ? stack[stackSize - 1 - k] : -1;
        }

        int buffer(int k) {
            return k < bufferSize() ? next + k : -1;
        }

        /** The one legal transition when the stack holds only the root and at most one word, else -1. */
        int onlyLegalTransition(ParserModel model) {
            if (stackSize > 2) {
                return -1;
            }
            if (bufferSize() > 0) {
                return model.shift();
            }
            return stackSize == 2 ? model.rightArc(model.rootLabel()) : -1;
        }

        boolean legal(int t, ParserModel model) {
            if (t == model.shift()) {
                return bufferSize() > 0;
            }
            boolean left = model.isLeftArc(t);
            int head = left ? stack(0) : stack(1);
            boolean rootLabel = model.labelOf(t) == model.rootLabel();
            if (head < 0 || (head == 0) != rootLabel) {
                return false;
            }
            return left ? stackSize > 2 : stackSize > 2 || (stackSize == 2 && bufferSize() == 0);
        }

        void apply(int t, ParserModel model) {
            if (t == model.shift()) {
                stack[stackSize++] = next++;
                return;
            }
            int top = stack(0);
            int second = stack(1);
            if (model.isLeftArc(t)) {
                heads[second] = top;
                labels[second] = model.labelOf(t);
                stack[stackSize - 2] = top;
            } else {
                heads[top] = second;
                labels[top] = model.labelOf(t);
            }
            stackSize--;
        }

        /** The k-th child of a token counted from the far left (side -1) or far right (side 1), or -1. */
        int child(int token, int side, int k) {
            if (token < 0 || token > n) {
                return -1;
            }
            int count = 0;
            if (side < 0) {
                for (int i = 1; i < token; i++) {
                    if (heads[i] == token && ++count == k) {
                        return i;
                    }
                }
            } else {
                for (int i = n; i > token; i--) {
                    if (heads[i] == token && ++count == k) {
                        return i;
                    }
                }
            }
            return -1;
        }

        /**
         * The 48 features of Chen and Manning's parser: words and tags of the top three stack
         * and buffer positions, and words, tags and labels of the first two stack words'
         * outermost children and grandchildren.
         */
        void features(int[] wordIds, int[] tagIds, ParserModel model, int[] out) {
            for (int j = 0; j < 3; j++) {
                put(out, j, stack(2 - j), wordIds, tagIds, model, false);
                put(out, 3 + j, buffer(j), wordIds, tagIds, model, false);
            }
            for (int j = 0; j < 2; j++) {
                int k = stack(j);
                int base = 6 + 6 * j;
                put(out, base, child(k, -1, 1), wordIds, tagIds, model, true);
                put(out, base + 1, child(k, 1, 1), wordIds, tagIds, model, true);
                put(out, base + 2, child(k, -1, 2), wordIds, tagIds, model, true);
                put(out, base + 3, child(k, 1, 2), wordIds, tagIds, model, true);
                put(out, base + 4, child(child(k, -1, 1), -1, 1), wordIds, tagIds, model, true);
                put(out, base + 5, child(child(k, 1, 1), 1, 1), wordIds, tagIds, model, true);
            }
        }

        private void put(int[] out, int slot, int token, int[] wordIds, int[] tagIds, ParserModel model,
                         boolean withLabel) {
            out[slot] = token < 0 ? model.nullWord() : wordIds[token];
            out[ParserModel.TAG_OFFSET + slot] = token < 0 ? model.nullTag() : tagIds[token];
            if (withLabel) {
                out[ParserModel.LABEL_OFFSET + slot - 6] = token <= 0 ? model.nullLabelId() : model.labelId(labels[token]);
            }
        }
    }
}
