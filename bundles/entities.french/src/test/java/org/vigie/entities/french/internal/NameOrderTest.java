package org.vigie.entities.french.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;

/**
 * A person's name written in the other order is that person within a document (all words, any
 * order); across documents a Vietnamese or Chinese name declares its spelling with the family name
 * moved, which the entity index links when another document uses it.
 */
class NameOrderTest {

    private final Extraction extraction = new Extraction();

    @Test
    void aVietnameseNameWrittenFamilyNameLastIsThePersonInTheSameDocument() {
        assertEquals(Set.of("Lâm Tô"), Extraction.values(extraction.of("Le secrétaire général Tô Lâm a reçu la délégation."
                + " Plus tard, Lâm Tô a salué les participants."), EntityType.PERSON));
    }

    @Test
    void aChineseNameFamilyNameFirstDeclaresItFamilyNameLast() {
        assertEquals(Set.of("Jinping Xi"), declared("Le président chinois Xi Jinping est arrivé mardi.", "Xi Jinping"));
    }

    @Test
    void aChineseNameFamilyNameLastDeclaresItFamilyNameFirst() {
        assertEquals(Set.of("Xi Jinping"), declared("Le président chinois Jinping Xi est arrivé mardi.", "Jinping Xi"));
    }

    @Test
    void aThreeWordVietnameseNameMovesOnlyItsFamilyName() {
        assertEquals(Set.of("Tam Quang Lương"), declared("Le ministre de la Sécurité publique Lương Tam Quang a parlé.", "Lương Tam Quang"));
        assertEquals(Set.of("Lương Tam Quang"), declared("Le ministre de la Sécurité publique Tam Quang Lương a parlé.", "Tam Quang Lương"));
    }

    @Test
    void aNameWithoutAnAsianFamilyNameDeclaresNothing() {
        Annotation person = Extraction.find(extraction.of("Le ministre Jean-Noël Barrot a parlé."), EntityType.PERSON, "Jean-Noël Barrot");
        assertNull(person.feature(Features.DECLARED));
    }

    private Set<String> declared(String text, String name) {
        List<Annotation> annotations = extraction.of(text);
        String declared = Extraction.find(annotations, EntityType.PERSON, name).feature(Features.DECLARED);
        return declared == null ? Set.of() : Set.copyOf(declared.lines().toList());
    }
}
