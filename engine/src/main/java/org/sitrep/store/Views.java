package org.sitrep.store;

import java.util.List;

/** The shapes the store answers queries with; plain data, ready to serialise. */
public final class Views {

    private Views() {
    }

    /** An event merged across the articles that report it. */
    public record MergedEvent(String id, String type, String mode, String polarity, String acledEventType,
                              String acledSubEventType, String actor, String target, String place,
                              String country, Double lat, Double lon, String coordPrecision, String day,
                              String firstDay, String lastDay, Integer fatalities, double confidence,
                              String evidence, String evidenceArticle, int sourceCount) {}

    /** One page of a query's results. */
    public record EventPage(long total, int page, int size, List<MergedEvent> events) {}

    /** One article's report of a merged event. */
    public record EventSource(String articleId, String eventId, String headline, String url, String published,
                              String date, String actor, String target, String place, String evidence,
                              int evidenceStart, int evidenceEnd, String before, String after) {}

    /** A quote of a source article by one of the event's actors (or one who speaks for it), or inside its evidence. */
    public record SourceQuote(String articleId, String text, String speaker, int start, int end) {}

    /** Everything the event panel shows. */
    public record EventDetail(MergedEvent event, List<String> actors, List<EventSource> sources,
                              List<SourceQuote> quotes) {}

    /** An article as stored: metadata, body text, and its whole sitrep/1 record as JSON text. */
    public record StoredArticle(String id, String url, String headline, String published, String language,
                                String source, String text, String recordJson) {}

    /** An actor name with how often events and articles name it. */
    public record ActorCount(String name, String kind, String country, long articles, long events) {}

    /** A place name with its coordinates (null when unknown) and how many articles name it. */
    public record PlaceCount(String name, String country, Double lat, Double lon, String precision, long articles) {}

    /** Number of merged events on one day. */
    public record DayCount(String day, long count) {}

    /** Counts of what the store holds. */
    public record Totals(long articles, long events, long mergedEvents) {}
}
