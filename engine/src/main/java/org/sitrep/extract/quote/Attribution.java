package org.sitrep.extract.quote;

/**
 * Who says a quotation.
 *
 * @param speaker id of the speaking actor, or null when the text names someone the actors lack
 * @param name    the speaker as the text gives it at the attribution, or the antecedent's name
 */
record Attribution(String speaker, String name) {}
