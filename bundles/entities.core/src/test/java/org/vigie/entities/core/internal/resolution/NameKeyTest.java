package org.vigie.entities.core.internal.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.NameKey;

/** The fold every index key is made of: accented and plain spellings meet, ASCII or not. */
class NameKeyTest {

    @Test
    void accentedVietnameseAndPlainSpellingsShareOneKey() {
        assertEquals("luong tam quang", NameKey.fold("Lương Tam Quang"));
        assertEquals("luong tam quang", NameKey.fold("Luong Tam Quang"));
        assertEquals("luong tam quang", NameKey.fold("LUONG  TAM\u00a0QUANG"));
        assertEquals("dang thi ngoc", NameKey.fold("Đặng Thị Ngọc"));
        assertEquals("hanoi", NameKey.fold("Hanoï"));
    }

    @Test
    void asciiTextIsLowerCasedWithItsWhiteSpaceCollapsedAndTrimmed() {
        assertEquals("organisation des nations unies (onu)", NameKey.fold("  Organisation des\tNations\nunies (ONU) "));
        assertEquals("l'onu", NameKey.fold("L'ONU"));
        assertEquals("", NameKey.fold("   "));
    }

    @Test
    void typographicApostrophesAndDashesBecomeAscii() {
        assertEquals("l'office - onudc", NameKey.fold("L\u2019Office \u2013 ONUDC"));
        assertEquals("d'interpol", NameKey.fold("d\u2018Interpol"));
    }

    @Test
    void composedAndDecomposedSpellingsCountTheSameAccents() {
        String decomposed = java.text.Normalizer.normalize("Lương Tam Quang", java.text.Normalizer.Form.NFD);
        assertEquals(2, NameKey.accents("Lương Tam Quang"));
        assertEquals(2, NameKey.accents(decomposed));
        assertEquals(0, NameKey.accents("Luong Tam Quang"));
        assertEquals(0, NameKey.accents("Côte d\u2019Ivoire".substring(5)));
    }

    @Test
    void theMoreAccentedSpellingWinsAndATieKeepsTheFirst() {
        assertEquals("Lương Tam Quang", NameKey.moreAccented("Luong Tam Quang", "Lương Tam Quang"));
        assertEquals("Hanoï", NameKey.moreAccented("Hanoï", "Hanoi"));
        assertEquals("Hanoi", NameKey.moreAccented("Hanoi", "HANOI"));
    }
}
