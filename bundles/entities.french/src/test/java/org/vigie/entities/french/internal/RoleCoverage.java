package org.vigie.entities.french.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vigie.entities.api.NameKey;

/**
 * Test tool: the share of the gold set's people whose roles the export found. A person counts
 * when the export has a PERSON sharing a folded name or alias with them and at least one of its
 * roles folds to one of the gold roles. Usage: {@code RoleCoverage GOLD.json EXPORT.jsonl}.
 */
public final class RoleCoverage {

    private RoleCoverage() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode gold = json.readTree(Path.of(args[0]).toFile()).get("documents");
        Map<String, JsonNode> export = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            if (!line.isBlank()) {
                JsonNode row = json.readTree(line);
                export.put(row.get("document").asText(), row.get("entities"));
            }
        }
        int people = 0;
        int found = 0;
        for (Iterator<Map.Entry<String, JsonNode>> docs = gold.fields(); docs.hasNext();) {
            Map.Entry<String, JsonNode> doc = docs.next();
            for (JsonNode person : doc.getValue().get("entities")) {
                if (!"PERSON".equals(person.get("type").asText()) || !person.has("roles")
                        || person.get("roles").isEmpty()) {
                    continue;
                }
                people++;
                boolean hit = rolesFound(person, export.get(doc.getKey()));
                found += hit ? 1 : 0;
                if (!hit && args.length > 2) {
                    System.out.println("  ROLE-MISS " + doc.getKey() + " " + person.get("name").asText());
                }
            }
        }
        System.out.printf("person roles found: %d/%d (%.0f%%)%n", found, people, people == 0 ? 0.0 : 100.0 * found / people);
    }

    private static boolean rolesFound(JsonNode person, JsonNode predicted) {
        if (predicted == null) {
            return false;
        }
        Set<String> goldRoles = folded(person.get("roles"));
        Set<String> names = folded(person.get("aliases"));
        names.add(NameKey.fold(person.get("name").asText()));
        for (JsonNode p : predicted) {
            Set<String> keys = folded(p.get("aliases"));
            keys.add(NameKey.fold(p.get("name").asText()));
            keys.retainAll(names);
            if ("PERSON".equals(p.get("type").asText()) && !keys.isEmpty()) {
                Set<String> roles = folded(p.get("roles"));
                roles.retainAll(goldRoles);
                if (!roles.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> folded(JsonNode array) {
        Set<String> out = new HashSet<>();
        if (array != null) {
            array.forEach(n -> out.add(NameKey.fold(n.asText())));
        }
        return out;
    }
}
