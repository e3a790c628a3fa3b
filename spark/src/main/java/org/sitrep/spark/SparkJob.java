package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.store.CrossArticleMerge;
import org.sitrep.store.StoredEvent;

/**
 * {@code spark-submit ... sitrep-spark-job.jar OUT INPUT...}: extracts every article under the
 * inputs (files or folders on any Hadoop-compatible path: article files, JSON Lines, feeds,
 * WARC) and writes the Parquet tables articles, actors, places, events (with the merged event
 * each belongs to), quotes and problems under OUT. Stateless; one run per call.
 */
public final class SparkJob {

    /** What a run wrote: articles stored, inputs that failed, article events, merged events. */
    public record Summary(long articles, long failed, long events, long mergedEvents) {}

    private SparkJob() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: SparkJob OUT INPUT...   (paths on any Hadoop-compatible file system)");
            System.exit(64);
        }
        SparkSession spark = SparkSession.builder().appName("sitrep").getOrCreate();
        try {
            Summary s = run(spark, List.of(args).subList(1, args.length), args[0]);
            System.err.printf("sitrep spark: %d articles, %d failed, %d events, %d after merging across articles%n",
                    s.articles(), s.failed(), s.events(), s.mergedEvents());
        } finally {
            spark.stop();
        }
    }

    /** Runs the job; {@code out} receives one Parquet folder per table, replaced if present. */
    public static Summary run(SparkSession spark, List<String> inputs, String out) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // Folders are read whole, sub-folders too, as the engine's ingest walks them.
        jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        int partitions = Math.max(jsc.defaultParallelism(), 1);
        // One source file may hold many articles (JSON Lines, WARC): spread them before NLP.
        JavaRDD<Piece> pieces = jsc.binaryFiles(String.join(",", inputs))
                .flatMap(file -> InputFiles.read(file._1(), file._2()).iterator())
                .repartition(partitions);
        JavaRDD<Extracted> extracted = pieces.map(Extracted::of).persist(StorageLevel.MEMORY_AND_DISK());

        write(spark, extracted.filter(e -> e.article() != null).map(Extracted::article), Tables.ARTICLES, out, "articles");
        write(spark, extracted.flatMap(e -> e.actors().iterator()), Tables.ACTORS, out, "actors");
        write(spark, extracted.flatMap(e -> e.places().iterator()), Tables.PLACES, out, "places");
        write(spark, extracted.flatMap(e -> e.quotes().iterator()), Tables.QUOTES, out, "quotes");
        write(spark, extracted.flatMap(e -> e.problems().iterator()), Tables.PROBLEMS, out, "problems");

        JavaRDD<Row> events = extracted.flatMap(e -> e.events().iterator());
        JavaRDD<Row> merges = merge(events);
        Dataset<Row> eventTable = spark.createDataFrame(events, Tables.EVENTS);
        Dataset<Row> mergeTable = spark.createDataFrame(merges, Tables.MERGES);
        eventTable.join(mergeTable, scala.jdk.javaapi.CollectionConverters.asScala(List.of("article_id", "id")).toSeq(),
                        "left")
                .write().mode(SaveMode.Overwrite).parquet(out + "/events");

        Summary summary = new Summary(extracted.filter(e -> e.article() != null).count(),
                extracted.filter(e -> e.article() == null).count(), events.count(),
                mergeTable.select("merged_id").distinct().count());
        extracted.unpersist(false);
        return summary;
    }

    /**
     * The merge stage: events are shuffled by the merge's block key (type and polarity, which
     * any two merged events share), and each block is grouped by the store's own rules.
     */
    static JavaRDD<Row> merge(JavaRDD<Row> events) {
        return events.keyBy(r -> CrossArticleMerge.blockKey(Tables.storedEvent(r)))
                .groupByKey()
                .flatMap(block -> {
                    List<StoredEvent> members = new ArrayList<>();
                    block._2().forEach(r -> members.add(Tables.storedEvent(r)));
                    List<Row> links = new ArrayList<>();
                    for (List<StoredEvent> group : CrossArticleMerge.DEFAULT.groups(members)) {
                        String id = CrossArticleMerge.mergedId(group.get(0));
                        for (StoredEvent e : group) {
                            links.add(RowFactory.create(e.articleId(), e.id(), id));
                        }
                    }
                    return links.iterator();
                });
    }

    private static void write(SparkSession spark, JavaRDD<Row> rows, org.apache.spark.sql.types.StructType schema,
                              String out, String table) {
        spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(out + "/" + table);
    }
}
