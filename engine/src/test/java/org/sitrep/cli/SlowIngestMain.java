package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.model.Article;
import org.sitrep.model.SitrepRecord;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.Stage;
import org.sitrep.store.DuckDbStore;

/**
 * An ingest for {@link IngestKillIT} to kill: the real reader, workers and store, with a stand-in
 * for NLP that takes a fixed time per article. Arguments: store file, source, milliseconds per
 * article. Progress goes to standard output so the test knows when to kill.
 */
public final class SlowIngestMain {

    private SlowIngestMain() {
    }

    public static void main(String[] args) throws Exception {
        long millis = Long.parseLong(args[2]);
        Stage<Article, SitrepRecord> slow = new Stage<>() {
            @Override
            public String name() {
                return "slow-article-only";
            }

            @Override
            public Outcome<SitrepRecord> apply(Article a) {
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Outcome.ok(new SitrepRecord(a, List.of(), List.of(), List.of(), List.of(), List.of()));
            }
        };
        PrintWriter out = new PrintWriter(System.out, true);
        try (DuckDbStore store = DuckDbStore.open(Path.of(args[0]))) {
            Ingestion.Report r = new Ingestion(new ArticleReader().then(slow), store, out, 2).run(List.of(args[1]));
            out.println();
            out.println("extracted " + r.extracted() + " skipped " + r.skipped() + " failed " + r.failed().size());
        }
    }
}
