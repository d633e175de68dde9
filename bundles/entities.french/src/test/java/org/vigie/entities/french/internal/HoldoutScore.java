package org.vigie.entities.french.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Document-level micro-F1 computed exactly as {@code shared/gold/score-entities} does: folding
 * (NFKD, marks dropped, {@code đ}, apostrophes and dashes, case, spaces), each prediction matched to
 * the first gold entity of its type sharing a key, a second prediction of a found entity a false
 * positive, optional entities neither missed nor false.
 */
final class HoldoutScore {

    /** Per type: true positives, false positives, false negatives. */
    final Map<String, int[]> counts = new TreeMap<>();
    final List<String> errors = new java.util.ArrayList<>();

    static String fold(String text) {
        String s = text.replace("đ", "d").replace("Đ", "D");
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'').replace('\u2013', '-')
                .replace('\u2014', '-').replace('\u00a0', ' ');
        return String.join(" ", s.toLowerCase(java.util.Locale.ROOT).trim().split("\\s+"));
    }

    private static Set<String> keys(String name, Iterable<?> aliases) {
        Set<String> keys = new HashSet<>();
        for (Object n : prepend(name, aliases)) {
            if (n != null && !n.toString().isBlank()) {
                keys.add(fold(n.toString()));
            }
        }
        return keys;
    }

    private static List<Object> prepend(String name, Iterable<?> aliases) {
        List<Object> all = new java.util.ArrayList<>();
        all.add(name);
        aliases.forEach(all::add);
        return all;
    }

    /** Scores one document's predicted entities (as {@link EntityGrouping} makes them) against its gold. */
    void score(String doc, JsonNode gold, List<Map<String, Object>> predicted) {
        List<JsonNode> golds = new java.util.ArrayList<>();
        gold.get("entities").forEach(golds::add);
        Set<Integer> matched = new HashSet<>();
        for (Map<String, Object> p : predicted) {
            String type = (String) p.get("type");
            int hit = firstMatch(golds, type, keys((String) p.get("name"), (List<?>) p.get("aliases")));
            if (hit < 0) {
                count(type)[1]++;
                errors.add("FP " + doc + " " + type + " " + p.get("name"));
            } else if (golds.get(hit).path("optional").asBoolean(false)) {
                matched.add(hit);
            } else if (!matched.add(hit)) {
                count(type)[1]++;
                errors.add("DUP " + doc + " " + type + " " + p.get("name"));
            } else {
                count(type)[0]++;
            }
        }
        for (int i = 0; i < golds.size(); i++) {
            JsonNode g = golds.get(i);
            if (!matched.contains(i) && !g.path("optional").asBoolean(false)) {
                count(g.get("type").asText())[2]++;
                errors.add("FN " + doc + " " + g.get("type").asText() + " " + g.get("name").asText());
            }
        }
    }

    private static int firstMatch(List<JsonNode> golds, String type, Set<String> predictedKeys) {
        for (int i = 0; i < golds.size(); i++) {
            JsonNode g = golds.get(i);
            if (g.get("type").asText().equals(type)
                    && !java.util.Collections.disjoint(predictedKeys, keys(g.get("name").asText(), texts(g.path("aliases"))))) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private int[] count(String type) {
        return counts.computeIfAbsent(type, t -> new int[3]);
    }

    double microF1() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int[] c : counts.values()) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Map<String, String> table() {
        Map<String, String> rows = new LinkedHashMap<>();
        counts.forEach((t, c) -> rows.put(t, "tp " + c[0] + " fp " + c[1] + " fn " + c[2]));
        return rows;
    }
}
