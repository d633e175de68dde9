package org.vigie.entities.french.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.Features;
import org.vigie.entities.api.NameKey;

/**
 * The entity index's grouping contract, reproduced for the test tools: annotations of entity
 * types grouped by (type, folded value); name = the value; aliases = distinct surface texts and
 * alias features that differ from the name; roles in order of first appearance; affiliation = the
 * most frequent one.
 */
final class EntityGrouping {

    private EntityGrouping() {
    }

    static List<Map<String, Object>> group(List<Annotation> annotations) {
        Map<String, List<Annotation>> groups = new LinkedHashMap<>();
        for (Annotation a : annotations) {
            if (a.type().isEntity() && a.value() != null) {
                groups.computeIfAbsent(a.type() + "|" + NameKey.fold(a.value()), k -> new ArrayList<>()).add(a);
            }
        }
        List<Map<String, Object>> entities = new ArrayList<>();
        for (List<Annotation> group : groups.values()) {
            entities.add(entity(group));
        }
        return entities;
    }

    private static Map<String, Object> entity(List<Annotation> group) {
        String name = group.get(0).value();
        Set<String> aliases = new LinkedHashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        Map<String, Integer> affiliations = new LinkedHashMap<>();
        for (Annotation a : group) {
            for (String alias : new String[] {a.text(), a.feature(Features.ALIAS)}) {
                if (alias != null && !alias.equals(name)) {
                    aliases.add(alias);
                }
            }
            if (a.feature(Features.ROLE) != null) {
                roles.add(a.feature(Features.ROLE));
            }
            if (a.feature(Features.AFFILIATION) != null) {
                affiliations.merge(a.feature(Features.AFFILIATION), 1, Integer::sum);
            }
        }
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("type", group.get(0).type().name());
        entity.put("name", name);
        entity.put("aliases", new ArrayList<>(aliases));
        entity.put("mentions", group.size());
        entity.put("roles", new ArrayList<>(roles));
        entity.put("affiliation", affiliations.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null));
        return entity;
    }
}
