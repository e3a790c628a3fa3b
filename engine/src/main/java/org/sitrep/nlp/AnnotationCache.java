package org.sitrep.nlp;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.Stage;

/**
 * Keeps the NLP stage's output on disk, keyed by the article text, its publication day and the
 * annotator's settings, so that re-scoring a development set after a change to the extract stage
 * does not run CoreNLP again. A development aid ({@code sitrep eval --nlp-cache DIR}): the
 * annotations are a pure function of that key, so a hit is exactly what CoreNLP would say.
 *
 * <p>Thread-safe: entries are written to a temporary file and moved into place atomically.
 */
public final class AnnotationCache implements Stage<Article, AnnotatedArticle> {

    /** Bump when the adapter's conversion of CoreNLP output changes, to invalidate old entries. */
    private static final String FORMAT = "sitrep-nlp-cache/2";

    private record Entry(List<Sentence> sentences, List<Problem> problems) {}

    private final Supplier<? extends Stage<Article, AnnotatedArticle>> annotator;
    private final String settingsKey;
    private final Path dir;
    // Records only: no "is" getters such as Token.isVerb() in the file.
    private final ObjectMapper json = new ObjectMapper()
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);

    /**
     * @param annotator the annotator to call on a miss; only called then, so a run whose articles
     *                  are all cached never loads the models
     */
    public AnnotationCache(NlpSettings s, Supplier<? extends Stage<Article, AnnotatedArticle>> annotator, Path dir) {
        this.annotator = annotator;
        this.settingsKey = FORMAT + "|" + s.annotators() + "|" + s.nerModels() + "|" + s.maxSentenceTokens() + "|"
                + new TreeSet<>(s.shieldedAcronyms());
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the NLP cache " + dir, e);
        }
    }

    @Override
    public String name() {
        return "nlp";
    }

    @Override
    public Outcome<AnnotatedArticle> apply(Article article) {
        Path file = dir.resolve(key(article) + ".json");
        if (Files.isRegularFile(file)) {
            try {
                Entry e = json.readValue(file.toFile(), Entry.class);
                return Outcome.ok(new AnnotatedArticle(article, e.sentences(), e.problems()), e.problems());
            } catch (IOException unreadable) {
                // a damaged entry is rebuilt below
            }
        }
        Outcome<AnnotatedArticle> out = annotator.get().apply(article);
        if (out instanceof Outcome.Ok<AnnotatedArticle> ok) {
            write(file, new Entry(ok.value().sentences(), ok.value().problems()));
        }
        return out;
    }

    private void write(Path file, Entry entry) {
        try {
            Path tmp = Files.createTempFile(dir, "entry", ".tmp");
            json.writeValue(tmp.toFile(), entry);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the NLP cache " + dir, e);
        }
    }

    private String key(Article a) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(settingsKey.getBytes(StandardCharsets.UTF_8));
            sha.update((a.published() == null ? "-" : a.published().toLocalDate().toString()).getBytes(StandardCharsets.UTF_8));
            sha.update(a.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
