package org.sitrep.ingest;

import java.time.LocalDateTime;

/**
 * Where and through whom a story was filed, as its dateline says. Immutable.
 *
 * @param agency the wire service or source named, or null
 * @param place  the filing place, or null
 * @param date   the date the dateline itself gives ({@code Santiago, 25 Aug 88 (...)}), or null
 */
record Dateline(String agency, String place, LocalDateTime date) {}
