package org.vigie.entities.core.internal.curation;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vigie.curation.api.CurationLog;
import org.vigie.curation.api.Decision;

/** A curation log in memory, for the tests of the curated view (the workspace's log lives in the curation bundle). */
public final class MemoryCurationLog implements CurationLog {

    private final List<Decision> history = new ArrayList<>();

    @Override
    public synchronized Decision record(String action, List<String> targets, Map<String, String> arguments, String note) {
        Decision d = new Decision("%08x%08x".formatted(history.size() + 1, System.identityHashCode(this)), Instant.now(),
                "tester", action, targets, arguments, note);
        history.add(d);
        return d;
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
        List<Decision> inForce = inForce();
        List<Decision> undone = new ArrayList<>();
        for (int i = inForce.size() - 1; i >= 0 && undone.size() < count; i--) {
            undone.add(inForce.get(i));
            record(Decision.UNDO, List.of(inForce.get(i).id()), Map.of(), note);
        }
        return undone;
    }

    @Override
    public int importFrom(Path file) {
        throw new UnsupportedOperationException("not needed by the view's tests");
    }

    @Override
    public void exportTo(Path file) {
        throw new UnsupportedOperationException("not needed by the view's tests");
    }

    @Override
    public synchronized long revision() {
        return history.size();
    }
}
