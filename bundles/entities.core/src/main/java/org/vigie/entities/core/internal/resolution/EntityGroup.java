package org.vigie.entities.core.internal.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.api.NameKey;

/**
 * The mentions of one thing in one document. The extractor resolved coreference inside the
 * document by giving every mention of a thing the same canonical value, so a thing is the
 * mentions sharing a type and a folded value.
 *
 * @param group {@code TYPE:folded value}, the key shared across documents
 * @param type the type
 * @param name the most accented, then fullest, then most frequent spelling among the values and the
 *     surface texts and aliases that fold to the value ({@link NameChoice})
 * @param aliases distinct surface texts and {@code alias} features other than the name
 * @param roles distinct {@code role} features, in order of first appearance
 * @param affiliations {@code affiliation} features, most frequent first
 * @param mentions the annotations, in text order
 */
public record EntityGroup(String group, EntityType type, String name, List<String> aliases, List<String> roles,
        List<String> affiliations, List<Annotation> mentions) {

    /** Stands for "no affiliation known" in the index. */
    public static final String NO_AFFILIATION = "-";

    /**
     * The evidence used to tell same-name people apart: the folded main affiliation and, for a
     * PERSON, the family of its roles ({@link PersonEvidence}).
     */
    public String affiliationKey() {
        String affiliation = affiliations.isEmpty() ? null : NameKey.fold(affiliations.get(0));
        if (type == EntityType.PERSON) {
            return PersonEvidence.of(affiliation, roles);
        }
        return affiliation == null ? NO_AFFILIATION : affiliation;
    }

    /**
     * The groups ({@code TYPE:folded name}) the mentions declare to be this same thing
     * ({@link Features#DECLARED}), in order of first appearance.
     */
    public Set<String> declared() {
        Set<String> declared = new LinkedHashSet<>();
        String prefix = type.name() + ":";
        for (Annotation a : mentions) {
            String names = a.feature(Features.DECLARED);
            for (String name : names == null ? List.<String>of() : names.lines().toList()) {
                if (!name.isBlank() && !(prefix + NameKey.fold(name.strip())).equals(group)) {
                    declared.add(prefix + NameKey.fold(name.strip()));
                }
            }
        }
        return declared;
    }

    /** Groups the entity annotations of one document (DATE and QUANTITY are left out). */
    public static List<EntityGroup> of(List<Annotation> annotations) {
        Map<String, List<Annotation>> byGroup = new LinkedHashMap<>();
        Map<String, String> folds = new HashMap<>(); // a document repeats its values: fold each once
        for (Annotation a : annotations) {
            if (a.type().isEntity()) {
                String value = a.value() == null || a.value().isBlank() ? a.text() : a.value();
                String group = a.type().name() + ":" + folds.computeIfAbsent(value, NameKey::fold);
                byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(a);
            }
        }
        List<EntityGroup> groups = new ArrayList<>(byGroup.size());
        byGroup.forEach((group, mentions) -> groups.add(of(group, mentions, folds)));
        return groups;
    }

    private static EntityGroup of(String group, List<Annotation> mentions, Map<String, String> folds) {
        Map<String, Integer> values = new HashMap<>();
        Set<String> aliases = new LinkedHashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        Map<String, Integer> affiliations = new LinkedHashMap<>();
        String folded = group.substring(group.indexOf(':') + 1);
        for (Annotation a : mentions) {
            values.merge(a.value() == null || a.value().isBlank() ? a.text() : a.value(), 1, Integer::sum);
            if (!a.text().equals(a.value()) && folds.computeIfAbsent(a.text(), NameKey::fold).equals(folded)) {
                values.merge(a.text(), 1, Integer::sum); // a surface spelling of the value itself, maybe more accented
            }
            aliases.add(a.text());
            String alias = a.feature(Features.ALIAS);
            addIfPresent(aliases, alias);
            if (alias != null && !alias.isBlank() && folds.computeIfAbsent(alias.strip(), NameKey::fold).equals(folded)) {
                values.merge(alias.strip(), 1, Integer::sum); // an alias that is the value spelled otherwise
            }
            addIfPresent(roles, a.feature(Features.ROLE));
            String affiliation = a.feature(Features.AFFILIATION);
            if (affiliation != null && !affiliation.isBlank()) {
                affiliations.merge(affiliation.strip(), 1, Integer::sum);
            }
        }
        String name = NameChoice.fullest(values);
        aliases.addAll(values.keySet());
        aliases.remove(name);
        return new EntityGroup(group, mentions.get(0).type(), name, List.copyOf(aliases), List.copyOf(roles),
                mostFrequentFirst(affiliations), List.copyOf(mentions));
    }

    public static List<String> mostFrequentFirst(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue())); // stable: ties keep first appearance
        return entries.stream().map(Map.Entry::getKey).toList();
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null && !value.isBlank()) {
            set.add(value.strip());
        }
    }
}
