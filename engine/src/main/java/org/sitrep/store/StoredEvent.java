package org.sitrep.store;

import java.time.LocalDate;

/**
 * One article's event, flattened for storage and for merging: names instead of record-local
 * ids, and coordinates taken from its place (or that place's country centre).
 *
 * @param day            the event's day, or the article's publication day when the text gives none
 * @param coordPrecision what {@code lat}/{@code lon} stand for ({@code locality}, {@code country}, ...)
 */
public record StoredEvent(String articleId, String id, String type, String mode, String cameo,
                          String acledEventType, String acledSubEventType,
                          String actorId, String actorName, String targetId, String targetName,
                          String placeId, String placeName, String country, Double lat, Double lon,
                          String coordPrecision, String date, String datePrecision, LocalDate day,
                          Integer fatalities, String reportedBy, String polarity,
                          String evidenceText, int evidenceStart, int evidenceEnd, double confidence) {

    /** The key that names this event among all articles. */
    public String key() {
        return articleId + "/" + id;
    }
}
