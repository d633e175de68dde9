package org.vigie.export.internal.ftm;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;

/**
 * What the text says about an event, sentence by sentence: its {@code date} is every dated
 * mention (ISO, day or month precision) in a sentence that names the event; {@code involved} the
 * people and organisations named in those sentences; {@code country} the countries and
 * {@code location} the other places. The publication date of an article is not an event's date,
 * so an event named in no dated sentence has none.
 */
final class EventFacts {

    /** How many sentences of an event, and how many co-occurring entities, are read. */
    static final int READ = 50;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final EntityIndex index;
    private final Collection<String> scope;
    private final Countries countries;

    EventFacts(EntityIndex index, Collection<String> scope, Countries countries) {
        this.index = index;
        this.scope = scope;
        this.countries = countries;
    }

    FtmObject add(FtmObject event, Entity e) {
        event.addAll("date", dates(e.key()));
        for (CoOccurrence c : index.coOccurrences(e.key(), scope, READ)) {
            Entity other = c.first().key().equals(e.key()) ? c.second() : c.first();
            EntityType type = other.type();
            if (type.equals(EntityType.PERSON) || type.equals(EntityType.ORGANIZATION)) {
                event.add("involved", FtmIds.entity(other.key()));
            } else if (type.equals(EntityType.LOCATION)) {
                countries.of(other).ifPresentOrElse(code -> event.add("country", code), () -> event.add("location", other.name()));
            }
        }
        return event;
    }

    private Set<String> dates(String key) {
        List<Mention> mentions = index.mentions(key, scope, READ);
        Set<String> sentences = new LinkedHashSet<>();
        mentions.stream().filter(m -> m.sentence() != null).forEach(m -> sentences.add(m.documentId() + ' ' + m.sentence()));
        Set<String> dates = new LinkedHashSet<>();
        if (mentions.isEmpty()) {
            return dates;
        }
        List<String> documents = mentions.stream().map(Mention::documentId).distinct().toList();
        for (Mention d : index.dates(documents)) {
            if (d.value() != null && ISO_DATE.matcher(d.value()).matches() && sentences.contains(d.documentId() + ' ' + d.sentence())) {
                dates.add(d.value());
            }
        }
        return dates;
    }
}
