package org.vigie.export.internal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void controlsAreDroppedAndLineBreaksBecomeSpaces() {
        assertEquals("a b  c", XmlText.clean("a\tb\r\nc\u0000"));
        assertEquals("ab", XmlText.clean("a\u0000\u0008\u000b\u000c\u001f\ufffe\uffffb"));
        assertEquals("x", XmlText.clean("x\ud800"), "an unpaired surrogate is dropped");
    }

    @Test
    void emojiAndMarkupAreKept() {
        assertEquals("😀 <&> \"'", XmlText.clean("😀 <&> \"'"));
    }

    @Test
    void idsAreNameTokensAndTellKeysApart() {
        String id = XmlText.id("e:", "PERSON:jean dupont");
        assertEquals("e:PERSON:jean_20_dupont", id);
        assertTrue(XmlText.id("e:", "ORGANIZATION:l'état 😀_x").matches("[A-Za-z0-9.:_-]+"));
        assertNotEquals(XmlText.id("e:", "a_20_b"), XmlText.id("e:", "a b"), "an underscore is encoded too");
    }
}
