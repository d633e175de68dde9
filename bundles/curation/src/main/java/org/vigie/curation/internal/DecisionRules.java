package org.vigie.curation.internal;

import java.util.List;
import java.util.Map;

import org.vigie.curation.api.CurationException;
import org.vigie.curation.api.Decision;

/** What a decision of each known action needs: its targets and arguments, checked before it is recorded. */
final class DecisionRules {

    private DecisionRules() {
    }

    static void check(String action, List<String> targets, Map<String, String> arguments) {
        if (action == null || !action.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*")) {
            throw new CurationException("'" + action + "' is not a decision: use a lower-case dotted name like "
                    + Decision.ENTITY_MERGE);
        }
        if (targets == null || targets.isEmpty() || targets.stream().anyMatch(t -> t == null || t.isBlank())) {
            throw new CurationException("a " + action + " decision needs what it applies to");
        }
        switch (action) {
            case Decision.ENTITY_MERGE -> {
                if (targets.size() < 2 || targets.stream().distinct().count() < targets.size()) {
                    throw new CurationException("a merge needs at least two different entities");
                }
            }
            case Decision.ENTITY_SPLIT -> need(action, arguments, "documents");
            case Decision.ENTITY_RENAME -> need(action, arguments, "name");
            case Decision.ENTITY_RETYPE -> need(action, arguments, "type");
            case Decision.SOURCE_GRADE -> grade(arguments, "[A-F]", "a source's reliability is A to F");
            case Decision.DOCUMENT_GRADE -> grade(arguments, "[1-6]", "a document's credibility is 1 to 6");
            default -> {
                // entity.reject, undo and a plugin's own actions need no argument
            }
        }
    }

    private static void need(String action, Map<String, String> arguments, String name) {
        String value = arguments.get(name);
        if (value == null || value.isBlank()) {
            throw new CurationException("a " + action + " decision needs the argument '" + name + "'");
        }
    }

    private static void grade(Map<String, String> arguments, String pattern, String rule) {
        String grade = arguments.get("grade");
        if (grade == null || !grade.matches(pattern)) {
            throw new CurationException("'" + grade + "' is not a grade: " + rule);
        }
    }
}
