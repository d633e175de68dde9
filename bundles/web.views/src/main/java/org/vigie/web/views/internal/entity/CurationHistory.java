package org.vigie.web.views.internal.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.vigie.curation.api.CurationLog;
import org.vigie.curation.api.Decision;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.NameKey;
import org.vigie.web.views.internal.entity.EntityPage.HistoryRow;

/**
 * The decisions of the curation log that concern one entity (a target is its key, or the key of
 * its name or an alias: a merged or renamed entity keeps the keys it was made of among its
 * aliases), with the undo decisions that undid them.
 */
public final class CurationHistory {

    private final CurationLog log;

    public CurationHistory(CurationLog log) {
        this.log = log;
    }

    List<HistoryRow> of(Entity entity) {
        List<Decision> all = log.history();
        Set<String> names = new HashSet<>();
        names.add(NameKey.fold(entity.name()));
        entity.aliases().forEach(a -> names.add(NameKey.fold(a)));
        Set<String> ids = all.stream().filter(d -> d.targets().stream().anyMatch(t -> t.equals(entity.key())
                || names.contains(t.substring(t.indexOf(':') + 1)))).map(Decision::id).collect(Collectors.toSet());
        Set<String> undone = new HashSet<>();
        all.stream().filter(d -> d.action().equals(Decision.UNDO)).forEach(d -> undone.addAll(d.targets()));
        return all.stream().filter(d -> ids.contains(d.id())
                || d.action().equals(Decision.UNDO) && d.targets().stream().anyMatch(ids::contains))
                .map(d -> row(d, undone)).toList();
    }

    static HistoryRow row(Decision d, Set<String> undone) {
        String status = d.action().equals(Decision.UNDO) ? "annulation" : undone.contains(d.id()) ? "annulée" : "en vigueur";
        String action = d.action().startsWith("entity.") ? d.action().substring("entity.".length()) : d.action();
        String detail = d.arguments().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
        return new HistoryRow(d.id(), d.at().toString(), d.by(), action, d.targets(), detail, d.note(), status);
    }
}
