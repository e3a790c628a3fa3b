package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.json.RecordJson;
import org.sitrep.model.Actor;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.model.SitrepRecord;
import org.sitrep.resolve.Countries;
import org.sitrep.store.Views.ActorCount;
import org.sitrep.store.Views.DayCount;
import org.sitrep.store.Views.EventDetail;
import org.sitrep.store.Views.EventPage;
import org.sitrep.store.Views.EventSource;
import org.sitrep.store.Views.MergedEvent;
import org.sitrep.store.Views.PlaceCount;
import org.sitrep.store.Views.SourceQuote;
import org.sitrep.store.Views.StoredArticle;
import org.sitrep.store.Views.Totals;

/**
 * The event store in one DuckDB file. {@link #put} replaces everything an article id had, so
 * ingesting an article again updates it instead of duplicating it; {@link #mergeEvents}
 * recomputes the events merged across articles. Every query is parameterised SQL.
 * Thread-safe: calls are serialised on the one connection.
 */
public final class DuckDbStore implements AutoCloseable {

    /** Characters of article text shown around an event's evidence on each side. */
    private static final int CONTEXT = 280;

    private final Connection db;
    private final EventRows rows;
    private final CrossArticleMerge merge;

    private DuckDbStore(Connection db, Countries countries, CrossArticleMerge merge) {
        this.db = db;
        this.rows = new EventRows(countries);
        this.merge = merge;
    }

    /** Opens (creating if needed) the store in a file. */
    public static DuckDbStore open(Path file) throws SQLException {
        return open(file, Countries.embedded(), CrossArticleMerge.DEFAULT);
    }

    /** A store in memory, gone when closed: for serving the Parquet tables of a Spark run. */
    public static DuckDbStore inMemory() throws SQLException {
        return open("jdbc:duckdb:", Countries.embedded(), CrossArticleMerge.DEFAULT);
    }

    /**
     * Opens an existing store for reading only, as the web server does: DuckDB itself refuses
     * any write on this connection, so no request can change the store whatever reaches SQL.
     */
    public static DuckDbStore openReadOnly(Path file) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        Connection db = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), readOnly);
        return new DuckDbStore(db, Countries.embedded(), CrossArticleMerge.DEFAULT);
    }

    static DuckDbStore open(Path file, Countries countries, CrossArticleMerge merge) throws SQLException {
        return open("jdbc:duckdb:" + file.toAbsolutePath(), countries, merge);
    }

    private static DuckDbStore open(String url, Countries countries, CrossArticleMerge merge) throws SQLException {
        Connection db = DriverManager.getConnection(url);
        try (Statement st = db.createStatement()) {
            for (String sql : schema().split(";")) {
                String body = sql.lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
                if (!body.isBlank()) {
                    st.execute(body);
                }
            }
        } catch (SQLException e) {
            db.close();
            throw e;
        }
        return new DuckDbStore(db, countries, merge);
    }

    private static String schema() {
        try (InputStream in = DuckDbStore.class.getResourceAsStream("schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("schema.sql missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema.sql", e);
        }
    }

    /** Stores one article's record, replacing whatever the same article id had. */
    public void put(SitrepRecord r, String source) throws SQLException {
        putAll(List.of(new Entry(r, source, null)));
    }

    /**
     * One article to store: its record, where it came from, and the hash of the input's bytes
     * (null if unknown) by which a resumed ingest knows the article is done.
     */
    public record Entry(SitrepRecord record, String source, String contentHash) {}

    /**
     * Stores several articles in one transaction, each replacing whatever its id had: either all
     * of them with all their rows are stored, or none is, so a killed process never leaves an
     * article half written.
     */
    public synchronized void putAll(List<Entry> entries) throws SQLException {
        db.setAutoCommit(false);
        try {
            for (Entry e : entries) {
                replace(e);
            }
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    private void replace(Entry e) throws SQLException {
        SitrepRecord r = e.record();
        String id = r.article().id();
        for (String table : List.of("actors", "places", "events", "quotes")) {
            try (PreparedStatement del = db.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                del.setString(1, id);
                del.executeUpdate();
            }
        }
        try (PreparedStatement del = db.prepareStatement("DELETE FROM articles WHERE id = ?")) {
            del.setString(1, id);
            del.executeUpdate();
        }
        insertArticle(r, e.source(), e.contentHash());
        insertActors(r);
        insertPlaces(r);
        insertEvents(r);
        insertQuotes(r);
    }

    /** The columns a Spark run writes for each table, in the names of this store's schema. */
    private static final Map<String, String> PARQUET_COLUMNS = new LinkedHashMap<>();

    static {
        PARQUET_COLUMNS.put("articles", "id, url, headline, published, language, source, text, record");
        PARQUET_COLUMNS.put("actors", "article_id, id, name, kind, country, role, affiliation");
        PARQUET_COLUMNS.put("places", "article_id, id, name, kind, country, admin1, lat, lon, precision, gazetteer");
        PARQUET_COLUMNS.put("events", "article_id, id, type, mode, cameo, acled_event_type, acled_sub_event_type, "
                + "actor_id, actor_name, target_id, target_name, place_id, place_name, country, lat, lon, "
                + "coord_precision, date, date_precision, day, fatalities, reported_by, polarity, evidence_text, "
                + "evidence_start, evidence_end, confidence");
        PARQUET_COLUMNS.put("quotes", "article_id, n, text, speaker_id, speaker_name, quoted_by, start_offset, "
                + "end_offset");
    }

    /**
     * Adds the Parquet tables of a Spark run (a folder per table under {@code dir}) in one
     * transaction, then merges events across articles by the same rules as after an ingest.
     */
    public void importParquet(Path dir) throws SQLException {
        synchronized (this) {
            db.setAutoCommit(false);
            try (Statement st = db.createStatement()) {
                for (Map.Entry<String, String> t : PARQUET_COLUMNS.entrySet()) {
                    String files = dir.resolve(t.getKey()).resolve("*.parquet").toAbsolutePath().toString();
                    st.execute("INSERT INTO " + t.getKey() + " (" + t.getValue() + ") SELECT " + t.getValue()
                            + " FROM read_parquet('" + files.replace("'", "''") + "')");
                }
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        }
        mergeEvents();
    }

    /** The content hash of every stored article that has one, by article id. */
    public synchronized Map<String, String> contentHashes() throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, content_hash FROM articles WHERE content_hash IS NOT NULL")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    private void insertArticle(SitrepRecord r, String source, String contentHash) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO articles (id, url, headline, published, "
                + "language, source, text, record, ingested, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, r.article().id());
            ps.setString(2, r.article().url());
            ps.setString(3, r.article().headline());
            ps.setTimestamp(4, r.article().published() == null ? null : Timestamp.valueOf(r.article().published()));
            ps.setString(5, r.article().language());
            ps.setString(6, source);
            ps.setString(7, r.article().text());
            ps.setString(8, RecordJson.line(r));
            ps.setTimestamp(9, Timestamp.valueOf(LocalDateTime.now()));
            ps.setString(10, contentHash);
            ps.executeUpdate();
        }
    }

    private void insertActors(SitrepRecord r) throws SQLException {
        String article = r.article().id();
        insertRows("actors", r.actors(), a -> new Object[] {article, a.id(), a.name(), a.kind().json(), a.country(),
                a.role(), a.affiliation()});
    }

    private void insertPlaces(SitrepRecord r) throws SQLException {
        String article = r.article().id();
        insertRows("places", r.places(), p -> new Object[] {article, p.id(), p.name(), p.kind().json(), p.country(),
                p.admin1(), p.lat(), p.lon(), p.precision() == null ? null : p.precision().json(), p.gazetteer()});
    }

    private void insertEvents(SitrepRecord r) throws SQLException {
        // The last column, the merged event's id, is filled by mergeEvents().
        insertRows("events", rows.of(r), e -> new Object[] {e.articleId(), e.id(), e.type(), e.mode(), e.cameo(),
                e.acledEventType(), e.acledSubEventType(), e.actorId(), e.actorName(), e.targetId(), e.targetName(),
                e.placeId(), e.placeName(), e.country(), e.lat(), e.lon(), e.coordPrecision(), e.date(),
                e.datePrecision(), e.day() == null ? null : Date.valueOf(e.day()), e.fatalities(), e.reportedBy(),
                e.polarity(), e.evidenceText(), e.evidenceStart(), e.evidenceEnd(), e.confidence(), null});
    }

    private void insertQuotes(SitrepRecord r) throws SQLException {
        String article = r.article().id();
        List<Quote> quotes = r.quotes();
        insertRows("quotes", IntStream.range(0, quotes.size()).boxed().toList(), n -> {
            Quote q = quotes.get(n);
            return new Object[] {article, n, q.text(), q.speaker(), q.speakerName(), q.quotedBy(), q.start(), q.end()};
        });
    }

    /** One row per item, its values in the table's column order, in one batch. */
    private <T> void insertRows(String table, List<T> items, Function<T, Object[]> values) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        int columns = values.apply(items.get(0)).length;
        String sql = "INSERT INTO " + table + " VALUES (" + "?, ".repeat(columns - 1) + "?)";
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (T item : items) {
                Object[] row = values.apply(item);
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Recomputes the events merged across articles; returns how many merged events there are. */
    public synchronized int mergeEvents() throws SQLException {
        List<StoredEvent> all = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT article_id, id, type, mode, cameo, acled_event_type, "
                     + "acled_sub_event_type, actor_id, actor_name, target_id, target_name, place_id, place_name, "
                     + "country, lat, lon, coord_precision, date, date_precision, day, fatalities, reported_by, "
                     + "polarity, evidence_text, evidence_start, evidence_end, confidence FROM events")) {
            while (rs.next()) {
                Date day = rs.getDate(20);
                all.add(new StoredEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                        (Double) rs.getObject(15), (Double) rs.getObject(16), rs.getString(17), rs.getString(18),
                        rs.getString(19), day == null ? null : day.toLocalDate(), (Integer) rs.getObject(21),
                        rs.getString(22), rs.getString(23), rs.getString(24), rs.getInt(25), rs.getInt(26),
                        rs.getDouble(27)));
            }
        }
        Map<String, String> headlines = new HashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, coalesce(headline, '') FROM articles")) {
            while (rs.next()) {
                headlines.put(rs.getString(1), rs.getString(2));
            }
        }
        List<List<StoredEvent>> groups = merge.groups(all);
        db.setAutoCommit(false);
        try (Statement st = db.createStatement();
             PreparedStatement ins = db.prepareStatement("INSERT INTO merged_events VALUES "
                     + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement link = db.prepareStatement(
                     "UPDATE events SET merged_id = ? WHERE article_id = ? AND id = ?")) {
            st.execute("DELETE FROM merged_events");
            for (List<StoredEvent> group : groups) {
                String id = CrossArticleMerge.mergedId(group.get(0));
                insertMerged(ins, id, group, headlines);
                for (StoredEvent e : group) {
                    link.setString(1, id);
                    link.setString(2, e.articleId());
                    link.setString(3, e.id());
                    link.addBatch();
                }
            }
            ins.executeBatch();
            link.executeBatch();
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        return groups.size();
    }

    private static void insertMerged(PreparedStatement ps, String id, List<StoredEvent> group,
                                     Map<String, String> headlines) throws SQLException {
        StoredEvent best = group.stream()
                .max(Comparator.comparingDouble(StoredEvent::confidence)
                        .thenComparing(CrossArticleMerge::fine))
                .orElseThrow();
        StoredEvent located = group.stream().filter(CrossArticleMerge::fine).findFirst()
                .orElse(group.stream().filter(e -> EventRows.COUNTRY.equals(e.coordPrecision())).findFirst()
                        .orElse(group.stream().filter(e -> e.lat() != null).findFirst().orElse(best)));
        LocalDate first = group.stream().map(StoredEvent::day).filter(d -> d != null)
                .min(Comparator.naturalOrder()).orElse(null);
        LocalDate last = group.stream().map(StoredEvent::day).filter(d -> d != null)
                .max(Comparator.naturalOrder()).orElse(null);
        Integer fatalities = group.stream().map(StoredEvent::fatalities).filter(f -> f != null)
                .max(Integer::compare).orElse(null);
        Set<String> search = new LinkedHashSet<>();
        for (StoredEvent e : group) {
            search.add(e.evidenceText());
            search.add(e.actorName());
            search.add(e.targetName());
            search.add(e.placeName());
            search.add(headlines.get(e.articleId()));
        }
        search.remove(null);
        int i = 1;
        ps.setString(i++, id);
        ps.setString(i++, best.type());
        ps.setString(i++, best.mode());
        ps.setString(i++, best.polarity());
        ps.setString(i++, best.acledEventType());
        ps.setString(i++, best.acledSubEventType());
        ps.setString(i++, firstNonNull(best.actorName(), group.stream().map(StoredEvent::actorName)));
        ps.setString(i++, firstNonNull(best.targetName(), group.stream().map(StoredEvent::targetName)));
        ps.setString(i++, located.placeName());
        ps.setString(i++, located.country());
        setDouble(ps, i++, located.lat());
        setDouble(ps, i++, located.lon());
        ps.setString(i++, located.coordPrecision());
        ps.setDate(i++, best.day() == null ? null : Date.valueOf(best.day()));
        ps.setDate(i++, first == null ? null : Date.valueOf(first));
        ps.setDate(i++, last == null ? null : Date.valueOf(last));
        setInt(ps, i++, fatalities);
        ps.setDouble(i++, best.confidence());
        ps.setString(i++, best.evidenceText());
        ps.setString(i++, best.articleId());
        ps.setString(i++, best.id());
        ps.setInt(i++, (int) group.stream().map(StoredEvent::articleId).distinct().count());
        ps.setString(i, String.join(" \n ", search).toLowerCase(Locale.ROOT));
        ps.addBatch();
    }

    private static String firstNonNull(String preferred, Stream<String> others) {
        return preferred != null ? preferred : others.filter(s -> s != null).findFirst().orElse(null);
    }

    // ---- queries -------------------------------------------------------------------------

    private static final String MERGED_COLUMNS = "id, type, mode, polarity, acled_event_type, acled_sub_event_type, "
            + "actor_name, target_name, place_name, country, lat, lon, coord_precision, CAST(day AS VARCHAR), "
            + "CAST(first_day AS VARCHAR), CAST(last_day AS VARCHAR), fatalities, confidence, evidence_text, "
            + "evidence_article, source_count";

    /** One page of the merged events that pass the filter. */
    public synchronized EventPage events(EventFilter filter, EventSort sort, int page, int size) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        long total;
        try (PreparedStatement ps = prepare("SELECT count(*) FROM merged_events" + where, params);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
        }
        List<Object> paged = new ArrayList<>(params);
        paged.add(size);
        paged.add((long) page * size);
        List<MergedEvent> events = list("SELECT " + MERGED_COLUMNS + " FROM merged_events" + where
                + " ORDER BY " + sort.sql + " LIMIT ? OFFSET ?", paged, DuckDbStore::merged);
        return new EventPage(total, page, size, events);
    }

    /** Every merged event that passes the filter, in order, with the URLs (or headlines) of its sources. */
    public synchronized void export(EventFilter filter, EventSort sort, BiConsumer<MergedEvent, List<String>> sink)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        try (PreparedStatement ps = prepare("SELECT " + MERGED_COLUMNS + ", (SELECT string_agg(DISTINCT "
                + "coalesce(a.url, a.headline, a.id), '\u001f') FROM events e JOIN articles a ON a.id = e.article_id "
                + "WHERE e.merged_id = merged_events.id) FROM merged_events" + where + " ORDER BY " + sort.sql, params);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String sources = rs.getString(22);
                sink.accept(merged(rs), sources == null ? List.of() : List.of(sources.split("\u001f")));
            }
        }
    }

    /** Merged events per day that pass the filter. */
    public synchronized List<DayCount> timeline(EventFilter filter) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return list("SELECT CAST(day AS VARCHAR), count(*) FROM merged_events" + where
                + (where.isEmpty() ? " WHERE" : " AND") + " day IS NOT NULL GROUP BY day ORDER BY day", params,
                rs -> new DayCount(rs.getString(1), rs.getLong(2)));
    }

    /** A merged event with its sources, the names of its actors and its quotes; empty if unknown. */
    public synchronized Optional<EventDetail> event(String id) throws SQLException {
        MergedEvent event;
        try (PreparedStatement ps = prepare("SELECT " + MERGED_COLUMNS + " FROM merged_events WHERE id = ?",
                List.of(id)); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            event = merged(rs);
        }
        List<EventSource> sources = new ArrayList<>();
        Set<String> actors = new LinkedHashSet<>();
        try (PreparedStatement ps = prepare("SELECT e.article_id, e.id, a.headline, a.url, "
                + "strftime(a.published, '%Y-%m-%dT%H:%M'), e.date, e.actor_name, e.target_name, e.place_name, "
                + "e.evidence_text, e.evidence_start, e.evidence_end, a.text FROM events e "
                + "JOIN articles a ON a.id = e.article_id WHERE e.merged_id = ? "
                + "ORDER BY a.published NULLS LAST, e.article_id, e.id", List.of(id));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String text = rs.getString(13);
                int start = rs.getInt(11);
                int end = rs.getInt(12);
                boolean inside = text != null && start >= 0 && end <= text.length() && start <= end;
                sources.add(new EventSource(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), start, end,
                        inside ? text.substring(Math.max(0, start - CONTEXT), start) : "",
                        inside ? text.substring(end, Math.min(text.length(), end + CONTEXT)) : ""));
                if (rs.getString(7) != null) {
                    actors.add(rs.getString(7));
                }
                if (rs.getString(8) != null) {
                    actors.add(rs.getString(8));
                }
            }
        }
        List<SourceQuote> quotes = list("SELECT DISTINCT q.article_id, q.text, coalesce(s.name, q.speaker_name), "
                + "q.start_offset, q.end_offset FROM quotes q JOIN events e ON e.article_id = q.article_id "
                + "LEFT JOIN actors s ON s.article_id = q.article_id AND s.id = q.speaker_id "
                + "WHERE e.merged_id = ? AND (q.speaker_id IN (e.actor_id, e.target_id, e.reported_by) "
                + "OR s.affiliation IN (e.actor_id, e.target_id) "
                + "OR (q.start_offset < e.evidence_end AND q.end_offset > e.evidence_start)) "
                + "ORDER BY q.article_id, q.start_offset LIMIT 20", List.of(id),
                rs -> new SourceQuote(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
        return Optional.of(new EventDetail(event, List.copyOf(actors), sources, quotes));
    }

    /** One stored article; empty if unknown. */
    public synchronized Optional<StoredArticle> article(String id) throws SQLException {
        try (PreparedStatement ps = prepare("SELECT id, url, headline, strftime(published, '%Y-%m-%dT%H:%M'), "
                + "language, source, text, CAST(record AS VARCHAR) FROM articles WHERE id = ?", List.of(id));
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new StoredArticle(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
        }
    }

    /** The WHERE clause of a name listing: named rows, narrowed to those containing {@code q}; adds its parameters and the limit's. */
    private static String nameFilter(String q, int limit, List<Object> params) {
        String where = " WHERE name IS NOT NULL";
        if (q != null) {
            where += " AND name ILIKE ? ESCAPE '\\'";
            params.add(contains(q));
        }
        params.add(limit);
        return where;
    }

    /** Actor names by how many articles name them; {@code q} narrows by a part of the name. */
    public synchronized List<ActorCount> actors(String q, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = nameFilter(q, limit, params);
        return list("SELECT a.name, any_value(a.kind), any_value(a.country), "
                + "count(DISTINCT a.article_id), (SELECT count(*) FROM events e WHERE e.actor_name = a.name "
                + "OR e.target_name = a.name) FROM actors a" + where
                + " GROUP BY a.name ORDER BY 4 DESC, 1 LIMIT ?", params,
                rs -> new ActorCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
    }

    /** Place names by how many articles name them, with coordinates where the gazetteer had them. */
    public synchronized List<PlaceCount> places(String q, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = nameFilter(q, limit, params);
        return list("SELECT name, any_value(country), any_value(lat), any_value(lon), "
                + "any_value(precision), count(DISTINCT article_id) FROM places" + where
                + " GROUP BY name ORDER BY 6 DESC, 1 LIMIT ?", params,
                rs -> new PlaceCount(rs.getString(1), rs.getString(2), (Double) rs.getObject(3),
                        (Double) rs.getObject(4), rs.getString(5), rs.getLong(6)));
    }

    /** How many articles, article events and merged events the store holds. */
    public synchronized Totals totals() throws SQLException {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
                     + "(SELECT count(*) FROM merged_events)")) {
            rs.next();
            return new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        db.close();
    }

    // ---- SQL building ----------------------------------------------------------------------

    /** Adds {@code column = ?} with its value when a filter gives one. */
    private static void equal(List<String> terms, List<Object> params, String column, String value) {
        if (value != null) {
            terms.add(column + " = ?");
            params.add(value);
        }
    }

    /** The WHERE clause of a filter, its values appended to {@code params}; empty for no filter. */
    static String where(EventFilter f, List<Object> params) {
        List<String> terms = new ArrayList<>();
        if (f.from() != null) {
            terms.add("last_day >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            terms.add("first_day <= ?");
            params.add(f.to());
        }
        if (f.bbox() != null) {
            terms.add("lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?");
            params.add(f.bbox()[0]);
            params.add(f.bbox()[2]);
            params.add(f.bbox()[1]);
            params.add(f.bbox()[3]);
        }
        if (!f.types().isEmpty()) {
            terms.add("type IN (" + String.join(", ", Collections.nCopies(f.types().size(), "?")) + ")");
            params.addAll(f.types());
        }
        equal(terms, params, "mode", f.mode());
        equal(terms, params, "polarity", f.polarity());
        equal(terms, params, "country", f.country());
        if (f.actor() != null) {
            terms.add("(actor_name ILIKE ? ESCAPE '\\' OR target_name ILIKE ? ESCAPE '\\')");
            params.add(contains(f.actor()));
            params.add(contains(f.actor()));
        }
        if (f.q() != null) {
            for (String word : f.q().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!word.isBlank()) {
                    terms.add("search_text LIKE ? ESCAPE '\\'");
                    params.add(contains(word));
                }
            }
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    private static String contains(String s) {
        return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** One value made of the current row of a result. */
    private interface Row<T> {
        T of(ResultSet rs) throws SQLException;
    }

    /** Every row of a parameterised query, each made into a value. */
    private <T> List<T> list(String sql, List<?> params, Row<T> row) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, params);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row.of(rs));
            }
        }
        return out;
    }

    private PreparedStatement prepare(String sql, List<?> params) throws SQLException {
        PreparedStatement ps = db.prepareStatement(sql);
        try {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof LocalDate d) {
                    ps.setDate(i + 1, Date.valueOf(d));
                } else {
                    ps.setObject(i + 1, p);
                }
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }

    private static MergedEvent merged(ResultSet rs) throws SQLException {
        return new MergedEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                (Double) rs.getObject(11), (Double) rs.getObject(12), rs.getString(13), rs.getString(14),
                rs.getString(15), rs.getString(16), (Integer) rs.getObject(17), rs.getDouble(18), rs.getString(19),
                rs.getString(20), rs.getInt(21));
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }
}
