package org.sitrep.serve;

/** A request for something the store does not hold: answered with 404 and this message. */
final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message);
    }
}
