package org.vigie.web.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void markedMatchesBecomeRunsAndTheRestStaysPlainText() {
        assertEquals(List.of(new Snippet.Run("la ", false), new Snippet.Run("Convention", true), new Snippet.Run(" <b>", false)),
                Snippet.runs("la [[Convention]] <b>"));
    }

    @Test
    void anUnclosedMarkIsKeptAsText() {
        assertEquals(List.of(new Snippet.Run("a [[b", false)), Snippet.runs("a [[b"));
        assertEquals(List.of(), Snippet.runs(""));
    }
}
