package edu.stanford.nlp.ie;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ie.crf.FactorTable;
import edu.stanford.nlp.ie.crf.TestSequenceModel;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.sequences.DocumentReaderAndWriter;
import edu.stanford.nlp.sequences.ExactBestSequenceFinder;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.sequences.SequenceModel;
import edu.stanford.nlp.util.CoreMap;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

/**
 * Part of sitrep, not of CoreNLP: labels sentences with a loaded first-order CRF model as
 * {@code CRFClassifier} does (its preprocessing, features, clique tree, Viterbi search and label
 * probabilities, with the same arithmetic), only faster in the search. It lives in CoreNLP's
 * package because it shares the model's set of known lower-case words (which the word shapes
 * read), a protected field there.
 *
 * <p>CoreNLP's search asks, for every position and previous label, the score of each label;
 * each answer normalises the factor table's row over all labels again, so a row of n labels is
 * normalised n times (n exponentials each). Here each row is normalised once per question, with
 * CoreNLP's own {@code ArrayMath.logSum} over the same values in the same order, and the labels
 * read from it: the same scores to the bit, so the same labels (issue 7).
 */
public final class FastViterbiClassifier extends AbstractSequenceClassifier<CoreLabel> {

    private final CRFClassifier<CoreLabel> crf;

    /** Wraps a model that {@link #supports} accepts; it keeps learning known words as the model would. */
    public FastViterbiClassifier(CRFClassifier<CoreLabel> crf) {
        // Default flags first: the model's own would make the constructor load its resources again.
        super(new SeqClassifierFlags());
        if (!supports(crf)) {
            throw new IllegalArgumentException("FastViterbiClassifier needs a first-order CRF model decoded by Viterbi");
        }
        this.crf = crf;
        this.flags = crf.flags;
        this.classIndex = crf.classIndex;
        this.windowSize = crf.windowSize;
        this.featureFactories = crf.featureFactories;
        this.knownLCWords = crf.knownLCWords;
    }

    /**
     * Whether CoreNLP would label with this model through the path written here: exact Viterbi
     * over a first-order model, no label dictionary, no reversal, CoreNLP's plain token factory.
     */
    public static boolean supports(CRFClassifier<CoreLabel> crf) {
        SeqClassifierFlags f = crf.flags;
        return !f.doGibbs && "maxent".equalsIgnoreCase(f.crfType)
                && (f.inferenceType == null || "viterbi".equalsIgnoreCase(f.inferenceType))
                && f.labelDictionaryCutoff <= 0 && !f.useReverse && crf.windowSize == 2
                && (f.tokenFactory == null || f.tokenFactory.equals(CoreLabelTokenFactory.class.getName()));
    }

    @Override
    public List<CoreLabel> classify(List<CoreLabel> document) {
        if (document.isEmpty()) {
            return document;
        }
        CRFCliqueTree<String> tree = crf.getCliqueTree(crf.documentToDataAndLabels(document));
        TestSequenceModel model = new TestSequenceModel(tree);
        int[] best = new ExactBestSequenceFinder().bestSequence(new RowScores(model, tree));
        for (int j = 0; j < document.size(); j++) {
            CoreLabel token = document.get(j);
            String guess = classIndex.get(best[j + windowSize - 1]);
            token.set(CoreAnnotations.AnswerAnnotation.class, guess);
            token.set(CoreAnnotations.AnswerProbAnnotation.class, model.labelProb(j, classIndex.indexOf(guess)));
        }
        return document;
    }

    @Override
    public void train(Collection<List<CoreLabel>> docs, DocumentReaderAndWriter<CoreLabel> readerAndWriter) {
        throw new UnsupportedOperationException("a decoder of a trained model");
    }

    @Override
    public void serializeClassifier(String serializePath) {
        throw new UnsupportedOperationException("a decoder of a loaded model; serialize the model itself");
    }

    @Override
    public void serializeClassifier(ObjectOutputStream oos) {
        throw new UnsupportedOperationException("a decoder of a loaded model; serialize the model itself");
    }

    @Override
    public void loadClassifier(ObjectInputStream in, Properties props) {
        throw new UnsupportedOperationException("a decoder of a loaded model");
    }

    @Override
    public List<CoreLabel> classifyWithGlobalInformation(List<CoreLabel> tokenSeq, CoreMap document, CoreMap sentence) {
        return classify(tokenSeq);
    }

    /** CoreNLP's test-time sequence model, scoring each position's labels from one normalisation of the row. */
    private static final class RowScores implements SequenceModel {
        private final TestSequenceModel model;
        private final FactorTable[] tables;
        private final int window;

        RowScores(TestSequenceModel model, CRFCliqueTree<String> tree) {
            this.model = model;
            this.tables = tree.getFactorTables();
            this.window = tree.window();
        }

        @Override
        public int length() {
            return model.length();
        }

        @Override
        public int leftWindow() {
            return model.leftWindow();
        }

        @Override
        public int rightWindow() {
            return model.rightWindow();
        }

        @Override
        public int[] getPossibleValues(int position) {
            return model.getPossibleValues(position);
        }

        @Override
        public double scoreOf(int[] tags, int pos) {
            return model.scoreOf(tags, pos);
        }

        @Override
        public double scoreOf(int[] sequence) {
            return model.scoreOf(sequence);
        }

        /** As {@code FactorTable.conditionalLogProbGivenPrevious} for each label: the row's value less its log-sum. */
        @Override
        public double[] scoresOf(int[] tags, int pos) {
            // A first-order model (supports): one previous label, at the row's position.
            int realPos = pos - window + 1;
            FactorTable table = tables[realPos];
            int n = table.numClasses();
            int start = tags[realPos] * n;
            double[] row = new double[n];
            for (int i = 0; i < n; i++) {
                row[i] = table.getValue(start + i);
            }
            double z = ArrayMath.logSum(row, 0, n);
            int[] labels = model.getPossibleValues(pos);
            double[] scores = new double[labels.length];
            for (int i = 0; i < labels.length; i++) {
                scores[i] = row[labels[i]] - z;
            }
            return scores;
        }
    }
}
