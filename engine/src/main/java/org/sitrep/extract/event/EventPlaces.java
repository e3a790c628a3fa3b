package org.sitrep.extract.event;

import java.util.List;
import java.util.Map;
import org.sitrep.extract.place.PlaceSet;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;

/**
 * Chooses where an event happened among the places its sentence, its paragraph and the dateline name; stateless and
 * thread-safe.
 */
final class EventPlaces {

    private static final List<PlaceKind> SPECIFICITY = List.of(PlaceKind.SITE, PlaceKind.LOCALITY, PlaceKind.ADMIN2,
            PlaceKind.ADMIN1, PlaceKind.REGION, PlaceKind.COUNTRY);

    private EventPlaces() {
    }

    /**
     * The most specific place of the sentence, else of its paragraph, else of the sentence
     * before (a story told over short paragraphs), else the dateline's. A
     * sentence that names only the country of the dateline ("in Syria", filed from a Syrian
     * village) is told from the dateline, the more precise of the two.
     */
    static String place(AnnotatedArticle article, Sentence s, PlaceSet places) {
        String dateline = datelinePlace(article, places);
        String inSentence = mostSpecific(places, s.span());
        if (inSentence != null) {
            return narrower(places, inSentence, dateline);
        }
        String text = article.article().text();
        int paraStart = text.lastIndexOf('\n', Math.max(0, s.span().start() - 1)) + 1;
        int paraEnd = text.indexOf('\n', s.span().end());
        String inParagraph = mostSpecific(places, new Span(paraStart, paraEnd < 0 ? text.length() : paraEnd));
        if (inParagraph != null) {
            return narrower(places, inParagraph, dateline);
        }
        if (s.index() > 0) {
            // "an attack on a convoy near X." then "a mine destroyed two trucks.": the story goes on where it was
            String before = mostSpecific(places, article.sentences().get(s.index() - 1).span());
            if (before != null) {
                return narrower(places, before, dateline);
            }
        }
        return dateline;
    }

    private static String datelinePlace(AnnotatedArticle article, PlaceSet places) {
        String dateline = article.article().dateline();
        if (dateline == null) {
            return null;
        }
        for (Place p : places.places()) {
            if (p.name().equalsIgnoreCase(dateline) || p.aliases().stream().anyMatch(dateline::equalsIgnoreCase)) {
                return p.id();
            }
        }
        return null;
    }

    /** The dateline's place where the found place is only the country it lies in (or may: its country unknown), else the found place. */
    static String narrower(PlaceSet places, String found, String dateline) {
        if (dateline == null || dateline.equals(found)) {
            return found;
        }
        Place f = places.byId(found);
        Place d = places.byId(dateline);
        boolean inside = f != null && d != null && f.kind() == PlaceKind.COUNTRY && d.kind() != PlaceKind.COUNTRY
                && d.kind() != PlaceKind.REGION && (d.country() == null || d.country().equals(f.country()));
        return inside ? dateline : found;
    }

    private static String mostSpecific(PlaceSet places, Span within) {
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Map.Entry<Span, String> e : places.byMention().entrySet()) {
            if (!within.contains(e.getKey())) {
                continue;
            }
            Place p = places.byId(e.getValue());
            int rank = SPECIFICITY.indexOf(p.kind());
            if (rank < bestRank || (rank == bestRank && best != null && e.getValue().compareTo(best) < 0)) {
                best = e.getValue();
                bestRank = rank;
            }
        }
        return best;
    }
}
