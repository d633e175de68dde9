package org.vigie.entities.core.internal.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.vigie.curation.api.Decision;

/**
 * Where a key extraction made ends once the decisions apply: it walks the decisions that target
 * the key it has become, oldest first. Walks that do not depend on the document, and walks in a
 * document no decision names, are remembered per key.
 */
final class Walks {

    static final String REJECTED = "\u0000";
    /** A walk that depends on the document; also a document id no decision names. */
    static final String DEPENDS = "\u0001";

    private final List<Decision> decisions;
    /** Indices of the decisions targeting each key, ascending. */
    private final Map<String, List<Integer>> byTarget = new HashMap<>();
    private final Map<String, String> anywhere = new ConcurrentHashMap<>();
    private final Map<String, String> elsewhere = new ConcurrentHashMap<>();

    Walks(List<Decision> decisions) {
        this.decisions = decisions;
        for (int i = 0; i < decisions.size(); i++) {
            for (String target : decisions.get(i).targets()) {
                byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(i);
            }
        }
    }

    /** Whether some decision targets the key. */
    boolean targeted(String key) {
        return byTarget.containsKey(key);
    }

    /** The walk of a key in no particular document: its end, {@link #REJECTED} or {@link #DEPENDS}. */
    String anywhere(String rawKey) {
        return anywhere.computeIfAbsent(rawKey, k -> {
            String w = walk(k, null);
            return w == null ? DEPENDS : w;
        });
    }

    /** The walk of a key in a document no decision names. */
    String elsewhere(String rawKey) {
        return elsewhere.computeIfAbsent(rawKey, k -> walk(k, DEPENDS));
    }

    /**
     * Walks the decisions from {@code rawKey}; with no document, returns null as soon as the walk
     * would depend on one.
     */
    String walk(String rawKey, String documentId) {
        String key = rawKey;
        int position = -1;
        for (int next = next(key, position); next >= 0; next = next(key, position)) {
            Decision d = decisions.get(next);
            position = next;
            Step step = Step.of(d, key, documentId);
            if (step == Step.DEPENDS) {
                return null;
            }
            key = step.apply(d, key);
            if (key.equals(REJECTED)) {
                return REJECTED;
            }
        }
        return key;
    }

    /** The first decision after {@code position} targeting {@code key}, or -1. */
    int next(String key, int position) {
        List<Integer> targeting = byTarget.get(key);
        if (targeting != null) {
            for (int i : targeting) {
                if (i > position) {
                    return i;
                }
            }
        }
        return -1;
    }
}
