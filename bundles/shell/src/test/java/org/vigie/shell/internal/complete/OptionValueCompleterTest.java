package org.vigie.shell.internal.complete;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jline.builtins.Completers.CompletionData;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;

/** Which completions of export:write (as the shell profile declares them) answer which word. */
class OptionValueCompleterTest {

    private static final CompletionData FORMAT = new CompletionData(List.of("--format"), "Format id", "vigie:formats", null);
    private static final CompletionData OUT = new CompletionData(List.of("--out"), "Output file", "__files", null);
    private static final CompletionData JSON = new CompletionData(List.of("--json"), "JSON Lines output", null, null);
    private static final CompletionData ENTITY = new CompletionData(List.of("--entity"), "Documents mentioning", "vigie:names", null);
    private static final CompletionData IDS = new CompletionData(null, null, "vigie:ids", null);
    private static final List<CompletionData> ALL = List.of(FORMAT, OUT, JSON, ENTITY, IDS);

    @Test
    void anOptionsValueIsCompletedWithThatOptionsCandidatesOnly() {
        assertEquals(List.of(FORMAT), relevant("export:write --out x.zip --format "));
        assertEquals(List.of(FORMAT), relevant("export:write --format cs"));
        assertEquals(List.of(ENTITY), relevant("export:write --format csv --entity Inter"));
    }

    @Test
    void anOptionNameGetsEveryOptionAndAnyOtherWordTheCommandsOwnArguments() {
        assertEquals(ALL, relevant("export:write --fo"));
        assertEquals(List.of(IDS), relevant("export:write --json "));
        assertEquals(List.of(IDS), relevant("export:write "));
    }

    private static List<CompletionData> relevant(String line) {
        ParsedLine parsed = new DefaultParser().parse(line, line.length(), ParseContext.COMPLETE);
        return OptionValueCompleter.relevant(parsed, ALL);
    }
}
