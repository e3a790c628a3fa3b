package edu.stanford.nlp.ie.crf;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Generics;
import edu.stanford.nlp.util.PaddedList;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Part of sitrep, not of CoreNLP: CoreNLP's NER feature extraction for a CRF model, with each
 * feature's string built and looked up in the model's feature index once per word (or per pair
 * of words or shapes) instead of once per position. It lives in CoreNLP's package because the
 * classifier's feature index is package-private there.
 *
 * <p>CoreNLP's {@code NERFeatureFactory} builds every feature of every position as a new string,
 * collects a position's strings in a {@code HashSet}, and the classifier then looks each one up
 * in a feature index of about a million strings, several cache misses apiece; this was a fifth
 * of sitrep's time (issue 7). Here the same strings are made once and kept with their number in
 * the index; a position's features are listed in the order CoreNLP's set of them iterates (which
 * fixes the order in which the CRF adds their weights, so the labels are the same to the bit),
 * and the index answers the classifier's next lookups from that list. Features the model does
 * not know are kept too, since they still shape that order. The class is not meant to be
 * serialized, though CoreNLP's factory interface is.
 *
 * <p>Only the feature templates CoreNLP's English CRF models use are written here; {@link
 * #install} refuses a model whose flags ask for any other, and a sentence with annotations these
 * templates do not read (a domain, stacked entity tags, clusters set beforehand) goes to
 * CoreNLP's own factory. Thread-safe: the caches are concurrent, each thread keeps its own
 * sentence and lookup state.
 */
public final class CachedNerFeatures extends FeatureFactory<CoreLabel> {

    /**
     * The flags CoreNLP's factory reads that this class does not: each must keep its default
     * value. The others (useWord, usePrev, useNext, useDistSim, useNGrams, wordShape,
     * useTypeSeqs, useDisjunctive, useOccurrencePatterns and the like) are read here as there.
     */
    private static final List<String> AT_DEFAULT = List.of("binnedLengths", "checkNameList", "cleanGazette",
            "conjoinShapeNGrams", "dehyphenateNGrams", "dropGaz", "greekifyNGrams", "lowercaseNGrams",
            "noEdgeFeature", "removeStrictGoodCoNLLDuplicates", "slashHyphenTreatment", "sloppyGazette",
            "splitWordRegex", "strictGoodCoNLL", "transitionEdgeOnly", "twoStage", "use2W", "useABGENE",
            "useABSTR", "useABSTRFreq", "useABSTRFreqDict", "useAbbr", "useAbbr1", "useBagOfWords", "useBeginSent",
            "useChunks", "useChunkySequences", "useCommonWordsFeature", "useDisjShape",
            "useDisjunctiveShapeInteraction", "useEitherSideDisjunctive", "useEitherSideWord", "useEntityRule",
            "useEntityTypeSequences", "useEntityTypes", "useExtraTaggySequences", "useFREQ", "useFirstWord",
            "useGENIA", "useGazFeatures", "useGazettes", "useGenericFeatures", "useHeadGov", "useIfInteger",
            "useIsDateRange", "useIsURL", "useLC", "useLemmas", "useMUCFeatures", "useMinimalAbbr",
            "useMinimalAbbr1", "useMoreGazFeatures", "useMoreNeighborNGrams", "useMoreTags", "useNPGovernor",
            "useNPHead", "useNeighborNGrams", "useNextSequences", "useNextVB", "useOrdinal", "useParenMatching",
            "usePhraseWordTags", "usePhraseWords", "usePosition", "usePrevNextLemmas", "usePrevVB",
            "useProtoFeatures", "useRadical", "useReverse", "useShapeConjunctions", "useSymTags",
            "useSymWordPairs", "useTaggySequences", "useTags", "useTitle2", "useTopics", "useTypeSeqs3",
            "useURLSequences", "useUndirectedDisjunctive", "useUnknown", "useVB", "useWEB", "useWEBFreqDict",
            "useWideDisjunctive", "useWordPairs", "useWordTag", "useWordnetFeatures", "useYetMoreCpCShapes",
            "wideDisjunctionWidth", "useEmbedding");
    /** CoreNLP's factory collects a clique's features in a set of this initial capacity... */
    private static final int SET_CAPACITY = 100;
    /** ...whose first table has this many bins. */
    private static final int BINS = 128;
    /** Entries each pair cache keeps. */
    private static final int PAIR_LIMIT = 40_000;

    /** The templates of two or three parts (words, shapes), each with its own cache, named as CoreNLP's features end. */
    private enum Pair { PW_CTYPE, NW_CTYPE, PCTYPE, CNTYPE, PCNTYPE, PPW_CTYPE, NNW_CTYPE, PSEQW2, PSEQPCDS, TYPES }

    private final NERFeatureFactory<CoreLabel> original;
    private final Index index;
    private final SeqClassifierFlags f;
    private final Map<String, String> lexicon;
    private final Pattern titlePattern;
    private final int wordLimit;
    private final Map<String, Word> words = new ConcurrentHashMap<>();
    private final Map<String, Shape> shapes = new ConcurrentHashMap<>();
    private final Map<String, Feat> constants = new ConcurrentHashMap<>();
    private final Map<Pair, Map<Long, Feat>> pairs = new EnumMap<>(Pair.class);
    private final AtomicInteger wordIds = new AtomicInteger();
    private final AtomicInteger shapeIds = new AtomicInteger();
    private final Word padWord;
    private final Shape nullShape;
    private final ThreadLocal<State> states = ThreadLocal.withInitial(State::new);

    /**
     * Makes the classifier extract its features through a new instance of this class, if its
     * model qualifies; otherwise leaves it as it is.
     *
     * @param wordLimit how many words' features to keep (about 2 KB each); more trades memory for speed
     * @return whether the classifier now uses this class
     */
    @SuppressWarnings("unchecked")
    public static boolean install(CRFClassifier<CoreLabel> crf, int wordLimit) {
        if (crf.featureFactories == null || crf.featureFactories.size() != 1
                || !(crf.featureFactories.get(0) instanceof NERFeatureFactory) || !supports(crf.flags)
                || crf.windowSize != 2 || crf.featureIndex == null || Generics.HASH_SET_CLASSNAME != null) {
            return false;
        }
        CachedNerFeatures features = new CachedNerFeatures(crf, (NERFeatureFactory<CoreLabel>) crf.featureFactories.get(0),
                wordLimit);
        crf.featureFactories = List.of(features);
        crf.featureIndex = features.index;
        return true;
    }

    /**
     * Forgets the words met so far and the pairs of words and shapes made from them. A word met
     * again gets a new number, so no pair kept under an old one can be mistaken for it.
     */
    public void forgetWords() {
        words.clear();
        pairs.values().forEach(Map::clear);
    }

    /** Whether the flags ask only for the templates written here. */
    static boolean supports(SeqClassifierFlags flags) {
        SeqClassifierFlags defaults = new SeqClassifierFlags();
        try {
            for (String name : AT_DEFAULT) {
                Field field = SeqClassifierFlags.class.getField(name);
                if (!Objects.deepEquals(field.get(flags), field.get(defaults))) {
                    return false;
                }
            }
        } catch (ReflectiveOperationException e) {
            return false;
        }
        return flags.useInternal && flags.useExternal && flags.maxLeft == 1 && flags.maxRight == 0;
    }

    @SuppressWarnings("unchecked")
    private CachedNerFeatures(CRFClassifier<CoreLabel> crf, NERFeatureFactory<CoreLabel> original, int wordLimit) {
        this.original = original;
        this.f = crf.flags;
        init(crf.flags);
        this.index = new Index(crf.featureIndex, states);
        this.wordLimit = wordLimit;
        try {
            Field lexiconField = NERFeatureFactory.class.getDeclaredField("lexicon");
            lexiconField.setAccessible(true);
            this.lexicon = (Map<String, String>) lexiconField.get(original);
            Field titleField = NERFeatureFactory.class.getDeclaredField("titlePattern");
            titleField.setAccessible(true);
            this.titlePattern = (Pattern) titleField.get(original);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's NERFeatureFactory has changed: " + e.getMessage(), e);
        }
        for (Pair template : Pair.values()) {
            pairs.put(template, new ConcurrentHashMap<>());
        }
        // The classifier's padding token has no text and no cluster.
        this.padWord = new Word(this, normalized(""), null, -1);
        this.nullShape = new Shape(this, null, -1);
    }

    @Override
    public List<String> getCliqueFeatures(PaddedList<CoreLabel> info, int loc, Clique clique) {
        State state = states.get();
        if (clique == cliqueC) {
            state.begin();
        }
        Sentence s = state.sentence(info.getWrappedList(), this);
        if (s == null) {
            return new ArrayList<>(original.getCliqueFeatures(info, loc, clique));
        }
        List<Feat> feats = state.feats;
        feats.clear();
        if (clique == cliqueC) {
            featuresC(s, loc, feats);
        } else if (clique == cliqueCpC) {
            featuresCpC(s, loc, feats);
        } else {
            throw new IllegalArgumentException("not a clique of a first-order model: " + clique);
        }
        return state.ordered(feats);
    }

    /** The features CoreNLP's {@code featuresC} adds, in its order. */
    private void featuresC(Sentence s, int loc, List<Feat> out) {
        Word c = s.word(loc);
        Word p = s.word(loc - 1);
        Word n = s.word(loc + 1);
        Shape cs = s.shape(loc);
        Shape ps = s.shape(loc - 1);
        Shape ns = s.shape(loc + 1);
        if (f.useDistSim) {
            out.add(c.distSim);
        }
        if (f.useTitle && c.title != null) {
            out.add(c.title);
        }
        if (f.useWord) {
            out.add(c.word);
        }
        if (f.usePrev) {
            out.add(p.prevWord);
            if (f.useDistSim) {
                out.add(p.prevDistSim);
            }
        }
        if (f.useNext) {
            out.add(n.nextWord);
            if (f.useDistSim) {
                out.add(n.nextDistSim);
            }
        }
        if (f.useClassFeature) {
            out.add(constant("###|C"));
        }
        if (f.useNGrams) {
            for (Feat gram : c.ngrams) {
                out.add(gram);
            }
        }
        if (f.wordShape > WordShapeClassifier.NOWORDSHAPE || f.useShapeStrings) {
            out.add(cs.type);
            if (f.useTypeSeqs) {
                out.add(ps.prevType);
                out.add(ns.nextType);
                out.add(pair(Pair.PW_CTYPE, p.id, cs.id, () -> p.w + "..." + cs.s + "-PW_CTYPE|C"));
                out.add(pair(Pair.NW_CTYPE, cs.id, n.id, () -> cs.s + "..." + n.w + "-NW_CTYPE|C"));
                out.add(pair(Pair.PCTYPE, ps.id, cs.id, () -> ps.s + "..." + cs.s + "-PCTYPE|C"));
                out.add(pair(Pair.CNTYPE, cs.id, ns.id, () -> cs.s + "..." + ns.s + "-CNTYPE|C"));
                out.add(pair(Pair.PCNTYPE, ps.id < 0 || cs.id < 0 || ps.id > 0xffff || cs.id > 0xffff ? -1 : ps.id << 16 | cs.id,
                        ns.id, () -> ps.s + "..." + cs.s + "..." + ns.s + "-PCNTYPE|C"));
            }
        }
        if (f.useLastRealWord && p.w.length() <= 3) {
            Word p2 = s.word(loc - 2);
            out.add(pair(Pair.PPW_CTYPE, p2.id, cs.id, () -> p2.w + "..." + cs.s + "-PPW_CTYPE|C"));
        }
        if (f.useNextRealWord && n.w.length() <= 3) {
            Word n2 = s.word(loc + 2);
            out.add(pair(Pair.NNW_CTYPE, n2.id, cs.id, () -> n2.w + "..." + cs.s + "-NNW_CTYPE|C"));
        }
        if (f.useOccurrencePatterns) {
            occurrencePatterns(s, loc, out);
        }
        if (f.useDisjunctive) {
            for (int i = 1; i <= f.disjunctionWidth; i++) {
                out.add(s.word(loc + i).disjunctiveNext);
                out.add(s.word(loc - i).disjunctivePrev);
            }
        }
    }

    /** CoreNLP's tests of other occurrences of a capitalised word in the sentence. */
    private void occurrencePatterns(Sentence s, int loc, List<Feat> out) {
        String word = s.word(loc).w;
        String nWord = s.word(loc + 1).w;
        String pWord = s.word(loc - 1).w;
        if (!(isNameCase(word) && noUpperCase(nWord) && hasLetter(nWord) && hasLetter(pWord) && loc - 1 >= 0)) {
            out.add(constant("NO-OCCURRENCE-PATTERN|C"));
            return;
        }
        boolean namePair = named(s, loc - 1);
        // The following occurrences first, then the earlier ones, as CoreNLP looks.
        for (int dir : new int[] {1, -1}) {
            String side = dir > 0 ? "NEXT" : "PREV";
            for (int jump = 3 * dir; Math.abs(jump) < 150; jump += dir) {
                if (!s.word(loc + jump).w.equals(word)) {
                    continue;
                }
                String pattern;
                if (namePair) {
                    pattern = "XY-" + side + "-OCCURRENCE-" + (s.word(loc + jump - 1).w.equals(pWord) ? "XY" : "Y");
                } else if (named(s, loc + jump - dir)) {
                    pattern = "X-" + side + "-OCCURRENCE-YX";
                } else if (named(s, loc + jump + dir)) {
                    pattern = "X-" + side + "-OCCURRENCE-XY";
                } else {
                    pattern = "X-" + side + "-OCCURRENCE-X";
                }
                out.add(constant(pattern + "|C"));
            }
        }
    }

    /** Whether the token at a position is a capitalised name tagged NNP. */
    private static boolean named(Sentence s, int i) {
        return isNameCase(s.word(i).w) && "NNP".equals(s.tag(i));
    }

    /** The features CoreNLP's {@code featuresCpC} adds for these flags, in its order. */
    private void featuresCpC(Sentence s, int loc, List<Feat> out) {
        Word c = s.word(loc);
        Word p = s.word(loc - 1);
        Shape cs = s.shape(loc);
        Shape ps = s.shape(loc - 1);
        boolean shapes = f.wordShape > WordShapeClassifier.NOWORDSHAPE || f.useShapeStrings;
        if (f.usePrev && f.useSequences && f.usePrevSequences) {
            out.add(constant("PSEQ|CpC"));
            out.add(c.sequenceWord);
            out.add(pair(Pair.PSEQW2, p.id, c.id, () -> p.w + "-" + c.w + "-PSEQW2|CpC"));
            out.add(p.sequencePrevWord);
            if (f.useDistSim) {
                out.add(p.sequencePrevDistSim);
                out.add(c.sequenceDistSim);
                out.add(pair(Pair.PSEQPCDS, p.id, c.id, () -> p.distSimString() + "-" + c.distSimString() + "-PSEQpcDS|CpC"));
            }
            if (shapes) {
                out.add(ps.sequencePrev);
                out.add(cs.sequence);
            }
        }
        if (shapes && f.useTypeSeqs && f.useTypeSeqs2) {
            out.add(pair(Pair.TYPES, ps.id, cs.id, () -> ps.s + "-" + cs.s + "-TYPES|CpC"));
        }
        if (f.useTypeySequences) {
            out.add(cs.typey);
            out.add(s.rawShape(loc + 1).typeyNext);
        }
    }

    /** CoreNLP's {@code getWord} of a token with this text: the text through the model's word function. */
    private String normalized(String text) {
        return f.wordFunction == null ? text : f.wordFunction.apply(text);
    }

    /** The distributional cluster CoreNLP's factory gives a word; null for a model without clusters. */
    private String distSim(String word) {
        if (lexicon == null) {
            return null;
        }
        String key = f.casedDistSim ? word : word.toLowerCase();
        if (f.numberEquivalenceDistSim) {
            key = WordShapeClassifier.wordShape(key, WordShapeClassifier.WORDSHAPEDIGITS);
        }
        String cluster = lexicon.get(key);
        return cluster != null ? cluster : f.unknownWordDistSimClass;
    }

    /** The word of a token's text, kept if there is room. */
    private Word lookup(String text) {
        Word known = words.get(text);
        if (known != null) {
            return known;
        }
        String w = normalized(text);
        if (words.size() >= wordLimit) {
            return new Word(this, w, distSim(w), -1);
        }
        return words.computeIfAbsent(text, t -> new Word(this, w, distSim(w), wordIds.getAndIncrement()));
    }

    private Shape shape(String shape) {
        if (shape == null) {
            return nullShape;
        }
        Shape known = shapes.get(shape);
        if (known != null) {
            return known;
        }
        if (shapes.size() >= wordLimit) {
            return new Shape(this, shape, -1);
        }
        return shapes.computeIfAbsent(shape, t -> new Shape(this, t, shapeIds.getAndIncrement()));
    }

    private Feat constant(String feature) {
        Feat known = constants.get(feature);
        return known != null ? known : constants.computeIfAbsent(feature, this::feat);
    }

    /** A feature of two parts, kept by the parts' ids when both have one and there is room. */
    private Feat pair(Pair template, int a, int b, Supplier<String> feature) {
        if (a < 0 || b < 0) {
            return feat(feature.get());
        }
        // Mixed, so that Long's hash (the two halves XORed) does not pile the pairs into few bins.
        long key = ((long) a << 32 | b) * 0x9E3779B97F4A7C15L;
        Map<Long, Feat> cache = pairs.get(template);
        Feat known = cache.get(key);
        if (known != null) {
            return known;
        }
        Feat made = feat(feature.get());
        if (cache.size() < PAIR_LIMIT) {
            cache.putIfAbsent(key, made);
        }
        return made;
    }

    /** A feature string with its number in the model's index; the index's own string when it has one. */
    private Feat feat(String feature) {
        int number = index.delegate.indexOf(feature);
        return new Feat(number >= 0 ? index.delegate.get(number) : feature, number);
    }

    /** CoreNLP's test for a capitalised name: an upper- or title-case letter, then no upper case. */
    private static boolean isNameCase(String str) {
        return str.length() >= 2 && (Character.isUpperCase(str.charAt(0)) || Character.isTitleCase(str.charAt(0)))
                && noUpperCaseFrom(str, 1);
    }

    private static boolean noUpperCase(String str) {
        return !str.isEmpty() && noUpperCaseFrom(str, 0);
    }

    private static boolean noUpperCaseFrom(String str, int from) {
        for (int i = from; i < str.length(); i++) {
            if (Character.isUpperCase(str.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetter(String str) {
        for (int i = 0; i < str.length(); i++) {
            if (Character.isLetter(str.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A feature string (with its clique suffix), its number in the model's index or -1, and
     * its hash as {@code HashMap} spreads it.
     */
    record Feat(String string, int number, int spread) {
        Feat(String string, int number) {
            this(string, number, string.hashCode() ^ string.hashCode() >>> 16);
        }
    }

    /** A word's features, made once; {@code id} is -1 for a word not kept. */
    private static final class Word {
        final String w;
        /** The cluster as {@code get} reads it: null only for the padding. */
        final String ds;
        final int id;
        final Feat distSim;
        final Feat title;
        final Feat word;
        final Feat prevWord;
        final Feat prevDistSim;
        final Feat nextWord;
        final Feat nextDistSim;
        final Feat[] ngrams;
        final Feat disjunctiveNext;
        final Feat disjunctivePrev;
        final Feat sequenceWord;
        final Feat sequencePrevWord;
        final Feat sequencePrevDistSim;
        final Feat sequenceDistSim;

        Word(CachedNerFeatures x, String w, String ds, int id) {
            this.w = w;
            this.ds = ds;
            this.id = id;
            SeqClassifierFlags f = x.f;
            distSim = f.useDistSim ? x.feat(ds + "-DISTSIM|C") : null;
            title = f.useTitle && x.titlePattern.matcher(w).matches() ? x.constant("IS_TITLE|C") : null;
            word = x.feat(w + "-WORD|C");
            prevWord = x.feat(w + "-PW|C");
            prevDistSim = x.feat(ds + "-PDISTSIM|C");
            nextWord = x.feat(w + "-NW|C");
            nextDistSim = x.feat(ds + "-NDISTSIM|C");
            ngrams = f.useNGrams ? ngrams(x, w) : null;
            disjunctiveNext = x.feat(w + "-DISJN|C");
            disjunctivePrev = x.feat(w + "-DISJP|C");
            sequenceWord = x.feat(w + "-PSEQW|CpC");
            sequencePrevWord = x.feat(w + "-PSEQpW|CpC");
            sequencePrevDistSim = x.feat(distSimString() + "-PSEQpDS|CpC");
            sequenceDistSim = x.feat(distSimString() + "-PSEQcDS|CpC");
        }

        /** The cluster as {@code getString} reads it. */
        String distSimString() {
            return ds == null ? "" : ds;
        }

        /** CoreNLP's character n-grams of "<word>", for the flags that reach here. */
        private static Feat[] ngrams(CachedNerFeatures x, String cWord) {
            SeqClassifierFlags f = x.f;
            List<Feat> subs = new ArrayList<>();
            String word = '<' + cWord + '>';
            if (f.noMidNGrams) {
                int max = f.maxNGramLeng >= 0 ? Math.min(f.maxNGramLeng, word.length()) : word.length();
                for (int j = 2; j <= max; j++) {
                    subs.add(x.feat('#' + word.substring(0, j) + "#|C"));
                }
                int start = f.maxNGramLeng >= 0 ? Math.max(0, word.length() - f.maxNGramLeng) : 0;
                for (int i = start; i < word.length() - 1; i++) {
                    subs.add(x.feat('#' + word.substring(i) + "#|C"));
                }
            } else {
                for (int i = 0; i < word.length(); i++) {
                    for (int j = i + 2, max = Math.min(word.length(), i + f.maxNGramLeng); j <= max; j++) {
                        if (f.maxNGramLeng < 0 || j - i <= f.maxNGramLeng) {
                            subs.add(x.feat('#' + word.substring(i, j) + "#|C"));
                        }
                    }
                }
            }
            return subs.toArray(new Feat[0]);
        }
    }

    /** A word shape's features, made once; the raw shape is null for the padding. */
    private static final class Shape {
        /** The shape as {@code getString} reads it. */
        final String s;
        final int id;
        final Feat type;
        final Feat prevType;
        final Feat nextType;
        final Feat sequencePrev;
        final Feat sequence;
        final Feat typey;
        final Feat typeyNext;

        Shape(CachedNerFeatures x, String raw, int id) {
            this.s = raw == null ? "" : raw;
            this.id = id;
            type = x.feat(s + "-TYPE|C");
            prevType = x.feat(s + "-PTYPE|C");
            nextType = x.feat(s + "-NTYPE|C");
            sequencePrev = x.feat(s + "-PSEQpS|CpC");
            sequence = x.feat(s + "-PSEQcS|CpC");
            typey = x.feat(s + "-TPS2|CpC");
            typeyNext = x.feat(raw + "-TNS1|CpC");
        }
    }

    /**
     * One sentence's words, shapes and tags, by position; the padding outside. A token without a
     * shape gets the null shape, which reads as "" where CoreNLP's factory uses {@code getString}
     * and as "null" where it uses {@code get}, as the padding's shape does in the second case only.
     */
    private static final class Sentence {
        final Word[] words;
        final Shape[] shapes;
        final String[] tags;
        final Word pad;
        final Shape padShape;
        final Shape nullShape;

        Sentence(CachedNerFeatures x, List<CoreLabel> tokens) {
            int n = tokens.size();
            words = new Word[n];
            shapes = new Shape[n];
            tags = new String[n];
            for (int i = 0; i < n; i++) {
                CoreLabel token = tokens.get(i);
                words[i] = x.lookup(token.getString(CoreAnnotations.TextAnnotation.class));
                shapes[i] = x.shape(token.get(CoreAnnotations.ShapeAnnotation.class));
                tags[i] = token.getString(CoreAnnotations.PartOfSpeechAnnotation.class);
            }
            pad = x.padWord;
            padShape = x.shape("");
            nullShape = x.nullShape;
        }

        Word word(int i) {
            return i >= 0 && i < words.length ? words[i] : pad;
        }

        /** The shape as {@code getString} reads it: "" for the padding. */
        Shape shape(int i) {
            return i >= 0 && i < shapes.length ? shapes[i] : padShape;
        }

        /** The shape as {@code get} reads it: null for the padding. */
        Shape rawShape(int i) {
            return i >= 0 && i < shapes.length ? shapes[i] : nullShape;
        }

        String tag(int i) {
            return i >= 0 && i < tags.length ? tags[i] : "";
        }
    }

    /**
     * A thread's current sentence, its features at one position, and the numbers the index
     * gives for them next.
     */
    static final class State {
        List<CoreLabel> tokens;
        Sentence sentence;
        final List<Feat> feats = new ArrayList<>();
        String[] expected = new String[256];
        int[] numbers = new int[256];
        int size;
        int next;
        /** Per bin of the first table: its first and last feature, and how many it holds. */
        final int[] first = new int[BINS];
        final int[] last = new int[BINS];
        final int[] counts = new int[BINS];
        /** Per feature: the next feature in its bin, or -1. */
        int[] following = new int[256];

        void begin() {
            size = 0;
            next = 0;
        }

        /** The sentence's words and shapes, or null when CoreNLP's own factory must read it. */
        Sentence sentence(List<CoreLabel> list, CachedNerFeatures x) {
            if (list != tokens) {
                tokens = list;
                sentence = x.prepare(list);
            }
            return sentence;
        }

        /**
         * The known features in the order CoreNLP's {@code HashSet} of the same strings, added
         * in the same order, iterates them; each is expected next by the index.
         *
         * <p>The set is not built: a {@code HashMap} made with capacity 100 has 128 bins, and
         * doubles them once it holds more than three quarters of that; it iterates its bins in
         * order, each bin's entries in the order they came (a resize splits a bin keeping that
         * order). Equal strings fall in one bin, so duplicates are dropped there. A bin of eight
         * or more would become a tree, whose order this does not follow; such a position (rare)
         * goes through a real set.
         */
        List<String> ordered(List<Feat> feats) {
            int n = feats.size();
            if (following.length < n) {
                following = new int[Math.max(n, 2 * following.length)];
            }
            Arrays.fill(first, -1);
            Arrays.fill(counts, 0);
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                Feat feat = feats.get(i);
                int bin = feat.spread() & (BINS - 1);
                boolean seen = false;
                for (int j = first[bin]; j >= 0 && !seen; j = following[j]) {
                    Feat other = feats.get(j);
                    seen = other == feat || other.spread() == feat.spread() && other.string().equals(feat.string());
                }
                if (seen) {
                    continue;
                }
                following[i] = -1;
                if (first[bin] < 0) {
                    first[bin] = i;
                } else {
                    following[last[bin]] = i;
                }
                last[bin] = i;
                if (++counts[bin] >= 8) {
                    return throughSet(feats);
                }
                distinct++;
            }
            int bins = BINS;
            while (distinct > bins * 3 / 4) {
                bins *= 2;
            }
            List<String> out = new ArrayList<>(distinct);
            for (int bin = 0; bin < bins; bin++) {
                for (int i = first[bin & (BINS - 1)]; i >= 0; i = following[i]) {
                    Feat feat = feats.get(i);
                    if ((feat.spread() & (bins - 1)) == bin) {
                        expect(feat, out);
                    }
                }
            }
            return out;
        }

        /** The same order from a real {@code HashMap}, for positions the shortcut does not cover. */
        private List<String> throughSet(List<Feat> feats) {
            Map<String, Feat> set = new HashMap<>(SET_CAPACITY);
            for (Feat feat : feats) {
                set.putIfAbsent(feat.string(), feat);
            }
            List<String> out = new ArrayList<>(set.size());
            for (Feat feat : set.values()) {
                expect(feat, out);
            }
            return out;
        }

        /** Lists a known feature and queues its number for the index. */
        private void expect(Feat feat, List<String> out) {
            if (feat.number() < 0) {
                return;
            }
            out.add(feat.string());
            if (size == expected.length) {
                expected = Arrays.copyOf(expected, size * 2);
                numbers = Arrays.copyOf(numbers, size * 2);
            }
            expected[size] = feat.string();
            numbers[size++] = feat.number();
        }
    }

    /**
     * Sets the clusters on the tokens as CoreNLP's factory does, and returns the sentence, or
     * null if the tokens carry annotations these templates do not read.
     */
    private Sentence prepare(List<CoreLabel> tokens) {
        if (tokens.isEmpty() || tokens.get(0).get(CoreAnnotations.DomainAnnotation.class) != null) {
            return null;
        }
        for (CoreLabel token : tokens) {
            if (token.get(CoreAnnotations.StackedNamedEntityTagAnnotation.class) != null
                    || token.containsKey(CoreAnnotations.DistSimAnnotation.class)) {
                return null;
            }
        }
        Sentence sentence = new Sentence(this, tokens);
        if (f.useDistSim) {
            for (int i = 0; i < tokens.size(); i++) {
                tokens.get(i).set(CoreAnnotations.DistSimAnnotation.class, sentence.words[i].ds);
            }
        }
        return sentence;
    }

    /**
     * The model's feature index, answering the classifier's lookups of the features just
     * listed from the list, and any other from the model's own index.
     */
    private static final class Index implements edu.stanford.nlp.util.Index<String> {
        final edu.stanford.nlp.util.Index<String> delegate;
        private final ThreadLocal<State> states;

        Index(edu.stanford.nlp.util.Index<String> delegate, ThreadLocal<State> states) {
            this.delegate = delegate;
            this.states = states;
        }

        @Override
        public int indexOf(String o) {
            State state = states.get();
            if (state.next < state.size && state.expected[state.next] == o) {
                return state.numbers[state.next++];
            }
            return delegate.indexOf(o);
        }

        @Override
        public int size() {
            return delegate.size();
        }

        @Override
        public String get(int i) {
            return delegate.get(i);
        }

        @Override
        public int addToIndex(String o) {
            return delegate.addToIndex(o);
        }

        @Override
        @Deprecated
        public int indexOf(String o, boolean add) {
            return delegate.indexOf(o, add);
        }

        @Override
        public List<String> objectsList() {
            return delegate.objectsList();
        }

        @Override
        public java.util.Collection<String> objects(int[] indices) {
            return delegate.objects(indices);
        }

        @Override
        public boolean isLocked() {
            return delegate.isLocked();
        }

        @Override
        public void lock() {
            delegate.lock();
        }

        @Override
        public void unlock() {
            delegate.unlock();
        }

        @Override
        public void saveToWriter(java.io.Writer out) throws java.io.IOException {
            delegate.saveToWriter(out);
        }

        @Override
        public void saveToFilename(String s) {
            delegate.saveToFilename(s);
        }

        @Override
        public boolean contains(Object o) {
            return delegate.contains(o);
        }

        @Override
        public boolean add(String e) {
            return delegate.add(e);
        }

        @Override
        public boolean addAll(java.util.Collection<? extends String> c) {
            return delegate.addAll(c);
        }

        @Override
        public void clear() {
            delegate.clear();
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return delegate.iterator();
        }

        @Override
        public String toString() {
            return delegate.toString();
        }
    }
}
