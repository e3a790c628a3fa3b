/**
 * The event store: sitrep/1 records kept in one DuckDB file (articles with their record JSON,
 * their actors, places, events and quotes), and the events merged across articles. Reads and
 * writes only through parameterised SQL. Depends on model and resolve (country centres), never
 * on the stages that make records nor on the web server.
 */
package org.sitrep.store;
