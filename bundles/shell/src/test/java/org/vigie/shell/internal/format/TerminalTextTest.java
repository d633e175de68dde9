package org.vigie.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class TerminalTextTest {
    private static final String HOSTILE = "a\nerror: forged\r\u001b[31mred\u001b]0;title\u0007\u009b2J\u007f\u202eevil\u2066x\u2028y";

    @Test
    void aLineShowsEveryControlCharacterEscapedAndStaysOneLine() {
        String line = TerminalText.line(HOSTILE);

        assertEquals("a\\nerror: forged\\r\\x1b[31mred\\x1b]0;title\\x07\\x9b2J\\x7f\\u202eevil\\u2066x\\u2028y", line);
        assertSafe(line);
    }

    @Test
    void aLineOfOrdinaryTextIsUnchanged() {
        assertEquals("Convention de Hanoï – « Interpol » 東京", TerminalText.line("Convention de Hanoï – « Interpol » 東京"));
        assertEquals("null", TerminalText.line(null));
    }

    @Test
    void aBlockKeepsItsNewlinesAndTabsAndDropsTheRest() {
        String block = TerminalText.block("titre\r\n\tpremier\u001b[2J paragraphe\u202e\rsecond\u2029fin\u0000");

        assertEquals("titre\n\tpremier[2J paragraphe\nsecond\nfin", block);
    }

    @Test
    void aTableCellWithANewlineCannotForgeARow() {
        Table table = new Table("FILE", "TITLE");
        table.row("evil\nerror: cannot import /etc/passwd", "\u001b[1mBold\u001b[0m");

        String printed = print(table);

        assertEquals(2, printed.lines().count());
        assertTrue(printed.contains("[1mBold\\x1b[0m"), printed);
        assertSafe(printed.replace("\n", ""));
    }

    @Test
    void anErrorLineEscapesTheFileNameItQuotes() {
        String line = ErrorLine.of(new IllegalStateException("cannot import a\nb.txt: \u001b[31mbad"));

        assertEquals("error: cannot import a\\nb.txt: \\x1b[31mbad", line);
    }

    @Test
    void jsonLinesEscapeWhatATerminalWouldObeyAndStayTheSameJson() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("title", HOSTILE + " Hanoï");
        new JsonLines(new PrintStream(bytes, true, StandardCharsets.UTF_8)).write(object);
        String json = bytes.toString(StandardCharsets.UTF_8).strip();

        assertSafe(json);
        assertTrue(json.contains("Hanoï"), json);
        assertEquals(HOSTILE + " Hanoï", new ObjectMapper().readTree(json).get("title").asText());
    }

    private static String print(Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void assertSafe(String text) {
        for (char c : text.toCharArray()) {
            assertFalse(TerminalText.isUnsafe(c), () -> "unsafe character U+" + Integer.toHexString(c) + " in " + text);
        }
    }
}
