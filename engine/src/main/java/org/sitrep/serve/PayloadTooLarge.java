package org.sitrep.serve;

/** A request carrying more than the server reads: answered with 413 and this message. */
final class PayloadTooLarge extends RuntimeException {
    PayloadTooLarge(String message) {
        super(message);
    }
}
