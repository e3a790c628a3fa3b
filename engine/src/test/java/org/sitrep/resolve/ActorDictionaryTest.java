package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActorDictionaryTest {
    @Test
    void loads() {
        ActorDictionary d = ActorDictionary.embedded(Countries.embedded());
        assertTrue(d.size() > 400);
    }
}
