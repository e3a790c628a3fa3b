package org.sitrep.eval;

import java.util.List;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.sitrep.model.Problem;

/**
 * The outcome of one evaluation run: counts of documents, the problems met, the scores of every
 * document and their totals, summed over documents (micro average) part by part. For a web-page
 * set only {@code body} is set. Immutable.
 *
 * @param gold    gold documents found
 * @param skipped gold documents not scored (no article, unreadable gold)
 * @param failed  scored documents whose prediction is missing, scored as an empty record
 * @param body    the page-body metric, or null for record sets
 */
public record EvalReport(String source, int gold, int skipped, int failed, List<Problem> problems,
                         List<DocumentScore> documents, BodyScore body) {

    public EvalReport {
        problems = List.copyOf(problems);
        documents = List.copyOf(documents);
    }

    public int scored() {
        return body != null ? body.pages().size() : documents.size();
    }

    /** How many documents annotate a part. */
    public int documents(Part part) {
        if (part == Part.BODY) {
            return body == null ? 0 : body.pages().size();
        }
        return (int) documents.stream().filter(d -> d.parts().contains(part)).count();
    }

    public ArticleScore article() {
        return sum(DocumentScore::article, ArticleScore.NONE, ArticleScore::plus);
    }

    public Score actors() {
        return sum(DocumentScore::actors, Score.NONE, Score::plus);
    }

    public PlaceScore places() {
        return sum(DocumentScore::places, PlaceScore.NONE, PlaceScore::plus);
    }

    public EventScore events() {
        return sum(DocumentScore::events, EventScore.NONE, EventScore::plus);
    }

    public QuoteScore quotes() {
        return sum(DocumentScore::quotes, QuoteScore.NONE, QuoteScore::plus);
    }

    public AcledScore acled() {
        return sum(DocumentScore::acled, AcledScore.NONE, AcledScore::plus);
    }

    private <T> T sum(Function<DocumentScore, T> part, T zero, BinaryOperator<T> plus) {
        return documents.stream().map(part).filter(Objects::nonNull).reduce(zero, plus);
    }
}
