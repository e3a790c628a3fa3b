/**
 * What the engine knows before it reads an article, loaded from the data files under
 * {@code resources/org/sitrep/resolve}: countries and their demonyms, the actor dictionary,
 * the peoples, and the lexicons of group nouns and titles. Imports only {@code org.sitrep.model}.
 */
package org.sitrep.resolve;
