package org.sitrep.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;
import org.sitrep.model.Problem;
import org.sitrep.model.SitrepRecord;
import org.sitrep.pipeline.Outcome;

/**
 * What one input became: the rows of each table, or a problem. Immutable.
 *
 * @param article the article's row, or null when the input failed
 */
record Extracted(Row article, List<Row> actors, List<Row> places, List<Row> events, List<Row> quotes,
                 List<Row> problems) implements Serializable {

    /** Runs one piece through this executor's pipeline; a bad input becomes a problem row. */
    static Extracted of(Piece piece) {
        if (piece.isFailed()) {
            return failed(piece.problem());
        }
        ExecutorPipeline engine = ExecutorPipeline.get();
        Outcome<SitrepRecord> out;
        try {
            out = engine.extraction.apply(piece.raw());
        } catch (RuntimeException e) {
            return failed(new Problem("ingest", "internal.error", piece.name() + ": " + e));
        }
        if (out instanceof Outcome.Rejected<SitrepRecord> rejected) {
            return failed(rejected.reason());
        }
        SitrepRecord r = ((Outcome.Ok<SitrepRecord>) out).value();
        return new Extracted(Tables.article(r, piece.name()), Tables.actors(r), Tables.places(r),
                engine.eventRows.of(r).stream().map(Tables::event).toList(), Tables.quotes(r), List.of());
    }

    private static Extracted failed(Problem p) {
        return new Extracted(null, List.of(), List.of(), List.of(), List.of(), List.of(Tables.problem(p)));
    }
}
