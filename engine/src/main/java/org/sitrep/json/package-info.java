/**
 * The {@code sitrep/1} JSON form of a {@link org.sitrep.model.SitrepRecord}: the one place that
 * knows field names and null rules of the wire format (see shared/spec/RECORD.md).
 */
package org.sitrep.json;
