package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.eval.Dataset;
import org.sitrep.eval.EvalReport;
import org.sitrep.eval.Evaluation;
import org.sitrep.eval.PageReader;
import org.sitrep.eval.Part;
import org.sitrep.eval.PredictedRecords;
import org.sitrep.eval.Prediction;
import org.sitrep.eval.Predictor;
import org.sitrep.eval.ProgressListener;
import org.sitrep.eval.ReportJson;
import org.sitrep.eval.ReportTable;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.json.RecordJson;
import org.sitrep.model.Article;
import org.sitrep.model.RawInput;
import org.sitrep.model.SitrepRecord;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.Stage;
import org.sitrep.source.ArticleFileReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep eval}: extracts (or reads) records and scores them against gold records, part by part. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score records against gold records with the rules of docs/EVALUATION.md.",
                "DATASET is a folder with gold/ and articles/, or a web-page set with ground-truth.json and html/."})
final class EvalCommand implements Callable<Integer> {

    private static final List<String> ENGINES = List.of("sitrep", "corenlp-quotes");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DATASET", description = "A dataset folder (instead of --gold)")
    Path dataset;

    @Option(names = "--gold", paramLabel = "DIR", description = "Gold records <id>.json")
    Path gold;

    @Option(names = "--articles", paramLabel = "DIR", description = "Articles <id>.txt/.html/.html.gz to extract")
    Path articles;

    @Option(names = "--pred", paramLabel = "DIR", description = "Predicted records <id>.json, or one .jsonl, to score without extracting")
    Path pred;

    @Option(names = "--save", paramLabel = "DIR", description = "Write the extracted records here, for a later --pred run")
    Path save;

    @Option(names = "--nlp-cache", paramLabel = "DIR",
            description = "Keep NLP annotations here and reuse them: quick re-scoring while tuning the extract stage")
    Path nlpCache;

    @Option(names = "--json", description = "Print a machine-readable JSON report")
    boolean json;

    @Option(names = "--details", description = "With --json: add every document's scores")
    boolean details;

    @Option(names = "--engine", paramLabel = "E", split = ",", defaultValue = "sitrep",
            description = "What extracts the records: sitrep (default), corenlp-quotes (CoreNLP's quote annotator, "
                    + "a baseline for quotes); several, comma-separated, are scored one after the other in one run")
    List<String> engines;

    @Option(names = "--part", paramLabel = "P", split = ",",
            description = "Score only these parts: article, actors, places, events, quotes, acled")
    List<String> parts;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Dataset set;
        Set<Part> wanted;
        try {
            set = Dataset.locate(dataset, gold, articles, pred);
            wanted = wanted(parts);
            if (save != null && (pred != null || set instanceof Dataset.PageSet)) {
                throw new IllegalArgumentException("--save keeps extracted records: it needs --articles");
            }
        } catch (IllegalArgumentException e) {
            err.println("sitrep eval: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        for (String engine : engines) {
            if (!ENGINES.contains(engine)) {
                err.println("sitrep eval: --engine: unknown engine '" + engine + "' (known: " + ENGINES + ")");
                return ExitCodes.USAGE;
            }
        }
        for (String engine : engines) {
            ProgressListener progress = Terminal.stdoutIsTerminal() ? new ProgressLine(err, "eval", 0) : ProgressListener.NONE;
            EvalReport report;
            if (set instanceof Dataset.PageSet pages) {
                report = Evaluation.run(pages, EvalCommand::readBody, progress);
            } else {
                Dataset.RecordSet records = (Dataset.RecordSet) set;
                Predictor predictor;
                try {
                    predictor = records.predictions() != null ? PredictedRecords.open(records.predictions())
                            : extractor(engine.equals("sitrep") ? Pipelines.extraction(nlpCache) : Pipelines.coreNlpQuotes());
                } catch (IOException e) {
                    err.println("sitrep eval: cannot read predictions " + records.predictions() + ": " + e.getMessage());
                    return ExitCodes.USAGE;
                }
                if (save != null) {
                    predictor = PredictedRecords.savingTo(engines.size() > 1 ? save.resolve(engine) : save, predictor);
                }
                report = Evaluation.run(records, predictor, wanted, progress);
            }
            if (engines.size() > 1 && !json) {
                out.println("engine: " + engine);
            }
            if (json) {
                out.println(RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(ReportJson.of(report, details)));
            } else {
                out.print(ReportTable.render(report));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static Set<Part> wanted(List<String> names) {
        if (names == null || names.isEmpty()) {
            return EnumSet.allOf(Part.class);
        }
        Set<Part> out = EnumSet.noneOf(Part.class);
        for (String n : names) {
            Part p = Part.of(n.strip());
            if (p == null) {
                throw new IllegalArgumentException("--part: unknown part '" + n + "'");
            }
            out.add(p);
        }
        return out;
    }

    /** A pipeline, loaded once; an article that fails is a failure with its reason, not a crash. */
    private static Predictor extractor(Stage<RawInput, SitrepRecord> pipeline) {
        return (id, article) -> {
            try {
                Outcome<SitrepRecord> o = pipeline.apply(ArticleFileReader.open(article.toString(), id, null));
                if (o instanceof Outcome.Ok<SitrepRecord> ok) {
                    return Prediction.of(RecordJson.toJson(ok.value()));
                }
                return Prediction.failed(((Outcome.Rejected<SitrepRecord>) o).reason().toString());
            } catch (IOException e) {
                return Prediction.failed("cannot read " + article + ": " + e.getMessage());
            } catch (RuntimeException e) {
                return Prediction.failed("internal.error: " + e);
            }
        };
    }

    /** Only the reader runs for web pages: the body metric needs no NLP. */
    private static PageReader.Body readBody(Path page) {
        try {
            Outcome<Article> o = new ArticleReader().apply(ArticleFileReader.open(page.toString(), null, null));
            if (o instanceof Outcome.Ok<Article> ok) {
                return new PageReader.Body(ok.value().text(), null);
            }
            return new PageReader.Body("", ((Outcome.Rejected<Article>) o).reason().toString());
        } catch (IOException e) {
            return new PageReader.Body("", "cannot read " + page + ": " + e.getMessage());
        } catch (RuntimeException e) {
            return new PageReader.Body("", "internal.error: " + e);
        }
    }
}
