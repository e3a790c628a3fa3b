package org.sitrep.extract.place;

import java.util.List;
import java.util.Map;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/** The places of one article, with the sentence of every mention for the event stage. */
public record PlaceSet(List<Place> places, Map<Span, Integer> mentionSentence, Map<Span, String> byMention) {
    public PlaceSet {
        places = List.copyOf(places);
        mentionSentence = Map.copyOf(mentionSentence);
        byMention = Map.copyOf(byMention);
    }

    public Place byId(String id) {
        return places.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }
}
