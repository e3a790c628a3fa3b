package org.sitrep.ingest;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Names the language of a text as an ISO 639-1 code with the optimaize n-gram detector, or null
 * when the text is too short or the detector unsure. Only the languages in {@code languages.txt}
 * are considered. Profiles load once, on first use; thread-safe.
 */
final class LanguageIdentifier {

    /** Below this many letters n-gram statistics guess more often than they know. */
    private static final int MIN_LETTERS = 20;
    private static final int MAX_CHARS = 10_000;
    private static final double MIN_PROBABILITY = 0.5;

    private static final AtomicBoolean LOADING = new AtomicBoolean();

    private LanguageIdentifier() {
    }

    /**
     * Starts loading the profiles on a daemon thread, once per process. A first use before they
     * are loaded waits for them, as it would without this.
     */
    static void loadInBackground() {
        if (LOADING.compareAndSet(false, true)) {
            Thread loader = new Thread(LanguageIdentifier::detector, "sitrep-language-load");
            loader.setDaemon(true);
            loader.start();
        }
    }

    private static final class Holder {
        static final LanguageDetector DETECTOR = load();
        static final TextObjectFactory TEXTS = CommonTextObjectFactories.forDetectingOnLargeText();

        private static LanguageDetector load() {
            try {
                return LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readBuiltIn(DataLines.read("languages.txt").stream()
                                .map(LdLocale::fromString).toList()))
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the language profiles", e);
            }
        }
    }

    /** The detector; the first call loads its profiles (the holder class's initialisation). */
    private static LanguageDetector detector() {
        return Holder.DETECTOR;
    }

    static String identify(String text) {
        if (text == null || text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return null;
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        // Wire copy in capitals would read as noise to profiles trained on ordinary case.
        if (sample.equals(sample.toUpperCase(Locale.ROOT))) {
            sample = sample.toLowerCase(Locale.ROOT);
        }
        List<DetectedLanguage> ranked = detector().getProbabilities(Holder.TEXTS.forText(sample));
        if (ranked.isEmpty() || ranked.get(0).getProbability() < MIN_PROBABILITY) {
            return null;
        }
        return ranked.get(0).getLocale().getLanguage();
    }
}
