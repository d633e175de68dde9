package org.vigie.entities.core.internal.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.api.Span;

class EntityGroupTest {

    private static final String TEXT = "Le général Lương Tam Quang, ministre, a reçu la presse. Quang a parlé le 3 mai. "
            + "Le vice-ministre Luong Tam Quang du ministère de la Sécurité publique a conclu.";

    private static Annotation at(String surface, int from, EntityType type, String value, Map<String, String> features) {
        int begin = TEXT.indexOf(surface, from);
        return new Annotation(new Span(begin, begin + surface.length()), type, surface, value, features, 0.9, "test");
    }

    @Test
    void oneThingPerTypeAndFoldedValueNamedByItsMostAccentedSpelling() {
        Annotation full = at("Lương Tam Quang", 0, EntityType.PERSON, "Luong Tam Quang", Map.of(Features.ROLE, "général"));
        Annotation surname = at("Quang", 40, EntityType.PERSON, "Luong Tam Quang", Map.of(Features.ROLE, "ministre"));
        Annotation plain = at("Luong Tam Quang", 0, EntityType.PERSON, "Luong Tam Quang", Map.of(Features.ROLE,
                "vice-ministre", Features.AFFILIATION, "Ministère de la Sécurité publique"));
        Annotation date = at("3 mai", 0, EntityType.DATE, "2025-05-03", Map.of());
        Annotation ministry = at("ministère de la Sécurité publique", 0, EntityType.ORGANIZATION,
                "Ministère de la Sécurité publique", Map.of(Features.ALIAS, "MSP"));

        List<EntityGroup> groups = EntityGroup.of(List.of(full, surname, date, plain, ministry));

        assertEquals(2, groups.size());
        EntityGroup person = groups.get(0);
        assertEquals("PERSON:luong tam quang", person.group());
        assertEquals("Lương Tam Quang", person.name());
        assertEquals(List.of("Quang", "Luong Tam Quang"), person.aliases());
        assertEquals(List.of("général", "ministre", "vice-ministre"), person.roles());
        assertEquals(List.of("Ministère de la Sécurité publique"), person.affiliations());
        assertEquals("ministere de la securite publique role:office", person.affiliationKey()); // général, ministre: office
        assertEquals(3, person.mentions().size());
        EntityGroup organization = groups.get(1);
        assertEquals("Ministère de la Sécurité publique", organization.name());
        assertEquals(List.of("ministère de la Sécurité publique", "MSP"), organization.aliases());
        assertEquals(EntityGroup.NO_AFFILIATION, organization.affiliationKey());
    }

    @Test
    void affiliationsAreMostFrequentFirstAndCompatibleWhenOneHoldsTheOthersWords() {
        assertEquals(List.of("b", "a"), EntityGroup.mostFrequentFirst(new java.util.LinkedHashMap<>(Map.of("a", 1, "b", 2))));
        assertEquals(true, Resolution.compatible("interpol", "departement de la cybercriminalite d'interpol"));
        assertEquals(false, Resolution.compatible("ue", "ministere de la securite publique"));
    }

    @Test
    void anAliasThatIsTheValueSpelledWithAccentsNamesTheGroup() {
        Annotation plain = at("Luong Tam Quang", 0, EntityType.PERSON, "Luong Tam Quang",
                Map.of(Features.ALIAS, "Lương Tam Quang"));
        EntityGroup person = EntityGroup.of(List.of(plain)).get(0);
        assertEquals("Lương Tam Quang", person.name());
        assertEquals(List.of("Luong Tam Quang"), person.aliases());
    }
}
