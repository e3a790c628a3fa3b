package org.sitrep.eval;

import java.nio.file.Path;

/**
 * Gives the predicted record of one gold document: extracted from its article, or read from a
 * earlier run. Must not throw for bad input; implementations say whether they are thread-safe.
 */
@FunctionalInterface
public interface Predictor {

    /**
     * @param id      the gold record's base name, which the prediction must carry as its id
     * @param article the article file, or null when the dataset has none for this id
     */
    Prediction predict(String id, Path article);
}
