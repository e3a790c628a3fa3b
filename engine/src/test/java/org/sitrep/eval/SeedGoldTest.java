package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SeedGoldTest {

    /** The shared seed gold, from the engine folder (surefire) or the worktree root. */
    private static Path seedGold() {
        for (String p : new String[] {"../../shared/gold", "../shared/gold"}) {
            if (Files.isDirectory(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    @Test
    void seedGoldScoredAgainstItselfIsAllOnes() throws Exception {
        Path gold = seedGold();
        assumeTrue(gold != null, "shared seed gold not found");
        Dataset.RecordSet set = new Dataset.RecordSet(gold, null, gold);
        EvalReport r = Evaluation.run(set, PredictedRecords.open(gold), EnumSet.allOf(Part.class), ProgressListener.NONE);
        assertEquals(1, r.scored());
        assertEquals(0, r.failed());
        for (Score s : new Score[] {r.actors(), r.places().match(), r.events().loose(), r.events().strict(), r.quotes().match()}) {
            assertEquals(0, s.fp() + s.fn(), s.toString());
            assertEquals(1.0, s.f1().getAsDouble());
        }
        for (Tally t : new Tally[] {r.article().all(), r.places().coordinates(), r.events().place(), r.events().date(),
                r.events().polarity(), r.quotes().speaker()}) {
            assertEquals(1.0, t.accuracy().getAsDouble(), t.toString());
        }
        assertEquals(0, r.documents(Part.ACLED));
    }
}
