package org.vigie.shell.internal.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vigie.plugins.api.Contribution;
import org.vigie.plugins.api.InstallOptions;
import org.vigie.plugins.api.PluginException;
import org.vigie.plugins.api.PluginInfo;
import org.vigie.plugins.api.PluginService;
import org.vigie.shell.internal.format.JsonLines;
import org.vigie.shell.internal.format.Table;
import org.vigie.shell.internal.format.TerminalText;

/** {@code plugins:} commands: bundles added to Vigie while it runs. */
@Component(service = PluginsCommands.class)
@GogoCommand(scope = "plugins", function = {"install", "list", "info", "remove", "start", "stop"})
public class PluginsCommands {
    private final PluginService plugins;

    @Activate
    public PluginsCommands(@Reference PluginService plugins) {
        this.plugins = plugins;
    }

    @Descriptor("Installs and starts a plugin bundle; it stays installed across restarts. A jar of an installed"
            + " plugin's name updates it. Example: plugins:install examples/ioc-extractor/target/ioc-extractor-0.1.0-SNAPSHOT.jar")
    public void install(@Descriptor("accept a plain http: (or other non-https) URL")
            @Parameter(names = "--insecure", presentValue = "true", absentValue = "false") boolean insecure,
            @Descriptor("the SHA-256 the jar must have (64 hex digits)") @Parameter(names = "--sha256", absentValue = "")
            String sha256,
            @Descriptor("path, file: or https: URL of the plugin jar") String location) {
        List<PluginInfo> before = plugins.list();
        PluginInfo info = plugins.install(location, new InstallOptions(insecure, sha256));
        String was = before.stream().filter(p -> p.symbolicName().equals(info.symbolicName())).map(PluginInfo::version)
                .findFirst().map(version -> " (an update of version " + version + ")").orElse("");
        System.out.println(TerminalText.line("installed " + info.symbolicName() + " " + info.version() + " as plugin "
                + info.id() + ": " + info.state() + was));
        printContributions(info);
        if (info.problem() != null) {
            System.err.println(TerminalText.line("error: plugin " + info.symbolicName() + " does not run: " + info.problem()));
        }
    }

    @Descriptor("Lists plugins with their version, state and what they contribute. Example: plugins:list")
    public void list(@Descriptor("one JSON object per line") @Parameter(names = "--json", presentValue = "true",
            absentValue = "false") boolean json) {
        List<PluginInfo> all = plugins.list();
        if (json) {
            JsonLines out = new JsonLines(System.out);
            all.forEach(p -> out.write(toJson(p)));
            return;
        }
        if (all.isEmpty()) {
            System.out.println("no plugins (plugins:install PATH, or drop a jar into the workspace's plugins folder)");
            return;
        }
        Table table = new Table("ID", "PLUGIN", "VERSION", "STATE", "CONTRIBUTES").maxWidth(4, 70);
        for (PluginInfo p : all) {
            String contributes = String.join("; ", p.contributions().stream().map(Contribution::toString).toList());
            String state = p.failing() ? p.state() + " (failing)" : p.state();
            table.row(p.id(), p.symbolicName(), p.version(), state,
                    p.problem() != null ? p.problem() : contributes);
        }
        table.print(System.out);
    }

    @Descriptor("Shows one plugin: location, state, contributions and problems. Example: plugins:info 42")
    public void info(@Descriptor("plugin id or symbolic name") String plugin) {
        PluginInfo info = plugins.info(plugin);
        System.out.println(TerminalText.line("plugin    " + info.id() + " " + info.symbolicName() + " " + info.version()));
        System.out.println(TerminalText.line("state     " + info.state()));
        System.out.println(TerminalText.line("location  " + info.location()));
        System.out.println(TerminalText.line("problem   " + (info.problem() == null ? "none" : info.problem())));
        printContributions(info);
    }

    @Descriptor("Uninstalls a plugin; its services disappear at once. Example: plugins:remove 42")
    public void remove(@Descriptor("plugin id or symbolic name") String plugin) {
        PluginInfo info = plugins.remove(plugin);
        System.out.println(TerminalText.line("removed " + info.symbolicName() + " " + info.version()));
    }

    @Descriptor("Starts a stopped plugin, e.g. to switch extractors. Example: plugins:start 42")
    public void start(@Descriptor("plugin id or symbolic name") String plugin) {
        PluginInfo info = plugins.start(plugin);
        System.out.println(TerminalText.line(info.symbolicName() + ": " + info.state()));
        if (info.problem() != null) {
            throw new PluginException("plugin " + info.symbolicName() + " does not run: "
                    + info.problem());
        }
    }

    @Descriptor("Stops a plugin without removing it. Example: plugins:stop 42")
    public void stop(@Descriptor("plugin id or symbolic name") String plugin) {
        PluginInfo info = plugins.stop(plugin);
        System.out.println(TerminalText.line(info.symbolicName() + ": " + info.state()));
    }

    private static void printContributions(PluginInfo info) {
        for (Contribution c : info.contributions()) {
            System.out.println("  " + TerminalText.line(c));
        }
    }

    private static Map<String, Object> toJson(PluginInfo p) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", p.id());
        row.put("name", p.symbolicName());
        row.put("version", p.version());
        row.put("state", p.state());
        row.put("location", p.location());
        row.put("problem", p.problem());
        row.put("contributions", p.contributions().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", c.kind());
            m.put("name", c.name());
            m.put("detail", c.detail());
            m.put("failure", c.failure());
            return m;
        }).toList());
        return row;
    }
}
