package org.vigie.entities.core.internal.curation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vigie.curation.api.Decision;

/**
 * Which keys each curated key gathers: every key a decision targets is walked down every branch
 * (a split or a one-document reject both moves and keeps), and each key it may end in is
 * recorded as drawing from it.
 */
final class Reach {

    private final Curation curation;
    private final Map<String, Set<String>> ends = new HashMap<>();

    private Reach(Curation curation) {
        this.curation = curation;
    }

    /** Curated key to the other keys whose mentions may end in it. */
    static Map<String, Set<String>> sources(Curation curation) {
        Reach reach = new Reach(curation);
        Map<String, Set<String>> sources = new HashMap<>();
        Set<String> targets = new HashSet<>();
        curation.decisions().forEach(d -> targets.addAll(d.targets()));
        for (String target : targets) {
            for (String end : reach.ends(target, -1)) {
                if (!end.equals(target)) {
                    sources.computeIfAbsent(end, e -> new HashSet<>()).add(target);
                }
            }
        }
        return sources;
    }

    private Set<String> ends(String key, int position) {
        String id = key + "\u0000" + position;
        Set<String> known = ends.get(id);
        if (known != null) {
            return known;
        }
        Set<String> found = new HashSet<>();
        int next = curation.next(key, position);
        if (next < 0) {
            found.add(key);
        } else {
            Decision d = curation.decisions().get(next);
            Step step = Step.of(d, key, null);
            List<Step> branches = step == Step.DEPENDS ? List.of(Step.MOVE, Step.STAY) : List.of(step);
            for (Step branch : branches) {
                String moved = branch == Step.MOVE && d.action().equals(Decision.ENTITY_REJECT) ? null
                        : branch.apply(d, key);
                if (moved != null && !Curation.rejected(moved)) {
                    found.addAll(ends(moved, next));
                }
            }
        }
        ends.put(id, found);
        return found;
    }
}
