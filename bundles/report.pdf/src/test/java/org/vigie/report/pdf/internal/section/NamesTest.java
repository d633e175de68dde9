package org.vigie.report.pdf.internal.section;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;

class NamesTest {

    private static Entity person(String name, String... aliases) {
        return new Entity("person:x", EntityType.PERSON, name, List.of(aliases), List.of(), List.of(), 1, 1);
    }

    @Test
    void showsTheMostAccentedSpellingOfTheSameName() {
        assertEquals("Lương Tam Quang", Names.of(person("Luong Tam Quang", "Lương Tam Quang", "Tam Quang")));
        assertEquals("Trần Đại Quang", Names.of(person("Trần Đại Quang", "Tran Dai Quang")));
    }

    @Test
    void neverSwapsInADifferentName() {
        assertEquals("Bui Van Nam", Names.of(person("Bui Van Nam", "vice-ministre Bùi")));
    }
}
