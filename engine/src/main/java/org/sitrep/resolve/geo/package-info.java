/**
 * The offline gazetteer: GeoNames places of 500+ people and first-level administrative units,
 * turned at build time ({@link org.sitrep.resolve.geo.GazetteerBuilder}) into a compact index on
 * the classpath, and looked up by normalised name or by a looser transliteration key. Imports only
 * {@code org.sitrep.model}; nothing is downloaded at run time.
 */
package org.sitrep.resolve.geo;
