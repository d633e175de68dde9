package org.vigie.entities.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.NameKey;

/** The quick fold of the Latin scripts gives what the definition gives, char for char. */
class LatinFoldTest {

    @Test
    void everyCharOfTheTablesFoldsAsTheDefinitionSaysAloneAndBetweenWords() {
        for (char c = 0; c < 0x2100; c++) {
            for (String s : List.of(String.valueOf(c), "a" + c + "b", c + " " + c, " " + c, c + "  x", "Ab" + c + "É",
                    "x " + c + " y", c + "\u00a0" + c + c)) {
                assertEquals(Folding.normalized(s), NameKey.fold(s), () -> "U+" + Integer.toHexString(s.charAt(0)) + " in " + s);
            }
        }
    }

    @Test
    void namesAsNewsWritesThem() {
        for (String s : List.of("Lương Tam Quang", "Đặng Hoàng Giang", "Hà Nội", "Bùi Văn Nam", "Sơn", "l’Élysée",
                "Poliția Română", "Policía Nacional", "Viêt Nam", "ÉTATS-UNIS", "a\u00a0b", "Thế", "d’Interpol",
                "“Hanoï” – Paris — Lyon…", "a\u2007b", "l‘ONU ‚ „ ‹ › ‰", "", " ", "  Hà  Nội  ", "œuvre ½ ﬁn")) {
            assertEquals(Folding.normalized(s), NameKey.fold(s), s);
        }
        assertEquals("luong tam quang", NameKey.fold("Lương Tam Quang"));
    }
}
