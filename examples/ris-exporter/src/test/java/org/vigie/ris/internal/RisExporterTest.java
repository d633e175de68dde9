package org.vigie.ris.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.entities.api.Entity;

/** The RIS written, line by line, against the layout of the RIS specification. */
class RisExporterTest {

    /** A tag line of the specification: two characters (letter, then letter or digit), two spaces, hyphen, space. */
    private static final Pattern TAG_LINE = Pattern.compile("[A-Z][A-Z0-9]  - [^\\r\\n]*");

    private static final DocumentSummary NEWS = Exports.document("a1", "Interpol démantèle un réseau", "VNA",
            "https://vna.example/1", LocalDate.of(2025, 3, 7), "fr");
    private static final DocumentSummary PAGE = Exports.document("b2", null, null, null, null, "unknown");

    @Test
    void aNewsDocumentIsAReferenceWithItsOutletDateLinkLanguageAndMostMentionedNames() throws Exception {
        List<Entity> names = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            names.add(Exports.entity("PERSON", "Personne " + (char) ('A' + i), 20 - i));
        }
        String ris = Exports.ris(List.of(NEWS), Map.of("a1", names));
        List<String> expected = new ArrayList<>(List.of("TY  - NEWS", "TI  - Interpol démantèle un réseau", "T2  - VNA",
                "PY  - 2025", "DA  - 2025/03/07/", "UR  - https://vna.example/1", "LA  - fr"));
        names.subList(0, RisExporter.KEYWORDS).forEach(e -> expected.add("KW  - " + e.name()));
        expected.addAll(List.of("ID  - a1", "ER  - ", ""));
        assertEquals(String.join("\r\n", expected) + "\r\n", ris);
    }

    @Test
    void aDocumentWithNoOutletIsAWebPageNamedByItsFileAndUnknownFieldsAreLeftOut() throws Exception {
        assertEquals("TY  - ELEC\r\nTI  - b2.html\r\nID  - b2\r\nER  - \r\n\r\n", Exports.ris(List.of(PAGE), Map.of()));
    }

    @Test
    void everyLineFollowsTheSpecificationsLayoutWhateverTheValuesHold() throws Exception {
        DocumentSummary hostile = Exports.document("c3", "Titre\r\nER  - \nTY  - JOUR\u2028fin\t", "Le\u0000Monde",
                "https://x.example/a?b=1\r\n", LocalDate.of(999, 1, 2), "fr");
        String ris = Exports.ris(List.of(NEWS, hostile, PAGE), Map.of("c3", List.of(Exports.entity("ORGANIZATION", "\n", 3))));
        assertTrue(ris.endsWith("\r\n"), ris);
        int references = 0;
        boolean open = false;
        for (String line : ris.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            assertTrue(TAG_LINE.matcher(line).matches(), "a tag line: [" + line + "]");
            String tag = line.substring(0, 2);
            assertEquals(!open, tag.equals("TY"), "a reference starts with TY and only there: " + line);
            open = !tag.equals("ER");
            references += tag.equals("ER") ? 1 : 0;
        }
        assertEquals(3, references);
        assertTrue(ris.contains("TI  - Titre  ER  -  TY  - JOUR fin\r\n") && ris.contains("DA  - 0999/01/02/\r\n"), ris);
        assertTrue(!ris.contains("KW  - "), "a blank name is no keyword");
    }
}
