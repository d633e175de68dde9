package org.vigie.curation.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.api.Workspace;
import org.vigie.curation.api.CurationException;
import org.vigie.curation.api.CurationLog;
import org.vigie.curation.api.Decision;

/**
 * The curation log at {@code WORKSPACE/curation/decisions.jsonl}, held in memory once loaded. Its
 * revision is the number of decisions it holds: the log only grows, so two loads of one file
 * share a revision and a reader's cache survives this component being restarted.
 */
@Component(service = CurationLog.class)
public class WorkspaceCurationLog implements CurationLog {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceCurationLog.class);

    private final LogFile file;
    private final List<Decision> history;
    private final Set<String> ids = new HashSet<>();

    @Activate
    public WorkspaceCurationLog(@Reference Workspace workspace) {
        this(workspace.area("curation").resolve("decisions.jsonl"));
    }

    WorkspaceCurationLog(Path path) {
        file = new LogFile(path);
        history = file.load(why -> LOG.warn("{}", why));
        history.forEach(d -> ids.add(d.id()));
    }

    @Override
    public synchronized Decision record(String action, List<String> targets, Map<String, String> arguments, String note) {
        Map<String, String> args = arguments == null ? Map.of() : arguments;
        DecisionRules.check(action, targets, args);
        Decision decision = decided(action, targets, args, note);
        append(List.of(decision));
        return decision;
    }

    private Decision decided(String action, List<String> targets, Map<String, String> arguments, String note) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String by = System.getProperty("user.name", "unknown");
        String id = DecisionLines.idOf(at, by, action, targets, arguments);
        while (ids.contains(id)) { // the same decision twice in one millisecond: a later instant
            at = at.plusMillis(1);
            id = DecisionLines.idOf(at, by, action, targets, arguments);
        }
        return new Decision(id, at, by, action, targets, arguments, note);
    }

    @Override
    public synchronized List<Decision> inForce() {
        Set<String> undone = new HashSet<>();
        history.stream().filter(d -> d.action().equals(Decision.UNDO)).forEach(d -> undone.addAll(d.targets()));
        return history.stream().filter(d -> !d.action().equals(Decision.UNDO) && !undone.contains(d.id())).toList();
    }

    @Override
    public synchronized List<Decision> history() {
        return List.copyOf(history);
    }

    @Override
    public synchronized List<Decision> undo(int count, String note) {
        if (count < 1) {
            throw new CurationException("say how many decisions to undo: 1 or more, not " + count);
        }
        List<Decision> inForce = inForce();
        if (inForce.isEmpty()) {
            throw new CurationException("there is no decision to undo: see entities:history");
        }
        List<Decision> undone = new ArrayList<>();
        List<Decision> undos = new ArrayList<>();
        for (int i = inForce.size() - 1; i >= 0 && undone.size() < count; i--) {
            Decision d = inForce.get(i);
            undone.add(d);
            undos.add(decided(Decision.UNDO, List.of(d.id()), Map.of(), note));
            ids.add(undos.get(undos.size() - 1).id());
        }
        append(undos);
        return undone;
    }

    @Override
    public synchronized int importFrom(Path other) {
        List<Decision> fresh = new ArrayList<>();
        Set<String> seen = new HashSet<>(ids);
        for (Decision d : file.read(other)) {
            if (seen.add(d.id())) {
                fresh.add(d);
            }
        }
        append(fresh);
        return fresh.size();
    }

    @Override
    public synchronized void exportTo(Path target) {
        file.export(history, target);
    }

    @Override
    public synchronized long revision() {
        return history.size();
    }

    private void append(List<Decision> decisions) {
        if (!decisions.isEmpty()) {
            file.append(decisions);
            history.addAll(decisions);
            decisions.forEach(d -> ids.add(d.id()));
        }
    }
}
