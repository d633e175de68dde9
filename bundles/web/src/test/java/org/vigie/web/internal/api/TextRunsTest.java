package org.vigie.web.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Span;

class TextRunsTest {

    @Test
    void overlappingSpansCutTheTextAtEachBoundary() {
        assertEquals(List.of(new TextRuns.Run(0, 2, List.of()), new TextRuns.Run(2, 4, List.of(0)),
                new TextRuns.Run(4, 6, List.of(0, 1)), new TextRuns.Run(6, 8, List.of(1)), new TextRuns.Run(8, 10, List.of())),
                TextRuns.of(10, List.of(new Span(2, 6), new Span(4, 8))));
    }

    @Test
    void aSpanPastTheTextIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextRuns.of(3, List.of(new Span(1, 4))));
        assertEquals("annotation Span[begin=1, end=4] ends past the text (3 characters)", e.getMessage());
    }

    @Test
    void anEmptyTextHasNoRun() {
        assertEquals(List.of(), TextRuns.of(0, List.of()));
    }
}
