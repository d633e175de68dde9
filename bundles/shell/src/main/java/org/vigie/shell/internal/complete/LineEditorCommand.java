package org.vigie.shell.internal.complete;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.jline.builtins.Completers;
import org.jline.reader.impl.LineReaderImpl;
import org.osgi.service.component.annotations.Component;
import org.vigie.core.api.VigieException;

/**
 * {@code vigie:editor}: sets up the line editor of an interactive shell; the shell profile calls
 * it at start. It references nothing, so that opening the shell wakes up no store.
 */
@Component(service = LineEditorCommand.class)
@GogoCommand(scope = "vigie", function = "editor")
public class LineEditorCommand {

    @Descriptor("Sets up the line editor of an interactive shell; the shell profile calls it. Example: vigie:editor $.reader")
    public void editor(@Descriptor("the session's line reader") Object reader) {
        if (!(reader instanceof LineReaderImpl impl)) {
            throw new VigieException("not a JLine line reader: " + (reader == null ? "null" : reader.getClass().getName()));
        }
        if (!(impl.getParser() instanceof CompletionSafeParser)) {
            impl.setParser(new CompletionSafeParser(impl.getParser()));
        }
        // when JLine keeps Gogo's environment out of reach, Gogo's completer stays (more candidates, no harm)
        if (impl.getCompleter() instanceof Completers.Completer gogo && !(gogo instanceof OptionValueCompleter)) {
            OptionValueCompleter.replacing(gogo).ifPresent(impl::setCompleter);
        }
    }
}
