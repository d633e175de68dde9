package org.vigie.entities.core.internal.resolution;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.vigie.entities.api.NameKey;

/**
 * The walk of life a PERSON's role belongs to, when it is clear: public office (government,
 * parliament, diplomacy, the armed forces, the courts), sport or the arts. Two people of one name
 * whose roles belong to two of these are two people (a {@code ministre de la Défense} is not the
 * {@code footballeur} of the same name). Most roles say nothing this clear and have no family:
 * {@code président} (of a state or of a club), {@code directeur}, {@code chef}, {@code dirigeant},
 * {@code porte-parole}; and a former role ({@code ancien footballeur}, {@code ex-ministre}) is no
 * evidence against the present one: people change careers. A role is classed by its first word,
 * folded, after {@code vice-}/{@code sous-}; the words are French and English press usage.
 */
public final class RoleFamily {

    /** A role's first word (folded) to its family. */
    private static final Map<String, String> FAMILIES = families(Map.of(
            "office", Set.of("ministre", "premier", "premiere", "secretaire", "depute", "deputee", "senateur",
                    "senatrice", "ambassadeur", "ambassadrice", "maire", "gouverneur", "gouverneure", "diplomate",
                    "juge", "procureur", "procureure", "magistrat", "magistrate", "general", "generale", "colonel",
                    "amiral", "minister", "senator", "ambassador", "governor", "judge", "prosecutor"),
            "sport", Set.of("footballeur", "footballeuse", "joueur", "joueuse", "entraineur", "entraineuse",
                    "selectionneur", "selectionneuse", "attaquant", "attaquante", "defenseur", "gardien", "milieu",
                    "athlete", "cycliste", "nageur", "nageuse", "boxeur", "boxeuse", "tennisman", "sprinteur",
                    "marathonien", "arbitre", "footballer", "coach", "striker", "goalkeeper"),
            "arts", Set.of("chanteur", "chanteuse", "acteur", "actrice", "comedien", "comedienne", "realisateur",
                    "realisatrice", "romancier", "romanciere", "ecrivain", "ecrivaine", "musicien", "musicienne",
                    "rappeur", "rappeuse", "peintre", "cineaste", "singer", "actor", "actress", "novelist")));

    private RoleFamily() {
    }

    private static Map<String, String> families(Map<String, Set<String>> words) {
        Map<String, String> families = new HashMap<>();
        words.forEach((family, heads) -> heads.forEach(head -> families.put(head, family)));
        return Map.copyOf(families);
    }

    /** The family of a role as written ({@code ministre de la Défense}: office), or null when unclear. */
    public static String of(String role) {
        String folded = NameKey.fold(role == null ? "" : role);
        if (folded.startsWith("ancien") || folded.startsWith("ex-") || folded.startsWith("ex ")
                || folded.startsWith("former")) {
            return null;
        }
        String first = folded.split("[\\s']+", 2)[0];
        for (String prefix : new String[] {"vice-", "sous-"}) {
            first = first.startsWith(prefix) ? first.substring(prefix.length()) : first;
        }
        return FAMILIES.get(first);
    }

    /** The one family of a person's roles in a document, or null when none or several are clear. */
    public static String of(Iterable<String> roles) {
        String family = null;
        for (String role : roles) {
            String f = of(role);
            if (f != null && family != null && !f.equals(family)) {
                return null; // the document itself mixes them: no evidence
            }
            family = f == null ? family : f;
        }
        return family;
    }
}
