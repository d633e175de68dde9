package org.vigie.export.internal.stix;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.vigie.entities.api.Entity;
import org.vigie.entities.api.NameKey;

/**
 * Where a LOCATION lies in STIX terms. A STIX location needs a region, a country or coordinates;
 * Vigie knows a country's ISO 3166-1 alpha-2 code from the gazetteer ({@code link} feature
 * {@code iso:VN}) and a continent or world region by its name ({@code regions.tsv}: French and
 * English names to STIX's {@code region-ov}); a subdivision (state, province, département) its
 * country from its ISO 3166-2 code ({@code iso-2:US-TX}), written with the place as
 * {@code administrative_area}. Other places (cities) have none, and are left out of the bundle,
 * counted in the report's description.
 */
final class Places {

    private final Map<String, String> regions;

    Places(Map<String, String> regions) {
        this.regions = Map.copyOf(regions);
    }

    /** The places of the bundled {@code regions.tsv}. */
    static Places standard() {
        try (InputStream in = Places.class.getResourceAsStream("regions.tsv")) {
            if (in == null) {
                throw new IllegalStateException("regions.tsv is missing from the export bundle");
            }
            Map<String, String> regions = new HashMap<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .forEach(cells -> regions.put(cells[0].strip(), cells[1].strip()));
            return new Places(regions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read regions.tsv: " + e.getMessage(), e);
        }
    }

    /** The STIX region ({@code south-eastern-asia}) the place's name or an alias names. */
    Optional<String> region(Entity place) {
        return Stream.concat(Stream.of(place.name()), place.aliases().stream())
                .map(n -> regions.get(NameKey.fold(n))).filter(r -> r != null).findFirst();
    }
}
