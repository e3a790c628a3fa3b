package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.Syntax;
import org.sitrep.model.Dependency;
import org.sitrep.model.Polarity;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Reads whether a trigger tells what happened, what did not, what may happen or what is planned, and when an announced
 * action is a threat; stateless and thread-safe.
 */
final class Modality {

    private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "may", "might", "can", "should", "must");
    private static final Set<String> FUTURE_AUX = Set.of("will", "would", "shall", "'ll");
    private static final Set<String> PLANNING = Set.of("plan", "intend", "vow", "prepare", "aim", "decide",
            "promise", "pledge", "expect", "want", "seek", "set");
    private static final Set<String> SUPPOSING = Set.of("threaten", "consider", "try", "attempt", "fear");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never");

    private Modality() {
    }

    /** Whether a sentence has a word that {@link #polarity} reads as negation; without one, nothing in it is negated. */
    static boolean mayNegate(Sentence s) {
        for (Token t : s.tokens()) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (NEGATORS.contains(w) || w.equals("no")) {
                return true;
            }
        }
        return false;
    }

    static Polarity polarity(Sentence s, int token) {
        for (Dependency d : s.childrenOf(token)) {
            String w = s.tokens().get(d.dep()).word().toLowerCase(Locale.ROOT);
            if ((d.rel().equals("neg") || d.rel().equals("advmod")) && NEGATORS.contains(w)) {
                return Polarity.NEGATED; // before the auxiliaries: "will not attack" is denied, not planned
            }
            if (d.rel().equals("det") && w.equals("no") && s.tokens().get(token).isNoun()) {
                return Polarity.NEGATED; // "there were no clashes"
            }
        }
        Dependency light = s.parentOf(token);
        if (s.tokens().get(token).isNoun() && light != null && light.head() >= 0 && light.rel().equals("obj")) {
            for (Dependency d : s.childrenOf(light.head())) {
                String w = s.tokens().get(d.dep()).word().toLowerCase(Locale.ROOT);
                if ((d.rel().equals("neg") || d.rel().equals("advmod")) && NEGATORS.contains(w)) {
                    return Polarity.NEGATED; // "did not have an armed clash"
                }
            }
        }
        int i = token;
        for (int depth = 0; depth < 3 && i >= 0; depth++) {
            for (Dependency d : s.childrenOf(i)) {
                String w = s.tokens().get(d.dep()).word().toLowerCase(Locale.ROOT);
                if (depth == 0 && d.rel().equals("mark") && Set.of("if", "unless").contains(w)) {
                    return Polarity.HYPOTHETICAL;
                }
                if (d.rel().startsWith("aux") && depth == 0) {
                    if (HYPOTHETICAL_AUX.contains(w)) {
                        return Polarity.HYPOTHETICAL;
                    }
                    if (FUTURE_AUX.contains(w)) {
                        return Polarity.PLANNED;
                    }
                }
            }
            Dependency up = s.parentOf(i);
            if (up == null || up.head() < 0 || !up.rel().equals("xcomp")) {
                break;
            }
            String lemma = s.tokens().get(up.head()).lemma().toLowerCase(Locale.ROOT);
            if (PLANNING.contains(lemma)) {
                return Polarity.PLANNED;
            }
            if (SUPPOSING.contains(lemma)) {
                return Polarity.HYPOTHETICAL;
            }
            i = up.head();
        }
        return Polarity.ASSERTED;
    }

    /**
     * "Will withdraw its force unless X holds elections": an action announced on a condition the
     * target must meet is a threat (CAMEO 13), whatever the action.
     */
    static Trigger ultimatum(Sentence s, int v, Trigger trigger) {
        if (!trigger.verb() || trigger.type() == org.sitrep.model.EventType.THREATEN) {
            return trigger;
        }
        boolean announced = false;
        for (Dependency d : s.childrenOf(v)) {
            if (d.rel().startsWith("aux") && FUTURE_AUX.contains(s.tokens().get(d.dep()).word().toLowerCase(Locale.ROOT))) {
                announced = true;
            }
        }
        if (!announced) {
            return trigger;
        }
        for (Dependency d : s.childrenOf(v)) {
            int mark = d.rel().startsWith("advcl") ? Syntax.child(s, d.dep(), "mark") : -1;
            if (mark >= 0 && s.tokens().get(mark).word().equalsIgnoreCase("unless")) {
                List<String> frame = new ArrayList<>(trigger.frame());
                frame.add("ultimatum");
                return new Trigger(trigger.lemma(), true, org.sitrep.model.EventType.THREATEN, null, "13", null, frame);
            }
        }
        return trigger;
    }
}
