package org.vigie.entities.french.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.EntityType;

/** A person's name written in the other order is that person within a document (all words, any order). */
class NameOrderTest {

    private final Extraction extraction = new Extraction();

    @Test
    void aVietnameseNameWrittenFamilyNameLastIsThePersonInTheSameDocument() {
        assertEquals(Set.of("Lâm Tô"), Extraction.values(extraction.of("Le secrétaire général Tô Lâm a reçu la délégation."
                + " Plus tard, Lâm Tô a salué les participants."), EntityType.PERSON));
    }
}
