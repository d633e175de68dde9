package org.vigie.export.internal.stix;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.Mention;
import org.vigie.export.internal.GazetteerLinks;

/**
 * Writes each entity as the STIX object it is: a PERSON an {@code identity} of class
 * {@code individual}, an ORGANIZATION an {@code identity} of class {@code organization} or, for a
 * threat group ({@link ThreatGroups}), an {@code intrusion-set}, a LOCATION a {@code location}
 * (when {@link Places} knows its country or region), an INDICATOR of the IOC plugin an
 * {@code indicator} with its pattern, or a {@code vulnerability} for a CVE id. Other entity types
 * (EVENT, LAW, a plugin's) have no STIX object and are counted, like places without a code.
 * Remembers the id of every entity written (memory grows with the distinct entities).
 */
final class EntityObjects {

    /** How many mentions of an entity are read for its country code, kind or threat-group cues. */
    private static final int MENTIONS_READ = 100;

    private final EntityIndex index;
    private final Collection<String> scope;
    private final StixWriter out;
    private final Places places;
    private final Map<String, String> exported = new HashMap<>();
    private final Map<String, Integer> leftOut = new TreeMap<>();

    EntityObjects(EntityIndex index, Collection<String> scope, StixWriter out, Places places) {
        this.index = index;
        this.scope = scope;
        this.out = out;
        this.places = places;
    }

    /** The STIX id of a written entity. */
    Optional<String> id(String entityKey) {
        return Optional.ofNullable(exported.get(entityKey));
    }

    /** What was left out, and how many: {@code places without a country or region code=3}. */
    Map<String, Integer> leftOut() {
        return leftOut;
    }

    void write(Entity e) throws IOException {
        switch (e.type().name()) {
            case "PERSON" -> identity(e, "individual");
            case "ORGANIZATION" -> organisation(e, mentions(e));
            case "LOCATION" -> location(e, mentions(e));
            case "INDICATOR" -> indicator(e, mentions(e));
            default -> leaveOut(e.type().name() + " entities");
        }
    }

    private void identity(Entity e, String identityClass) throws IOException {
        begin("identity", e);
        out.field("identity_class", identityClass);
        out.list("roles", e.roles());
        out.field("description", Descriptions.of(e));
        end(e);
    }

    private void organisation(Entity e, List<Mention> mentions) throws IOException {
        if (!ThreatGroups.isThreatGroup(e, mentions)) {
            identity(e, "organization");
            return;
        }
        begin("intrusion-set", e);
        out.list("aliases", e.aliases());
        out.field("description", Descriptions.of(e));
        end(e);
    }

    private void location(Entity e, List<Mention> mentions) throws IOException {
        Optional<String> country = GazetteerLinks.country(mentions);
        Optional<String> area = country.isPresent() ? Optional.empty() : GazetteerLinks.subdivisionCountry(mentions);
        country = country.or(() -> area);
        Optional<String> region = country.isPresent() ? Optional.empty() : places.region(e);
        if (country.isEmpty() && region.isEmpty()) {
            leaveOut("places without a country or region code");
            return;
        }
        begin("location", e);
        out.field("country", country.orElse(null));
        out.field("region", region.orElse(null));
        out.field("administrative_area", area.isPresent() ? e.name() : null);
        out.field("description", Descriptions.of(e));
        end(e);
    }

    private void indicator(Entity e, List<Mention> mentions) throws IOException {
        Mention first = mentions.stream().filter(m -> m.features().get(IndicatorPatterns.KIND) != null).findFirst()
                .orElse(null);
        String kind = first == null ? null : first.features().get(IndicatorPatterns.KIND);
        String value = first == null || first.value() == null ? e.name() : first.value();
        if (IndicatorPatterns.CVE.equals(kind)) {
            begin("vulnerability", e);
            out.startReferences();
            out.reference("cve", null, value.toUpperCase(Locale.ROOT), null);
            out.endList();
            end(e);
            return;
        }
        Optional<String> pattern = kind == null ? Optional.empty() : IndicatorPatterns.pattern(kind, value);
        if (pattern.isEmpty()) {
            leaveOut("indicators of an unknown kind");
            return;
        }
        begin("indicator", e);
        out.field("pattern", pattern.get());
        out.field("pattern_type", "stix");
        out.field("valid_from", out.timestamp());
        out.field("description", kind + " named in " + e.documents() + " document(s)");
        end(e);
    }

    private List<Mention> mentions(Entity e) {
        return index.mentions(e.key(), scope, MENTIONS_READ);
    }

    private void begin(String type, Entity e) throws IOException {
        String id = out.ids().id(type, e.key());
        out.begin(type, id);
        out.field("name", e.name());
        exported.put(e.key(), id);
    }

    private void end(Entity e) throws IOException {
        out.field("x_vigie_key", e.key());
        out.end();
    }

    private void leaveOut(String what) {
        leftOut.merge(what, 1, Integer::sum);
    }
}
