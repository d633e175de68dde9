package org.vigie.report.pdf.internal.section;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.vigie.report.api.Citations;
import org.vigie.report.api.Grade;
import org.vigie.report.api.SelectedDocument;

/** The grades in words, and when a statement's backing documents are all doubtful. */
class AdmiraltyScaleTest {

    @Test
    void aRatingSaysWhatIsKnownInWords() {
        assertEquals("Cotation B2 : source habituellement fiable, information probablement vraie.",
                AdmiraltyScale.rating(new Grade("B", 2)).plain());
        assertEquals("Cotation F : fiabilité de la source impossible à évaluer.",
                AdmiraltyScale.rating(new Grade("F", 0)).plain());
        assertEquals("Cotation 5 : information improbable.", AdmiraltyScale.rating(new Grade(null, 5)).plain());
        assertEquals("", AdmiraltyScale.rating(Grade.NONE).plain());
    }

    @Test
    void theCaveatNeedsEveryBackingDocumentDoubtful() {
        Citations grades = graded(Map.of("f", new Grade("F", 0), "e5", new Grade("E", 5), "c5", new Grade("C", 5),
                "b2", new Grade("B", 2), "none", Grade.NONE));
        assertEquals("(source peu fiable : F)", AdmiraltyScale.caveat(grades, List.of("f")));
        assertEquals("(source peu fiable : F)", AdmiraltyScale.caveat(grades, List.of("f", "e5")));
        assertEquals("(information peu crédible : C5)", AdmiraltyScale.caveat(grades, List.of("c5", "f")));
        assertEquals("", AdmiraltyScale.caveat(grades, List.of("f", "b2")), "a reliable source backs it too");
        assertEquals("", AdmiraltyScale.caveat(grades, List.of("f", "none")), "an ungraded source is not judged doubtful");
        assertEquals("", AdmiraltyScale.caveat(grades, List.of()));
    }

    private static Citations graded(Map<String, Grade> grades) {
        return new Citations() {
            @Override
            public int cite(String documentId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public OptionalInt number(String documentId) {
                return OptionalInt.empty();
            }

            @Override
            public List<SelectedDocument> cited() {
                return List.of();
            }

            @Override
            public Grade grade(String documentId) {
                return grades.get(documentId);
            }
        };
    }
}
