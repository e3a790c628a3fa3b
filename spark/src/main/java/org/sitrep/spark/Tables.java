package org.sitrep.spark;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sitrep.json.RecordJson;
import org.sitrep.model.Actor;
import org.sitrep.model.Place;
import org.sitrep.model.Problem;
import org.sitrep.model.Quote;
import org.sitrep.model.SitrepRecord;
import org.sitrep.store.StoredEvent;

/**
 * The Parquet tables of a Spark run and how a record becomes their rows. Columns carry the
 * names and meaning of the DuckDB store's tables (schema.sql), so one query reads either.
 * Stateless and thread-safe.
 */
final class Tables {

    private Tables() {
    }

    static final StructType ARTICLES = schema("id:string url:string headline:string published:timestamp "
            + "language:string source:string text:string record:string");
    static final StructType ACTORS = schema("article_id:string id:string name:string kind:string country:string "
            + "role:string affiliation:string");
    static final StructType PLACES = schema("article_id:string id:string name:string kind:string country:string "
            + "admin1:string lat:double lon:double precision:string gazetteer:string");
    static final StructType EVENTS = schema("article_id:string id:string type:string mode:string cameo:string "
            + "acled_event_type:string acled_sub_event_type:string actor_id:string actor_name:string "
            + "target_id:string target_name:string place_id:string place_name:string country:string lat:double "
            + "lon:double coord_precision:string date:string date_precision:string day:date fatalities:int "
            + "reported_by:string polarity:string evidence_text:string evidence_start:int evidence_end:int "
            + "confidence:double");
    static final StructType QUOTES = schema("article_id:string n:int text:string speaker_id:string "
            + "speaker_name:string quoted_by:string start_offset:int end_offset:int");
    static final StructType PROBLEMS = schema("stage:string code:string detail:string");
    /** Which merged event each article event belongs to. */
    static final StructType MERGES = schema("article_id:string id:string merged_id:string");

    private static StructType schema(String columns) {
        List<StructField> fields = new ArrayList<>();
        for (String c : columns.split(" ")) {
            String[] nameType = c.split(":");
            fields.add(DataTypes.createStructField(nameType[0], switch (nameType[1]) {
                case "string" -> DataTypes.StringType;
                case "double" -> DataTypes.DoubleType;
                case "int" -> DataTypes.IntegerType;
                case "date" -> DataTypes.DateType;
                case "timestamp" -> DataTypes.TimestampType;
                default -> throw new IllegalArgumentException("unknown column type " + c);
            }, true));
        }
        return DataTypes.createStructType(fields);
    }

    static Row article(SitrepRecord r, String source) {
        var a = r.article();
        return RowFactory.create(a.id(), a.url(), a.headline(),
                a.published() == null ? null : Timestamp.valueOf(a.published()), a.language(), source, a.text(),
                RecordJson.line(r));
    }

    static List<Row> actors(SitrepRecord r) {
        List<Row> out = new ArrayList<>();
        for (Actor a : r.actors()) {
            out.add(RowFactory.create(r.article().id(), a.id(), a.name(), a.kind().json(), a.country(), a.role(),
                    a.affiliation()));
        }
        return out;
    }

    static List<Row> places(SitrepRecord r) {
        List<Row> out = new ArrayList<>();
        for (Place p : r.places()) {
            out.add(RowFactory.create(r.article().id(), p.id(), p.name(), p.kind().json(), p.country(), p.admin1(),
                    p.lat(), p.lon(), p.precision() == null ? null : p.precision().json(), p.gazetteer()));
        }
        return out;
    }

    static List<Row> quotes(SitrepRecord r) {
        List<Row> out = new ArrayList<>();
        int n = 0;
        for (Quote q : r.quotes()) {
            out.add(RowFactory.create(r.article().id(), n++, q.text(), q.speaker(), q.speakerName(), q.quotedBy(),
                    q.start(), q.end()));
        }
        return out;
    }

    static Row problem(Problem p) {
        return RowFactory.create(p.stage(), p.code(), p.detail());
    }

    static Row event(StoredEvent e) {
        return RowFactory.create(e.articleId(), e.id(), e.type(), e.mode(), e.cameo(), e.acledEventType(),
                e.acledSubEventType(), e.actorId(), e.actorName(), e.targetId(), e.targetName(), e.placeId(),
                e.placeName(), e.country(), e.lat(), e.lon(), e.coordPrecision(), e.date(), e.datePrecision(),
                e.day() == null ? null : Date.valueOf(e.day()), e.fatalities(), e.reportedBy(), e.polarity(),
                e.evidenceText(), e.evidenceStart(), e.evidenceEnd(), e.confidence());
    }

    /** The inverse of {@link #event}, for the merge stage. */
    static StoredEvent storedEvent(Row r) {
        Date day = (Date) r.get(19);
        return new StoredEvent(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
                r.getString(11), r.getString(12), r.getString(13), (Double) r.get(14), (Double) r.get(15),
                r.getString(16), r.getString(17), r.getString(18), day == null ? null : day.toLocalDate(),
                (Integer) r.get(20), r.getString(21), r.getString(22), r.getString(23), r.getInt(24), r.getInt(25),
                r.getDouble(26));
    }
}
