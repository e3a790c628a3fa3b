package org.sitrep.store;

/** Orders of a list of merged events; each ends with the id so pages never overlap. */
public enum EventSort {
    DATE_DESC("day DESC NULLS LAST, id"),
    DATE_ASC("day ASC NULLS LAST, id"),
    SOURCES_DESC("source_count DESC, day DESC NULLS LAST, id"),
    FATALITIES_DESC("fatalities DESC NULLS LAST, day DESC NULLS LAST, id");

    final String sql;

    EventSort(String sql) {
        this.sql = sql;
    }
}
