package org.vigie.export.internal.ftm;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.api.NameKey;
import org.vigie.export.internal.GazetteerLinks;

/**
 * Country codes as FtM's {@code country} type wants them (ISO 3166-1 alpha-2, lower case). A place
 * is a country when one of its mentions carries a gazetteer link {@code iso:XX}
 * ({@link Features#LINK}), or else when its name is a country's name in French or English (the
 * JDK's CLDR names). Links are read over the whole corpus (they
 * say what a place is, whatever the selection). A name (an affiliation, an organisation's {@link Features#COUNTRY}) is
 * looked up in the index first, then in those names. Answers are kept per entity key: memory grows
 * with the distinct places asked about.
 */
final class Countries {

    /** How many mentions of a place are read to find its link. */
    static final int MENTIONS_READ = 20;

    private final EntityIndex index;
    private final Map<String, Optional<String>> byKey = new HashMap<>();
    /** The gazetteer links of a place's first mentions, read once for both questions. */
    private final Map<String, List<String>> links = new HashMap<>();
    private Map<String, String> byName;

    Countries(EntityIndex index) {
        this.index = index;
    }

    /** The country code of a place, when it is a country. */
    Optional<String> of(Entity place) {
        if (!place.type().equals(EntityType.LOCATION)) {
            return Optional.empty();
        }
        return byKey.computeIfAbsent(place.key(), k -> first(k, GazetteerLinks::country).or(() -> named(place.name())));
    }

    /**
     * The country code of a sub-national place ({@code us} for Texas): the gazetteer links a
     * mention of an ISO 3166-2 subdivision as {@code iso-2:US-TX}.
     */
    Optional<String> ofSubdivision(Entity place) {
        return first(place.key(), GazetteerLinks::subdivisionCountry);
    }

    /** The country code of a name: a country place of the index, or a country's name. */
    Optional<String> ofName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return index.find(name).flatMap(this::of).or(() -> named(name));
    }

    /** The first code the place's links give, in FtM's lower case. */
    private Optional<String> first(String key, Function<String, Optional<String>> code) {
        List<String> found = links.computeIfAbsent(key, k -> index.mentions(k, List.of(), MENTIONS_READ).stream()
                .map(m -> m.features().get(Features.LINK)).filter(Objects::nonNull).toList());
        return found.stream().map(code).flatMap(Optional::stream).findFirst().map(c -> c.toLowerCase(Locale.ROOT));
    }

    private Optional<String> named(String name) {
        if (byName == null) {
            byName = new HashMap<>();
            for (String code : Locale.getISOCountries()) {
                Locale country = new Locale("", code);
                byName.putIfAbsent(NameKey.fold(country.getDisplayCountry(Locale.FRENCH)), code.toLowerCase(Locale.ROOT));
                byName.putIfAbsent(NameKey.fold(country.getDisplayCountry(Locale.ENGLISH)), code.toLowerCase(Locale.ROOT));
            }
        }
        return Optional.ofNullable(byName.get(NameKey.fold(name)));
    }
}
