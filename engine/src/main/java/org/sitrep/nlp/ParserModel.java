package org.sitrep.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.GZIPInputStream;

/**
 * The weights of CoreNLP's neural dependency parser for English Universal Dependencies, read
 * from the text file in CoreNLP's model jar: embeddings of words, tags and labels, a hidden
 * layer with a cube activation, and one output per transition. The first-layer products of
 * the model's most frequent (word, position) pairs are computed once, as CoreNLP does at load;
 * here on first use, and kept in float (in double before Java 21).
 *
 * <p>Thread-safe: the weights do not change after construction, and the products are filled
 * in idempotently (two threads computing one key store equal arrays).
 */
final class ParserModel {

    /** CoreNLP's English UD model, in the models jar on the classpath. */
    static final String RESOURCE = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    /** Feature positions: 18 words, 18 tags, 12 labels. */
    static final int FEATURES = 48;
    static final int TAG_OFFSET = 18;
    static final int LABEL_OFFSET = 36;
    /** CoreNLP precomputes the first 20,000 pairs the model lists (its {@code numPreComputed} default). */
    private static final int PRECOMPUTED = 20_000;

    private final Map<String, Integer> words = new HashMap<>();
    private final Map<String, Integer> tags = new HashMap<>();
    /** Dependency labels without the null label; the first is the root's. */
    private final List<String> labels = new ArrayList<>();
    private final int labelBase;
    private final float[][] embeddings;
    /**
     * First layer by feature position: for position p, every hidden unit's weight for the
     * embedding's dimension k at [p][k * hiddenSize], so a product adds one dimension to all
     * units in one contiguous pass, which the JIT turns into vector instructions.
     */
    private final float[][] w1ByPosition;
    private final int embeddingSize;
    private final float[] b1;
    /**
     * Output layer by hidden unit: unit i's weight for each transition (left arcs by label,
     * right arcs by label, shift), in float as in the file, so that it takes half the cache it
     * would in double; each weight is widened where it is used, as in CoreNLP.
     */
    private final float[][] w2ByUnit;
    /**
     * The same, widened to double once, where the JIT widens floats one at a time (before Java
     * 21), else null. ParserBench: with float weights, parsing takes 1.7 times as long on Java
     * 17; with double weights, 1.3 times as long on Java 25.
     */
    private final double[][] w2Wide;
    /**
     * Products of the pairs CoreNLP precomputes, filled on first use so that start-up does not
     * wait for them; and each key's row in it, or -1. CoreNLP keeps them in double; here they are
     * rounded to float like every other pair's, which halves the memory a transition reads
     * (48 rows of 1,000 products) and moves each product by less than one part in ten million: no
     * parse of the dev sets changed. Where the JIT widens floats one at a time (before Java 21)
     * they stay in double in {@link #precomputedWide} instead, and this is null: ParserBench took
     * 1.35 times as long on Java 17 with floats.
     */
    private final AtomicReferenceArray<float[]> precomputed;
    private final AtomicReferenceArray<double[]> precomputedWide;
    private final int[] precomputedRow;
    /** Each thread's sums for {@link #slice}, so that a slice allocates only the floats it keeps. */
    private final ThreadLocal<double[]> scratch;
    private final int unknownWord;
    private final int unknownTag;
    /** Special rows, looked up once: the parser asks for them at every transition. */
    private final int rootWord;
    private final int rootTag;
    private final int nullWord;
    private final int nullTag;

    ParserModel() {
        this(Runtime.version().feature() < 21);
    }

    /** @param wide whether to keep the output layer and the precomputed products in double (see {@link #w2Wide}) */
    ParserModel(boolean wide) {
        ClassLoader loader = ParserModel.class.getClassLoader();
        try (InputStream raw = loader.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("CoreNLP's parser model " + RESOURCE + " is not on the classpath");
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
                    StandardCharsets.UTF_8), 1 << 16);
            String line = in.readLine();
            while (line.startsWith("language=") || line.startsWith("tlp=")) {
                line = in.readLine();
            }
            int nWords = count(line);
            int nTags = count(in.readLine());
            int nLabels = count(in.readLine());
            int embeddingSize = count(in.readLine());
            int hiddenSize = count(in.readLine());
            int nFeatures = count(in.readLine());
            int nPrecomputed = count(in.readLine());
            if (hiddenSize % 4 != 0) {
                throw new IllegalStateException(RESOURCE + ": hidden layer of " + hiddenSize + " units, not a multiple of four");
            }
            if (nFeatures != FEATURES) {
                throw new IllegalStateException(RESOURCE + ": expected " + FEATURES + " features, found " + nFeatures);
            }
            embeddings = new float[nWords + nTags + nLabels][];
            String nullLabel = null;
            for (int row = 0; row < embeddings.length; row++) {
                String entry = in.readLine();
                int space = entry.indexOf(' ');
                String name = entry.substring(0, space);
                if (row < nWords) {
                    words.put(name, row);
                } else if (row < nWords + nTags) {
                    tags.put(name, row);
                } else if (row == nWords + nTags) {
                    nullLabel = name;
                } else {
                    labels.add(name);
                }
                embeddings[row] = floats(entry, space + 1, embeddingSize);
            }
            labelBase = nWords + nTags;
            if (!"-NULL-".equals(nullLabel)) {
                throw new IllegalStateException(RESOURCE + ": the first label is " + nullLabel + ", not the null label");
            }
            unknownWord = words.get("-UNKNOWN-");
            unknownTag = tags.get("-UNKNOWN-");
            rootWord = words.get("-ROOT-");
            rootTag = tags.get("-ROOT-");
            nullWord = words.get("-NULL-");
            nullTag = tags.get("-NULL-");
            this.embeddingSize = embeddingSize;
            w1ByPosition = firstLayer(in, embeddingSize, hiddenSize);
            b1 = floats(in.readLine(), 0, hiddenSize);
            scratch = ThreadLocal.withInitial(() -> new double[hiddenSize]);
            w2ByUnit = byUnit(in, hiddenSize, 2 * labels.size() + 1);
            w2Wide = wide ? widen(w2ByUnit) : null;
            List<Integer> pairs = new ArrayList<>(nPrecomputed);
            while (pairs.size() < nPrecomputed) {
                for (String cell : in.readLine().split(" ")) {
                    pairs.add(Integer.parseInt(cell));
                }
            }
            precomputedRow = new int[keys()];
            Arrays.fill(precomputedRow, -1);
            int rows = Math.min(PRECOMPUTED, pairs.size());
            precomputed = wide ? null : new AtomicReferenceArray<>(rows);
            precomputedWide = wide ? new AtomicReferenceArray<>(rows) : null;
            for (int row = 0; row < rows; row++) {
                precomputedRow[pairs.get(row)] = row;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CoreNLP's parser model " + RESOURCE, e);
        }
    }

    private static int count(String header) {
        return Integer.parseInt(header.substring(header.indexOf('=') + 1).strip());
    }

    /** The n space-separated numbers of a line from a character on (no split: it led the load profile). */
    private static float[] floats(String line, int from, int n) {
        float[] out = new float[n];
        int start = from;
        for (int i = 0; i < n; i++) {
            int end = line.indexOf(' ', start);
            if (end < 0) {
                end = line.length();
            }
            out[i] = Float.parseFloat(line.substring(start, end));
            start = end + 1;
        }
        return out;
    }

    /** The file stores the output layer a hidden unit per line: its weight for each transition. */
    private static float[][] byUnit(BufferedReader in, int units, int transitions) throws IOException {
        float[][] out = new float[units][];
        for (int i = 0; i < units; i++) {
            out[i] = floats(in.readLine(), 0, transitions);
        }
        return out;
    }

    private static double[][] widen(float[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = new double[rows[i].length];
            for (int r = 0; r < rows[i].length; r++) {
                out[i][r] = rows[i][r];
            }
        }
        return out;
    }

    /**
     * The file stores the first layer one input (feature position p, embedding dimension k) per
     * line, with every hidden unit's weight for it: the line is the row at [p][k * units].
     */
    private static float[][] firstLayer(BufferedReader in, int embeddingSize, int units) throws IOException {
        float[][] out = new float[FEATURES][units * embeddingSize];
        for (int p = 0; p < FEATURES; p++) {
            for (int k = 0; k < embeddingSize; k++) {
                System.arraycopy(floats(in.readLine(), 0, units), 0, out[p], k * units, units);
            }
        }
        return out;
    }

    /** How many (embedding, position) keys there are: {@code embedding * FEATURES + position}. */
    private int keys() {
        return embeddings.length * FEATURES;
    }

    /**
     * The first layer's products for one embedding at one feature position. Each unit's sum
     * takes the float products of its weights and the embedding in dimension order, in double,
     * as CoreNLP's {@code matrixMultiplySlice} does; the passes run over units, so the
     * processor adds many units' terms at once.
     */
    private double[] products(int embedding, int position) {
        return products(embedding, position, new double[b1.length]);
    }

    /** The products written to {@code out}, which holds zeros on entry. */
    private double[] products(int embedding, int position, double[] out) {
        float[] e = embeddings[embedding];
        float[] w = w1ByPosition[position];
        for (int k = 0; k < embeddingSize; k++) {
            float ek = e[k];
            int row = k * out.length;
            for (int i = 0; i < out.length; i++) {
                out[i] += w[row + i] * ek;
            }
        }
        return out;
    }

    /** The same products rounded to float, as CoreNLP keeps them for pairs it did not precompute. */
    float[] slice(int embedding, int position) {
        double[] products = scratch.get();
        Arrays.fill(products, 0.0);
        products(embedding, position, products);
        float[] out = new float[products.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) products[i];
        }
        return out;
    }

    /**
     * Adds the products of a key CoreNLP precomputes to the hidden layer (computing them on
     * first use) and returns true; returns false for other keys.
     */
    boolean addPrecomputed(int key, double[] hidden) {
        int row = precomputedRow[key];
        if (row < 0) {
            return false;
        }
        if (precomputedWide != null) {
            double[] products = precomputedWide.get(row);
            if (products == null) {
                products = products(key / FEATURES, key % FEATURES);
                precomputedWide.set(row, products);
            }
            for (int i = 0; i < hidden.length; i++) {
                hidden[i] += products[i];
            }
            return true;
        }
        float[] products = precomputed.get(row);
        if (products == null) {
            products = slice(key / FEATURES, key % FEATURES);
            precomputed.set(row, products);
        }
        add(products, hidden);
        return true;
    }

    /** Adds float products to the hidden layer. */
    static void add(float[] products, double[] hidden) {
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] += products[i];
        }
    }

    /** Adds the bias and applies the cube activation, in place. */
    void activate(double[] hidden) {
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] += b1[i];
            hidden[i] = hidden[i] * hidden[i] * hidden[i];
        }
    }

    /**
     * Every transition's score: the dot product of its output row with the hidden layer. The
     * loop runs over the hidden units and adds each unit's term to every transition's sum, so
     * each sum takes its terms in unit order, as CoreNLP's row-by-row dot products do, while the
     * processor adds several transitions' terms in one vector instruction. Four units per pass
     * keep each sum in a register for four additions (measured faster than one or eight).
     */
    void scoreTransitions(double[] hidden, double[] scores) {
        Arrays.fill(scores, 0.0);
        if (w2Wide != null) {
            scoreWide(hidden, scores);
            return;
        }
        for (int i = 0; i < hidden.length; i += 4) {
            double h0 = hidden[i];
            double h1 = hidden[i + 1];
            double h2 = hidden[i + 2];
            double h3 = hidden[i + 3];
            float[] w0 = w2ByUnit[i];
            float[] w1 = w2ByUnit[i + 1];
            float[] w2 = w2ByUnit[i + 2];
            float[] w3 = w2ByUnit[i + 3];
            for (int r = 0; r < scores.length; r++) {
                double s = scores[r];
                s += h0 * w0[r];
                s += h1 * w1[r];
                s += h2 * w2[r];
                s += h3 * w3[r];
                scores[r] = s;
            }
        }
    }

    /**
     * {@link #scoreTransitions} over the widened weights, term for term. Written out twice on
     * purpose: one loop over rows widened into scratch space took 1.6 times as long (ParserBench).
     */
    private void scoreWide(double[] hidden, double[] scores) {
        for (int i = 0; i < hidden.length; i += 4) {
            double h0 = hidden[i];
            double h1 = hidden[i + 1];
            double h2 = hidden[i + 2];
            double h3 = hidden[i + 3];
            double[] w0 = w2Wide[i];
            double[] w1 = w2Wide[i + 1];
            double[] w2 = w2Wide[i + 2];
            double[] w3 = w2Wide[i + 3];
            for (int r = 0; r < scores.length; r++) {
                double s = scores[r];
                s += h0 * w0[r];
                s += h1 * w1[r];
                s += h2 * w2[r];
                s += h3 * w3[r];
                scores[r] = s;
            }
        }
    }

    int hiddenSize() {
        return b1.length;
    }

    int transitions() {
        return w2ByUnit[0].length;
    }

    int wordId(String word) {
        Integer id = words.get(word);
        return id != null ? id : unknownWord;
    }

    int tagId(String tag) {
        Integer id = tag == null ? null : tags.get(tag);
        return id != null ? id : unknownTag;
    }

    int rootWord() {
        return rootWord;
    }

    int rootTag() {
        return rootTag;
    }

    int nullWord() {
        return nullWord;
    }

    int nullTag() {
        return nullTag;
    }

    int nullLabelId() {
        return labelBase;
    }

    /** The embedding row of a dependency label, by its index in {@link #labels()}. */
    int labelId(int label) {
        return labelBase + 1 + label;
    }

    List<String> labels() {
        return labels;
    }

    int rootLabel() {
        return 0;
    }

    int shift() {
        return 2 * labels.size();
    }

    boolean isLeftArc(int transition) {
        return transition < labels.size();
    }

    int labelOf(int transition) {
        return transition % labels.size();
    }

    int rightArc(int label) {
        return labels.size() + label;
    }
}
