package org.sitrep.extract;

import java.util.List;
import org.sitrep.extract.actor.ActorResolver;
import org.sitrep.extract.actor.ActorSet;
import org.sitrep.extract.actor.MentionFinder;
import org.sitrep.extract.event.AcledRules;
import org.sitrep.extract.event.EventExtractor;
import org.sitrep.extract.event.TriggerLexicon;
import org.sitrep.extract.place.PlaceExtractor;
import org.sitrep.extract.place.PlaceSet;
import org.sitrep.extract.quote.QuoteExtractor;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Quote;
import org.sitrep.model.SitrepRecord;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.Stage;
import org.sitrep.resolve.Knowledge;

/**
 * The extract stage: actors first (every other part points at them), then places, quotes and
 * events. Stateless and thread-safe.
 */
public final class RecordExtractor implements Stage<AnnotatedArticle, SitrepRecord> {

    private final MentionFinder mentions;
    private final ActorResolver actors;
    private final PlaceExtractor places;
    private final QuoteExtractor quoteExtractor;
    private final EventExtractor events;

    public RecordExtractor(Knowledge knowledge) {
        this.mentions = new MentionFinder(knowledge);
        this.actors = new ActorResolver(knowledge);
        this.places = new PlaceExtractor(knowledge);
        this.quoteExtractor = new QuoteExtractor();
        this.events = new EventExtractor(TriggerLexicon.embedded(), AcledRules.embedded());
    }

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public Outcome<SitrepRecord> apply(AnnotatedArticle a) {
        if (a.sentences().isEmpty()) {
            return Outcome.ok(new SitrepRecord(a.article(), List.of(), List.of(), List.of(), List.of(), List.of()));
        }
        ActorSet actorSet = actors.resolve(a, mentions.find(a));
        PlaceSet placeSet = places.extract(a, actorSet);
        List<Quote> quotes = quoteExtractor.extract(a, actorSet);
        ActorSet withTargets = events.withTargets(a, actorSet, placeSet);
        List<Event> eventList = events.extract(a, withTargets, placeSet);
        return Outcome.ok(new SitrepRecord(a.article(), withTargets.actors(), placeSet.places(), eventList, quotes,
                List.of()));
    }
}
