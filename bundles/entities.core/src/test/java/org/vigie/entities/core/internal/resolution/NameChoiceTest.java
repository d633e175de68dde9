package org.vigie.entities.core.internal.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.NameKey;

class NameChoiceTest {

    @Test
    void theMostAccentedSpellingWinsThenTheMostFrequent() {
        assertEquals("Lương Tam Quang", NameChoice.fullest(Map.of("Luong Tam Quang", 9, "Lương Tam Quang", 1)));
        assertEquals("Trần Đại Quang", NameChoice.fullest(Map.of("Trân Dai Quang", 4, "Trần Đại Quang", 1)));
        assertEquals("Hanoï", NameChoice.fullest(Map.of("Hanoi", 3, "Hanoï", 1)));
        assertEquals("Viêt Nam", NameChoice.fullest(Map.of("VIÊT NAM", 1, "Viêt Nam", 2)));
    }

    @Test
    void decomposedAccentsCountAsMuchAsComposedOnes() {
        String decomposed = Normalizer.normalize("Lương Tam Quang", Normalizer.Form.NFD);
        assertEquals(2, NameKey.accents(decomposed));
        assertEquals(2, NameKey.accents("Lương Tam Quang"));
        assertEquals(0, NameKey.accents("Luong Tam Quang"));
        assertEquals(decomposed, NameChoice.fullest(Map.of("Luong Tam Quang", 3, decomposed, 1)));
    }

    @Test
    void tiesAreBrokenTheSameWayWhateverTheOrder() {
        String first = NameChoice.fullest(Map.of("Nguyên Van A", 1, "Nguyen Vân A", 1));
        assertEquals(first, NameChoice.fullest(new java.util.TreeMap<>(Map.of("Nguyen Vân A", 1, "Nguyên Van A", 1))));
        assertEquals("Nguyen Vân A", first);
    }
}
