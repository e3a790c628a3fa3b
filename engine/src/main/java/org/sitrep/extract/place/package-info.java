/**
 * Places: the toponyms an article names (named-entity locations, states the text uses as
 * places, demonyms, names a feature word makes places, regions such as "eastern Syria"),
 * merged by name and given coordinates where the embedded knowledge has them. Coordinates are
 * never invented.
 */
package org.sitrep.extract.place;
