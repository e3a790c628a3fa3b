package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.Stage;

/** Minimal reader: the first line is the headline, the rest the body. Replaced by the full reader. */
public final class ArticleReader implements Stage<RawInput, Article> {
    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public Outcome<Article> apply(RawInput in) {
        String text = new String(in.bytes(), StandardCharsets.UTF_8).replace("\r", "");
        int nl = text.indexOf('\n');
        String headline = nl < 0 ? text : text.substring(0, nl);
        String body = nl < 0 ? "" : text.substring(nl + 1).strip();
        String id = in.id() != null ? in.id() : Integer.toHexString(text.hashCode());
        return Outcome.ok(new Article(id, in.url(), headline, in.published(), null, null, "en",
                List.of(), body, List.of()));
    }
}
