package org.vigie.shell.internal.complete;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;

import org.jline.builtins.Completers;
import org.jline.builtins.Completers.CompletionData;
import org.jline.builtins.Completers.CompletionEnvironment;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Gogo JLine's completer, completing an option's value with that option's candidates only. JLine
 * 3.21 also offers every other option's candidates as values of any word that is not an option:
 * {@code export:write --format <Tab>} listed entity names and files besides the formats. Here a
 * word after an option declared with candidates ({@code complete -l format -a ...}) gets those,
 * an option name gets the option names, and any other word the command's own arguments
 * ({@code complete -a ...} with no option).
 */
final class OptionValueCompleter extends Completers.Completer {

    OptionValueCompleter(CompletionEnvironment environment) {
        super(environment);
    }

    /** This completer in place of Gogo's, with Gogo's environment; empty when JLine keeps it out of reach. */
    static Optional<OptionValueCompleter> replacing(Completers.Completer gogo) {
        try {
            Field field = Completers.Completer.class.getDeclaredField("environment");
            field.setAccessible(true);
            return Optional.of(new OptionValueCompleter((CompletionEnvironment) field.get(gogo)));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    protected void completeCommandArguments(LineReader reader, ParsedLine line, List<Candidate> candidates,
            List<CompletionData> completions) {
        super.completeCommandArguments(reader, line, candidates, relevant(line, completions));
    }

    static List<CompletionData> relevant(ParsedLine line, List<CompletionData> completions) {
        if (line.word().startsWith("-")) {
            return completions;
        }
        String previous = line.wordIndex() >= 2 ? line.words().get(line.wordIndex() - 1) : "";
        List<CompletionData> values = completions.stream()
                .filter(c -> c.options != null && c.argument != null && c.options.contains(previous)).toList();
        return values.isEmpty() ? completions.stream().filter(c -> c.options == null).toList() : values;
    }
}
