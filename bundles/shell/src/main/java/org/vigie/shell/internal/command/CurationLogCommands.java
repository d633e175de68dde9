package org.vigie.shell.internal.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vigie.curation.api.CurationException;
import org.vigie.curation.api.CurationLog;
import org.vigie.curation.api.Decision;
import org.vigie.entities.api.CurationReport;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.shell.internal.format.Human;
import org.vigie.shell.internal.format.JsonLines;
import org.vigie.shell.internal.format.TerminalText;

/** The curation log itself: its history (whole or of one entity), and its export and import to share decisions. */
@Component(service = CurationLogCommands.class)
@GogoCommand(scope = "entities", function = {"history", "curation"})
public class CurationLogCommands {
    private final EntityIndex index;
    private final CurationLog log;

    @Activate
    public CurationLogCommands(@Reference EntityIndex index, @Reference CurationLog log) {
        this.index = index;
        this.log = log;
    }

    @Descriptor("Lists the analyst's decisions, oldest first: who, when, what, why, and whether each is in force."
            + " Example: entities:history \"Convention de Budapest\"")
    public Object history(@Descriptor("one JSON object per line") @Parameter(names = "--json", presentValue = "true",
            absentValue = "false") boolean json, @Descriptor("only the decisions on this entity") String... name) {
        String wanted = String.join(" ", name).strip();
        List<Decision> all = log.history();
        Set<String> undone = new HashSet<>();
        all.stream().filter(d -> d.action().equals(Decision.UNDO)).forEach(d -> undone.addAll(d.targets()));
        List<Decision> shown = wanted.isEmpty() ? all : about(all, wanted);
        CurationReport report = index.curation();
        if (json) {
            JsonLines out = new JsonLines(System.out);
            shown.forEach(d -> out.write(DecisionRows.json(d, DecisionRows.status(d, undone, report))));
            return null;
        }
        DecisionRows.table(shown, undone, report).print(System.out);
        System.out.println(Human.count(report.applied(), "decision applies", "decisions apply")
                + (report.stale().isEmpty() ? "" : ", " + report.stale().size()
                        + " stale (their entities are no longer extracted; kept, they apply when those come back)"));
        return null;
    }

    /** The decisions on an entity the index knows, or whose targets name it when it does not (rejected, gone). */
    private List<Decision> about(List<Decision> all, String wanted) {
        Optional<Entity> entity = index.find(wanted);
        List<Decision> on = all.stream().filter(d -> d.targets().stream().anyMatch(t -> entity.isPresent()
                ? CuratedNames.concerns(t, entity.get()) : CuratedNames.concerns(t, wanted))).toList();
        if (on.isEmpty() && entity.isEmpty()) {
            throw new CurationException("no entity and no decision is named '" + TerminalText.line(wanted)
                    + "': see entities:list and entities:history");
        }
        Set<String> ids = new HashSet<>();
        on.forEach(d -> ids.add(d.id()));
        return all.stream().filter(d -> ids.contains(d.id())
                || d.action().equals(Decision.UNDO) && d.targets().stream().anyMatch(ids::contains)).toList();
    }

    @Descriptor("Shares decisions: export writes the whole log to a file, import adds the decisions of one that are new."
            + " Example: entities:curation export team.jsonl")
    public Object curation(CommandSession session, @Descriptor("export or import") String verb,
            @Descriptor("the file") String file) {
        Path base = session == null || session.currentDir() == null ? Path.of("") : session.currentDir();
        Path path = base.resolve(file).toAbsolutePath().normalize();
        switch (verb) {
            case "export" -> {
                log.exportTo(path);
                System.out.println("wrote " + path + ": " + Human.count(log.history().size(), "decision", "decisions"));
            }
            case "import" -> {
                if (!Files.isRegularFile(path)) {
                    throw new CurationException("cannot import " + path + ": no such file");
                }
                int fresh = log.importFrom(path);
                System.out.println("imported " + path + ": " + Human.count(fresh, "new decision", "new decisions"));
            }
            default -> throw new CurationException("'" + TerminalText.line(verb)
                    + "' is not a curation action: use entities:curation export FILE or entities:curation import FILE");
        }
        return null;
    }
}
