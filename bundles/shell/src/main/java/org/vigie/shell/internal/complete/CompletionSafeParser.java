package org.vigie.shell.internal.complete;

import java.util.List;

import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;

/**
 * Gogo JLine's parser, made safe for completion. Gogo's parsed line fails on two ordinary
 * completions, and a failure there ends the whole shell: after an opening quote it reports a
 * word cursor past the word ({@code entities:show "Lu<Tab>}), and it cannot escape a candidate
 * that holds a space ({@code entities:show Nobu<Tab>} for {@code Nobuhiro Endo}). For completion
 * only, this parser wraps Gogo's line to clamp the cursor and escape correctly; lines accepted
 * for execution are Gogo's own, untouched.
 * <p>
 * Candidates come from documents (entity names), so whatever is inserted must be one literal
 * argument: a candidate of only letters, digits and {@code -_.:/@+~} is inserted as it is;
 * any other is inserted between single quotes, inside which Gogo expands nothing ({@code $},
 * {@code ;}, {@code |}, brackets, blanks and newlines are plain text there), an inner quote
 * written {@code '\''} (close, escaped quote, reopen).
 */
final class CompletionSafeParser implements Parser {
    private final Parser gogo;

    CompletionSafeParser(Parser gogo) {
        this.gogo = gogo;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) throws SyntaxError {
        ParsedLine parsed = gogo.parse(line, cursor, context);
        if (context == ParseContext.COMPLETE && parsed instanceof CompletingParsedLine completing) {
            return new SafeLine(completing);
        }
        return parsed;
    }

    @Override
    public boolean isEscapeChar(char ch) {
        return gogo.isEscapeChar(ch);
    }

    @Override
    public boolean validCommandName(String name) {
        return gogo.validCommandName(name);
    }

    @Override
    public boolean validVariableName(String name) {
        return gogo.validVariableName(name);
    }

    @Override
    public String getCommand(String line) {
        return gogo.getCommand(line);
    }

    @Override
    public String getVariable(String line) {
        return gogo.getVariable(line);
    }

    private record SafeLine(CompletingParsedLine parsed) implements CompletingParsedLine {
        @Override
        public String word() {
            return parsed.word();
        }

        @Override
        public int wordCursor() {
            return Math.max(0, Math.min(parsed.wordCursor(), parsed.word().length()));
        }

        @Override
        public int wordIndex() {
            return parsed.wordIndex();
        }

        @Override
        public List<String> words() {
            return parsed.words();
        }

        @Override
        public String line() {
            return parsed.line();
        }

        @Override
        public int cursor() {
            return parsed.cursor();
        }

        @Override
        public int rawWordCursor() {
            return parsed.rawWordCursor();
        }

        @Override
        public int rawWordLength() {
            return parsed.rawWordLength();
        }

        /** The candidate as one literal Gogo argument, replacing the word typed so far; closed when complete. */
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            String line = parsed.line();
            // after a blank Gogo's line ends before the cursor: the word typed so far is empty
            String raw = line.substring(Math.min(line.length(), Math.max(0, parsed.cursor() - parsed.rawWordCursor())));
            boolean quoteTyped = !raw.isEmpty() && (raw.charAt(0) == '"' || raw.charAt(0) == '\'');
            if (!quoteTyped && isPlain(candidate)) {
                return candidate;
            }
            StringBuilder out = new StringBuilder(candidate.length() + 8).append('\'');
            for (int i = 0; i < candidate.length(); i++) {
                char c = candidate.charAt(i);
                out.append(c == '\'' ? "'\\''" : String.valueOf(c));
            }
            return complete ? out.append('\'') : out;
        }

        private static boolean isPlain(CharSequence candidate) {
            if (candidate.toString().startsWith("//")) {
                return false; // a comment at the start of a word
            }
            for (int i = 0; i < candidate.length(); i++) {
                char c = candidate.charAt(i);
                if (!Character.isLetterOrDigit(c) && "-_.:/@+~".indexOf(c) < 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
