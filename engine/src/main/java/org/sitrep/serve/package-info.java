/**
 * The web server: the REST API over the event store (every route in {@link org.sitrep.serve.Routes}),
 * the exports, the OpenAPI description and the map page, all served by one Javalin process that
 * fetches nothing from the internet. Reads the store only through its query methods.
 */
package org.sitrep.serve;
