package org.sitrep.source;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** Publication times as sources give them, turned into the UTC local time that articles carry. */
final class Published {

    private Published() {
    }

    /** An ISO date, local date-time or offset date-time; null for null; throws for anything else. */
    static LocalDateTime parse(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        String s = iso.strip();
        if (s.length() <= 10) {
            return LocalDate.parse(s).atStartOfDay();
        }
        try {
            return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(s);
        }
    }

    static LocalDateTime of(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }
}
