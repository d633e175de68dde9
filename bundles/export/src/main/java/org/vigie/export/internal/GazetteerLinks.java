package org.vigie.export.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.vigie.entities.api.Features;
import org.vigie.entities.api.Mention;

/**
 * Country codes from the gazetteer's links on mentions ({@link Features#LINK}): {@code iso:VN} for a
 * country (ISO 3166-1 alpha-2), {@code iso-2:US-TX} for a subdivision (ISO 3166-2, the country
 * before the dash). Codes are upper case, as ISO writes them; a format wanting lower case lowers them.
 */
public final class GazetteerLinks {

    private static final String COUNTRY = "iso:";
    private static final String SUBDIVISION = "iso-2:";

    private GazetteerLinks() {
    }

    /** The code of the country the first mention linked to one names. */
    public static Optional<String> country(Collection<Mention> mentions) {
        return first(mentions, GazetteerLinks::country);
    }

    /** The country of the subdivision the first mention linked to one names ({@code US} for Texas). */
    public static Optional<String> subdivisionCountry(Collection<Mention> mentions) {
        return first(mentions, GazetteerLinks::subdivisionCountry);
    }

    /** The country a link names, when it links a country. */
    public static Optional<String> country(String link) {
        return link != null && link.startsWith(COUNTRY) && link.length() == COUNTRY.length() + 2
                ? Optional.of(link.substring(COUNTRY.length()).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /** The country of the subdivision a link names, when it links a subdivision. */
    public static Optional<String> subdivisionCountry(String link) {
        return link != null && link.startsWith(SUBDIVISION) && link.indexOf('-', SUBDIVISION.length()) == SUBDIVISION.length() + 2
                ? Optional.of(link.substring(SUBDIVISION.length(), SUBDIVISION.length() + 2).toUpperCase(Locale.ROOT))
                : Optional.empty();
    }

    private static Optional<String> first(Collection<Mention> mentions, Function<String, Optional<String>> code) {
        return mentions.stream().map(m -> m.features().get(Features.LINK)).filter(Objects::nonNull).map(code)
                .flatMap(Optional::stream).findFirst();
    }
}
