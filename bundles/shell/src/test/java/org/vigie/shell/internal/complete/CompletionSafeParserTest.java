package org.vigie.shell.internal.complete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Completes a word the way JLine does (the typed word replaced by the parsed line's escape of the
 * candidate), then runs the line in a real Gogo session: the command must receive the candidate as
 * its one argument, and nothing else may run.
 */
class CompletionSafeParserTest {
    private static final String[] NAMES = {"Foo; vigie:status", "$(rm)", "${rm}", "Côte d'Ivoire", "a | rm", "x > /tmp/h",
        "(rm)", "{ rm }", "[rm]", "a & b", "Nobuhiro Endo", "back\\slash", "say \"hi\" $HOME", "line\nrm", "#rm", "//rm",
        "it's ; rm", "%(1+1)", "<rm", "tab\there", "Interpol"};

    private final ThreadIOImpl threadIO = new ThreadIOImpl();
    private final List<List<Object>> shown = new ArrayList<>();
    private final List<String> trapped = new ArrayList<>();
    private CommandSession session;

    @BeforeEach
    void startGogo() {
        threadIO.start();
        CommandProcessorImpl processor = new CommandProcessorImpl(threadIO);
        processor.addCommand("entities", new Show(), "show");
        processor.addCommand("vigie", new Trap("vigie:status"), "status");
        processor.addCommand("gogo", new Trap("rm"), "rm");
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        session = processor.createSession(new ByteArrayInputStream(new byte[0]), sink, sink);
        session.put("SCOPE", "entities:vigie:gogo:*");
    }

    @AfterEach
    void stopGogo() {
        session.close();
        threadIO.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"entities:show ", "entities:show F", "entities:show \"F", "entities:show 'F"})
    void everyCandidateCompletesToOneLiteralArgument(String typed) throws Exception {
        for (String name : NAMES) {
            shown.clear();
            String line = complete(typed, name);

            session.execute(line);

            assertEquals(List.of(List.of(name)), shown, () -> "completed line: " + line);
        }
        assertEquals(List.of(), trapped);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Interpol", "Hanoï", "a1e76662", "/tmp/news/file-1.txt", "~/news"})
    void aPlainCandidateIsInsertedAsItIs(String candidate) throws Exception {
        assertEquals("entities:show " + candidate, complete("entities:show ", candidate));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Foo; vigie:status", "Nobuhiro Endo"})
    void anIncompleteCandidateLeavesTheQuoteOpenForTheNextTab(String candidate) throws Exception {
        CompletingParsedLine parsed = parse("entities:show N");
        String inserted = parsed.escape(candidate, false).toString();

        assertTrue(inserted.startsWith("'") && !inserted.endsWith("'"), inserted);
    }

    private static String complete(String typed, String candidate) throws Exception {
        CompletingParsedLine parsed = parse(typed);
        return typed.substring(0, typed.length() - parsed.rawWordCursor()) + parsed.escape(candidate, true);
    }

    private static CompletingParsedLine parse(String typed) throws Exception {
        CompletionSafeParser parser = new CompletionSafeParser(new org.apache.felix.gogo.jline.Parser());
        return (CompletingParsedLine) parser.parse(typed, typed.length(), ParseContext.COMPLETE);
    }

    public final class Show {
        public void show(Object... words) {
            shown.add(List.of(words));
        }
    }

    public final class Trap {
        private final String name;

        Trap(String name) {
            this.name = name;
        }

        public void status() {
            trapped.add(name);
        }

        public void rm(Object... ignored) {
            trapped.add(name);
        }
    }
}
