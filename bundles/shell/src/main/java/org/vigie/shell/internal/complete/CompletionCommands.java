package org.vigie.shell.internal.complete;

import static org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;

import java.util.ArrayList;
import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.export.api.ExportService;
import org.vigie.export.api.ExporterInfo;
import org.vigie.plugins.api.PluginInfo;
import org.vigie.plugins.api.PluginService;
import org.vigie.shell.internal.command.CommandRegistry;
import org.vigie.shell.internal.format.TerminalText;

/**
 * Candidates for Tab completion, which the shell profile asks for: commands, document ids, entity
 * names, plugins and export formats (each a list, empty when the service behind it is not there).
 * Each is asked at every Tab, so what a plugin adds completes as soon as it is installed.
 */
@Component(service = CompletionCommands.class)
@GogoCommand(scope = "vigie", function = {"ids", "names", "plugins", "commands", "formats"})
public class CompletionCommands {
    private static final int MAX = 500;

    private final CommandRegistry registry;

    @Reference(cardinality = OPTIONAL, policy = DYNAMIC)
    volatile CorpusStore store;

    @Reference(cardinality = OPTIONAL, policy = DYNAMIC)
    volatile EntityIndex index;

    @Reference(cardinality = OPTIONAL, policy = DYNAMIC)
    volatile PluginService plugins;

    @Reference(cardinality = OPTIONAL, policy = DYNAMIC)
    volatile ExportService exports;

    @Activate
    public CompletionCommands(BundleContext context) {
        this.registry = new CommandRegistry(context);
    }

    @Descriptor("Every command as SCOPE:NAME, Vigie's first, for completion (help's argument). Example: vigie:commands")
    public List<String> commands() {
        List<String> all = new ArrayList<>();
        registry.byScope().forEach((scope, names) -> names.forEach(name -> all.add(scope + ":" + name)));
        return all;
    }

    @Descriptor("Document ids (12-character prefixes), for completion. Example: vigie:ids")
    public List<String> ids() {
        CorpusStore current = store;
        if (current == null) {
            return List.of();
        }
        return current.ids().stream().limit(MAX).map(id -> id.length() > 12 ? id.substring(0, 12) : id).toList();
    }

    /**
     * Names come from documents: the line editor quotes each one it inserts (see
     * {@link CompletionSafeParser}), and one holding a control character is left out, since
     * the list of candidates is printed as it is.
     */
    @Descriptor("Entity names, most mentioned first, for completion. Example: vigie:names")
    public List<String> names() {
        EntityIndex current = index;
        if (current == null) {
            return List.of();
        }
        return current.entities(List.of(), List.of(), MAX).stream().map(Entity::name)
                .filter(name -> name.equals(TerminalText.line(name))).toList();
    }

    @Descriptor("Plugin ids and symbolic names, for completion. Example: vigie:plugins")
    public List<String> plugins() {
        PluginService current = plugins;
        if (current == null) {
            return List.of();
        }
        List<String> candidates = new ArrayList<>();
        for (PluginInfo plugin : current.list()) {
            candidates.add(Long.toString(plugin.id()));
            candidates.add(plugin.symbolicName());
        }
        return candidates;
    }

    @Descriptor("Export format ids, plugins' included, for completion. Example: vigie:formats")
    public List<String> formats() {
        ExportService current = exports;
        return current == null ? List.of() : current.formats().stream().map(ExporterInfo::id).toList();
    }
}
