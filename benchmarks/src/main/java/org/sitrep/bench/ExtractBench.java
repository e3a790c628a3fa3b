package org.sitrep.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.cli.Pipelines;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.RawInput;
import org.sitrep.model.SitrepRecord;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.RecordStages;
import org.sitrep.pipeline.Stage;

/** sitrep's own stages around the NLP: reading an article, and extracting its record from annotations. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class ExtractBench {

    private final List<RawInput> inputs = new ArrayList<>();
    private final List<AnnotatedArticle> annotated = new ArrayList<>();
    private Stage<RawInput, Article> reader;
    private Stage<AnnotatedArticle, SitrepRecord> extractor;

    @Setup
    public void setUp() {
        RecordStages stages = Pipelines.stages(null);
        Stage<Article, AnnotatedArticle> nlp = stages.nlp();
        reader = stages.reader();
        for (Path p : Articles.sample(3)) {
            RawInput in = new RawInput(p.toString(), Articles.read(p).getBytes(StandardCharsets.UTF_8), null, null,
                    LocalDateTime.of(2019, 2, 18, 12, 0), "text/plain");
            inputs.add(in);
            Article a = ((Outcome.Ok<Article>) reader.apply(in)).value();
            AnnotatedArticle annotation = ((Outcome.Ok<AnnotatedArticle>) nlp.apply(a)).value();
            // Parses are computed when first read (DeferredList); this benchmark times extraction alone.
            annotation.sentences().forEach(s -> s.dependencies().size());
            annotated.add(annotation);
        }
        extractor = stages.extract();
    }

    /** Milliseconds to read the sample articles (13) from bytes: decoding, furniture, dateline. */
    @Benchmark
    public List<Outcome<Article>> read() {
        return inputs.stream().map(reader::apply).toList();
    }

    /** Milliseconds to extract actors, places, quotes and events of the sample articles (13). */
    @Benchmark
    public List<Outcome<SitrepRecord>> extract() {
        return annotated.stream().map(extractor::apply).toList();
    }
}
