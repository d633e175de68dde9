package org.vigie.export.internal.ftm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;

class CountriesTest {

    private final SmallIndex index = new SmallIndex()
            .entity(FtmExporterTest.entity(EntityType.LOCATION, "Viêt Nam", List.of(), List.of()))
            .entity(FtmExporterTest.entity(EntityType.LOCATION, "Allemagne", List.of(), List.of()))
            .entity(FtmExporterTest.entity(EntityType.LOCATION, "Hanoï", List.of(), List.of()))
            .entity(FtmExporterTest.entity(EntityType.PERSON, "Jürgen Stock", List.of(), List.of()))
            .mention("d", 0, "LOCATION:viêt nam", null, Map.of(Features.LINK, "iso:VN"))
            .mention("d", 0, "LOCATION:allemagne", null, Map.of())
            .mention("d", 0, "LOCATION:hanoï", null, Map.of(Features.LINK, "gaz:hanoi"));
    private final Countries countries = new Countries(index);

    @Test
    void aPlaceIsACountryByItsGazetteerLinkOrItsName() {
        assertEquals(Optional.of("vn"), countries.of(index.find("Viêt Nam").orElseThrow()));
        assertEquals(Optional.of("de"), countries.of(index.find("Allemagne").orElseThrow()), "no link: the JDK's French name");
        assertEquals(Optional.empty(), countries.of(index.find("Hanoï").orElseThrow()));
        assertEquals(Optional.empty(), countries.of(index.find("Jürgen Stock").orElseThrow()), "only places are countries");
    }

    @Test
    void aNameIsLookedUpInTheIndexThenInCountryNames() {
        assertEquals(Optional.of("vn"), countries.ofName("VIET NAM"));
        assertEquals(Optional.of("br"), countries.ofName("Brésil"));
        assertEquals(Optional.of("br"), countries.ofName("Brazil"));
        assertEquals(Optional.empty(), countries.ofName("Bureau politique"));
        assertEquals(Optional.empty(), countries.ofName(null));
    }

    @Test
    void aPlaceIsLookedUpOnce() {
        countries.of(index.find("Viêt Nam").orElseThrow());
        int calls = index.mentionCalls;
        countries.of(index.find("Viêt Nam").orElseThrow());
        assertEquals(calls, index.mentionCalls);
    }
}
