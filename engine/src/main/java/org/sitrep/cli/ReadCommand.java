package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.json.RecordJson;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.model.SitrepRecord;
import org.sitrep.pipeline.Outcome;
import org.sitrep.source.ArticleFileReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep read}: runs only the article reader and prints what it made of each input; no NLP. */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = "Read news articles (text or HTML) and print the cleaned article: headline, date, body.")
final class ReadCommand implements Callable<Integer> {

    enum Format { json, text }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", description = "json or text (default: text on a terminal, JSON when piped)")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (.gz allowed), or - for standard input")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Format fmt = format != null ? format : (Terminal.stdoutIsTerminal() ? Format.text : Format.json);
        ArticleReader reader = new ArticleReader();
        int failed = 0;
        for (String name : inputs) {
            Outcome<Article> outcome;
            try {
                outcome = reader.apply(ArticleFileReader.open(name, null, null));
            } catch (IOException e) {
                err.println("sitrep read: " + name + ": cannot read: " + e.getMessage());
                failed++;
                continue;
            }
            if (outcome instanceof Outcome.Rejected<Article> rejected) {
                err.println("sitrep read: " + rejected.reason());
                failed++;
                continue;
            }
            Outcome.Ok<Article> ok = (Outcome.Ok<Article>) outcome;
            for (Problem p : ok.warnings()) {
                err.println("sitrep read: " + p);
            }
            out.println(fmt == Format.text ? text(ok.value()) : json(ok.value(), inputs.size() == 1));
            out.flush();
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private static String json(Article a, boolean pretty) {
        SitrepRecord record = new SitrepRecord(a, List.of(), List.of(), List.of(), List.of(), List.of());
        ObjectNode article = (ObjectNode) RecordJson.toJson(record).get("article");
        try {
            return pretty
                    ? RecordJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(article)
                    : RecordJson.mapper().writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise article " + a.id(), e);
        }
    }

    private static String text(Article a) {
        StringBuilder s = new StringBuilder();
        s.append("id:        ").append(a.id()).append('\n');
        s.append("headline:  ").append(a.headline()).append('\n');
        s.append("published: ").append(a.published()).append('\n');
        s.append("agency:    ").append(a.agency()).append("   dateline: ").append(a.dateline())
                .append("   language: ").append(a.language()).append('\n');
        a.captions().forEach(c -> s.append("caption:   ").append(c).append('\n'));
        a.removed().forEach(r -> s.append("removed:   ").append(r).append('\n'));
        s.append('\n').append(a.text()).append('\n');
        return s.toString();
    }
}
