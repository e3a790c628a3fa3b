package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.json.RecordJson;
import org.sitrep.model.Problem;
import org.sitrep.model.RawInput;
import org.sitrep.model.SitrepRecord;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.Stage;
import org.sitrep.source.ArticleFileReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep extract}: one record per input, as JSON (JSON Lines for several) or a readable report. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read news articles (text or HTML) and print their sitrep/1 records.")
final class ExtractCommand implements Callable<Integer> {

    enum Format { json, text }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", description = "json or text (default: text on a terminal, JSON when piped)")
    Format format;

    @Option(names = "--published", description = "Publication date/time (ISO), overriding what the article says")
    String published;

    @Option(names = "--id", description = "Article id (only with a single input); default: a hash of the input")
    String id;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files, or - for standard input")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (id != null && inputs.size() > 1) {
            err.println("sitrep extract: --id names one article, but " + inputs.size() + " inputs were given");
            return ExitCodes.USAGE;
        }
        LocalDateTime when;
        try {
            when = parsePublished(published);
        } catch (DateTimeParseException e) {
            err.println("sitrep extract: --published: not an ISO date or date-time: " + published);
            return ExitCodes.USAGE;
        }
        Format fmt = format != null ? format : (Terminal.stdoutIsTerminal() ? Format.text : Format.json);
        Stage<RawInput, SitrepRecord> pipeline = Pipelines.extraction();
        int failed = 0;
        for (String name : inputs) {
            Outcome<SitrepRecord> outcome;
            try {
                outcome = pipeline.apply(ArticleFileReader.open(name, id, when));
            } catch (IOException e) {
                err.println("sitrep extract: " + name + ": cannot read: " + e.getMessage());
                failed++;
                continue;
            }
            if (outcome instanceof Outcome.Rejected<SitrepRecord> rejected) {
                err.println("sitrep extract: " + rejected.reason());
                failed++;
                continue;
            }
            Outcome.Ok<SitrepRecord> ok = (Outcome.Ok<SitrepRecord>) outcome;
            for (Problem p : ok.warnings()) {
                err.println("sitrep extract: " + (p.detail().startsWith(name) ? "" : name + ": ") + p);
            }
            SitrepRecord record = ok.value();
            if (fmt == Format.text) {
                out.println(TextReport.render(record));
            } else {
                out.println(inputs.size() == 1 ? RecordJson.pretty(record) : RecordJson.line(record));
            }
            out.flush();
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    static LocalDateTime parsePublished(String s) {
        if (s == null) {
            return null;
        }
        return s.length() <= 10 ? LocalDate.parse(s).atStartOfDay() : LocalDateTime.parse(s.replaceFirst("Z$", ""));
    }
}
