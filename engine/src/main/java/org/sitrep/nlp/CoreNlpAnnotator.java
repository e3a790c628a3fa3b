package org.sitrep.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.FastViterbiClassifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CachedNerFeatures;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.tagger.maxent.CachedScoresTagger;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.DeferredList;
import org.sitrep.model.Dependency;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Problem;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeMention;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.Stage;

/**
 * Stanford CoreNLP behind one adapter: sentences, tokens, lemmas, POS tags, named entities and
 * Universal Dependencies parses. SUTime does not run (its rules cost more than half of the NLP
 * stage, issue 7): time expressions come from {@link TimeTagger}, which the nlp stage runs after
 * this adapter and which replaces whatever time labels and mentions the annotations carry.
 *
 * <p>Seven of CoreNLP's steps run here in a cheaper form with the same output (checked by
 * {@code CoreNlpEquivalenceIT}): sentences are split by {@link SentenceSplitter} and entity
 * mentions made by {@link EntityChunks}, whose small methods the JIT compiles in milliseconds
 * where CoreNLP's took it seconds; CoreNLP's POS tagger model runs in {@link CachedScoresTagger},
 * which keeps feature scores across sentences; its lemmatiser runs once per word and tag
 * ({@link CachedLemmas}); CoreNLP's NER models get their features from
 * {@link CachedNerFeatures}, which builds and looks up each feature once per word, shape or pair
 * of them, and are decoded by {@link FastViterbiClassifier}, which normalises each row of their
 * scores once; the fine-grained entity types come from
 * {@link FineNerLists}; and CoreNLP's parser network runs in {@link ArcStandardParser}, which
 * builds only the enhanced++ graph the record reads. A sentence is parsed when an extractor first
 * reads its parse ({@link DeferredList}): on the dev sets, a third of the sentences never are.
 *
 * <p>Thread-safe: CoreNLP's annotators and our parser keep no per-document state, so one
 * instance (one set of loaded models) serves every thread of the process. Build it once with
 * {@link #shared(NlpSettings)}.
 */
public final class CoreNlpAnnotator implements Stage<Article, AnnotatedArticle> {

    private static volatile CoreNlpAnnotator shared;

    /** Words whose tagger scores are kept, about 500 bytes each. */
    private static final int TAGGER_WORDS = 50_000;
    /** Pairs of word and tag whose lemma is kept, about 150 bytes each. */
    private static final int LEMMA_PAIRS = 100_000;
    /** Words whose NER features are kept, per model, about 2 KB each. */
    private static final int NER_WORDS = 40_000;

    private final StanfordCoreNLP beforeTags;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final CachedScoresTagger tagger;
    private final StanfordCoreNLP afterTags;
    private final CachedLemmas lemmas;
    private final NERCombinerAnnotator ner;
    /** The NER models' feature caches, one per model that qualifies for them. */
    private final List<CachedNerFeatures> nerFeatures = new ArrayList<>();
    private final ArcStandardParser parser;
    private final FineNerLists fineNer;
    private final EntityChunks mentions;
    private final NlpSettings settings;
    private final LongAdder[] stepNanos = Stream.generate(LongAdder::new).limit(STEPS.size()).toArray(LongAdder[]::new);

    public CoreNlpAnnotator(NlpSettings settings) {
        this.settings = settings;
        List<String> annotators = new ArrayList<>(settings.annotators());
        // The parser runs below, not as CoreNLP's annotator, which builds five graphs per sentence
        // where the record reads one.
        boolean parse = annotators.remove("depparse");
        // Sentences are split below (SentenceSplitter), not by CoreNLP's tokenizer or its "ssplit".
        annotators.remove("ssplit");
        // The tagger runs between CoreNLP's steps before "pos" and those after it (issue 7).
        int pos = annotators.indexOf("pos");
        boolean ner = annotators.contains("ner");
        // The lemma step runs below, each word and tag's lemma made once (CachedLemmas).
        boolean lemma = pos >= 0 && annotators.indexOf("lemma") > pos;
        // The name lists and the parser's model load on threads of their own while CoreNLP loads its models.
        Executor ownThread = task -> new Thread(task, "sitrep-nlp-load").start();
        CompletableFuture<FineNerLists> lists = ner ? CompletableFuture.supplyAsync(FineNerLists::new, ownThread) : null;
        CompletableFuture<ParserModel> model = parse ? CompletableFuture.supplyAsync(ParserModel::new, ownThread) : null;
        // NER runs below, not through CoreNLP's pool of annotators, so that its models are this
        // instance's own when their feature extraction is replaced.
        annotators.remove("ner");
        if (lemma) {
            annotators.remove("lemma");
        }
        this.beforeTags = new StanfordCoreNLP(properties(pos < 0 ? annotators : annotators.subList(0, pos), settings));
        // Requirements are not checked: the steps after the tagger find the tags it set.
        this.afterTags = pos < 0 || pos == annotators.size() - 1 ? null
                : new StanfordCoreNLP(properties(annotators.subList(pos + 1, annotators.size()), settings), false);
        this.lemmas = lemma ? new CachedLemmas(LEMMA_PAIRS) : null;
        this.ner = ner ? nerAnnotator(settings, nerFeatures) : null;
        this.tagger = pos < 0 ? null : new CachedScoresTagger(new MaxentTagger(DefaultPaths.DEFAULT_POS_MODEL), TAGGER_WORDS);
        this.fineNer = ner ? lists.join() : null;
        this.mentions = ner ? new EntityChunks() : null;
        this.parser = parse ? new ArcStandardParser(model.join(), settings.parserCacheSize()) : null;
    }

    /**
     * CoreNLP's NER annotator, each of its CRF models extracting features through {@link
     * CachedNerFeatures} and decoded by {@link FastViterbiClassifier} where the model qualifies.
     */
    private static NERCombinerAnnotator nerAnnotator(NlpSettings settings, List<CachedNerFeatures> installed) {
        NERCombinerAnnotator annotator;
        try {
            annotator = new NERCombinerAnnotator(properties(List.of("ner"), settings));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load CoreNLP's NER models", e);
        }
        List<AbstractSequenceClassifier<CoreLabel>> models = models(annotator);
        for (int i = 0; i < models.size(); i++) {
            if (models.get(i) instanceof CRFClassifier<CoreLabel> crf) {
                if (CachedNerFeatures.install(crf, NER_WORDS)) {
                    installed.add((CachedNerFeatures) crf.featureFactories.get(0));
                }
                if (FastViterbiClassifier.supports(crf)) {
                    models.set(i, new FastViterbiClassifier(crf));
                }
            }
        }
        return annotator;
    }

    /**
     * The annotator's models, as the list it labels with (CoreNLP offers no accessor): its
     * classifier combiner's base classifiers.
     */
    @SuppressWarnings("unchecked")
    private static List<AbstractSequenceClassifier<CoreLabel>> models(NERCombinerAnnotator annotator) {
        try {
            Field ner = NERCombinerAnnotator.class.getDeclaredField("ner");
            ner.setAccessible(true);
            Field base = ClassifierCombiner.class.getDeclaredField("baseClassifiers");
            base.setAccessible(true);
            return (List<AbstractSequenceClassifier<CoreLabel>>) base.get(ner.get(annotator));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's NER annotator has changed: " + e.getMessage(), e);
        }
    }

    /** CoreNLP's settings for some of its steps, as this adapter runs them. */
    static Properties properties(List<String> annotators, NlpSettings settings) {
        Properties props = new Properties();
        props.setProperty("annotators", String.join(",", annotators));
        // One paragraph per line in our cleaned text: a line break always ends a sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        props.setProperty("tokenize.ssplit", "false");
        props.setProperty("ner.model", String.join(",", settings.nerModels()));
        // TimeTagger finds the time expressions, far cheaper than SUTime's rules.
        props.setProperty("ner.useSUTime", "false");
        // CoreNLP's fine-grained types and entity mentions come after, from FineNerLists.
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        return props;
    }

    /**
     * The process-wide annotator, built on first use with the given settings; later calls get
     * the same instance whatever settings they pass.
     */
    public static CoreNlpAnnotator shared(NlpSettings settings) {
        CoreNlpAnnotator local = shared;
        if (local == null) {
            synchronized (CoreNlpAnnotator.class) {
                local = shared;
                if (local == null) {
                    local = new CoreNlpAnnotator(settings);
                    shared = local;
                }
            }
        }
        return local;
    }

    @Override
    public String name() {
        return "nlp";
    }

    @Override
    public Outcome<AnnotatedArticle> apply(Article article) {
        List<Problem> problems = new ArrayList<>();
        Annotation annotation = new Annotation(AcronymShield.shield(article.text(), settings.shieldedAcronyms()));
        if (article.published() != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class,
                    article.published().format(DateTimeFormatter.ISO_LOCAL_DATE));
        } else {
            problems.add(new Problem(name(), "time.unanchored",
                    article.id() + ": no publication date; relative dates stay unresolved"));
        }
        long t0 = System.nanoTime();
        beforeTags.annotate(annotation);
        splitter.split(annotation);
        long t1 = System.nanoTime();
        if (tagger != null) {
            tag(annotation);
        }
        long t2 = System.nanoTime();
        if (lemmas != null) {
            lemmas.annotate(annotation);
        }
        if (afterTags != null) {
            afterTags.annotate(annotation);
        }
        if (ner != null) {
            ner.annotate(annotation);
        }
        long t3 = System.nanoTime();
        if (fineNer != null) {
            for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                fineNer.annotate(sentence.get(CoreAnnotations.TokensAnnotation.class));
            }
            mentions.annotate(annotation);
        }
        long t4 = System.nanoTime();
        stepNanos[0].add(t1 - t0);
        stepNanos[1].add(t2 - t1);
        stepNanos[2].add(t3 - t2);
        stepNanos[3].add(t4 - t3);
        CoreDocument document = new CoreDocument(annotation);
        List<Sentence> sentences = new ArrayList<>();
        int skipped = 0;
        for (CoreSentence cs : document.sentences()) {
            Sentence s = convert(sentences.size(), cs, article.text());
            if (s.dependencies().isEmpty() && s.tokens().size() > 1) {
                skipped++;
            }
            sentences.add(s);
        }
        stepNanos[6].add(System.nanoTime() - t4);
        if (skipped > 0) {
            problems.add(new Problem(name(), "nlp.unparsed-sentences",
                    article.id() + ": " + skipped + " sentence(s) too long or odd to parse; tagged only"));
        }
        return Outcome.ok(new AnnotatedArticle(article, sentences, problems), problems);
    }

    /**
     * CoreNLP's POS tags from {@link CachedScoresTagger}; like CoreNLP's annotator, it leaves a
     * sentence more than twice as long as the parser takes tagged "X".
     */
    private void tag(Annotation annotation) {
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            String[] tags = tokens.size() <= 2 * settings.maxSentenceTokens() ? tagger.tag(tokens) : null;
            for (int i = 0; i < tokens.size(); i++) {
                tokens.get(i).set(CoreAnnotations.PartOfSpeechAnnotation.class, tags == null ? "X" : tags[i]);
            }
        }
    }

    /**
     * The sentence's enhanced++ graph, as a list parsed when an extractor first reads it ({@link
     * DeferredList}); none for a sentence too long to parse. Without sitrep's parser, whatever
     * graph CoreNLP's own annotators made.
     */
    private List<Dependency> dependencies(CoreSentence cs) {
        if (parser == null) {
            return dependencies(cs.dependencyParse());
        }
        List<CoreLabel> tokens = cs.tokens();
        return tokens.size() > settings.maxSentenceTokens() ? List.of() : new DeferredList<>(() -> parse(tokens));
    }

    /** The basic UD parse of a sentence, converted to the enhanced++ graph the record reads. */
    private List<Dependency> parse(List<CoreLabel> tokens) {
        long t0 = System.nanoTime();
        GrammaticalStructure gs = parser.parse(tokens);
        long t1 = System.nanoTime();
        SemanticGraph graph = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                GrammaticalStructure.Extras.NONE, null);
        stepNanos[4].add(t1 - t0);
        stepNanos[5].add(System.nanoTime() - t1);
        return dependencies(graph);
    }

    private Sentence convert(int index, CoreSentence cs, String text) {
        List<CoreLabel> labels = cs.tokens();
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String original = text.substring(l.beginPosition(), l.endPosition());
            boolean shielded = !original.equals(l.originalText());
            String word = shielded ? original : l.word();
            tokens.add(new Token(i, word, shielded ? original : nonNull(l.lemma(), word), nonNull(l.tag(), "X"),
                    nonNull(l.ner(), "O"), l.beginPosition(), l.endPosition()));
        }
        int begin = tokens.isEmpty() ? 0 : tokens.get(0).start();
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        return new Sentence(index, new Span(begin, end), text.substring(begin, end), tokens,
                dependencies(cs), entities(index, cs, labels, text), times(index, cs, labels));
    }

    private static List<Dependency> dependencies(SemanticGraph graph) {
        if (graph == null) {
            return List.of();
        }
        List<Dependency> deps = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            deps.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                    e.getRelation().toString()));
        }
        return deps;
    }

    private static List<EntityMention> entities(int sentence, CoreSentence cs, List<CoreLabel> labels, String text) {
        List<EntityMention> out = new ArrayList<>();
        List<CoreEntityMention> mentions = cs.entityMentions();
        if (mentions == null) {
            return out;
        }
        for (CoreEntityMention m : mentions) {
            if (isTime(m.entityType()) || isPronoun(m)) {
                continue;
            }
            int first = position(labels, m.tokens().get(0));
            int last = first + m.tokens().size();
            int start = m.charOffsets().first();
            int end = m.charOffsets().second();
            out.add(new EntityMention(text.substring(start, end), m.entityType(), sentence, first, last, new Span(start, end)));
        }
        return out;
    }

    /**
     * Where a mention's token stands in its sentence. Found by identity: the mention holds the
     * sentence's own tokens, and a token's {@code equals} compares all its annotations in depth.
     */
    private static int position(List<CoreLabel> labels, CoreLabel token) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i) == token) {
                return i;
            }
        }
        return labels.indexOf(token);
    }

    private static List<TimeMention> times(int sentence, CoreSentence cs, List<CoreLabel> labels) {
        List<TimeMention> out = new ArrayList<>();
        List<CoreEntityMention> mentions = cs.entityMentions();
        if (mentions == null) {
            return out;
        }
        for (CoreEntityMention m : mentions) {
            if (!isTime(m.entityType())) {
                continue;
            }
            CoreMap core = m.coreMap();
            Timex timex = core.get(TimeAnnotations.TimexAnnotation.class);
            String value = timex != null ? timex.value() : null;
            if (value == null) {
                value = m.tokens().get(0).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            }
            int first = position(labels, m.tokens().get(0));
            out.add(new TimeMention(m.text(), m.entityType(), value, sentence, first, first + m.tokens().size(),
                    new Span(m.charOffsets().first(), m.charOffsets().second())));
        }
        return out;
    }

    /** CoreNLP makes entity mentions of pronouns ("his", "he") when it guesses their gender. */
    private static boolean isPronoun(CoreEntityMention m) {
        return m.tokens().stream().allMatch(t -> t.tag() != null && t.tag().startsWith("PRP"));
    }

    private static boolean isTime(String type) {
        return "DATE".equals(type) || "TIME".equals(type) || "DURATION".equals(type) || "SET".equals(type);
    }

    private static String nonNull(String s, String fallback) {
        return s == null ? fallback : s;
    }

    /**
     * The adapter's steps, in the order of {@link #stepNanos()}; a sentence is parsed when the
     * extract stage first reads its parse, so the parse steps' time falls within that stage.
     */
    public static final List<String> STEPS = List.of("nlp: tokens", "nlp: tags", "nlp: lemmas, NER",
            "nlp: fine entity types", "nlp: parse (in extract)", "nlp: enhanced++ graphs (in extract)",
            "nlp: to sitrep's sentences");

    /**
     * Forgets every word the caches of the tagger, lemmas, NER features, name lists and parser
     * have met, so that the next articles' words all go through the paths of unseen words. For a
     * benchmark whose warm-up repeats its articles: on its second pass every word would be found,
     * and the code for new words would stay cold until the timed articles, unlike in a live feed.
     * Not to be called while articles are annotated.
     */
    public void forgetWords() {
        if (tagger != null) {
            tagger.forgetWords();
        }
        if (lemmas != null) {
            lemmas.forgetWords();
        }
        nerFeatures.forEach(CachedNerFeatures::forgetWords);
        if (fineNer != null) {
            fineNer.forgetWords();
        }
        if (parser != null) {
            parser.forgetWords();
        }
    }

    /** Nanoseconds spent so far in each of {@link #STEPS}, summed over all threads. */
    public long[] stepNanos() {
        long[] sums = new long[stepNanos.length];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = stepNanos[i].sum();
        }
        return sums;
    }

    /** The settings this annotator was built with. */
    public NlpSettings settings() {
        return settings;
    }
}
