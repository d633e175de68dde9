package org.vigie.entities.api;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The walk of life a PERSON's {@link Features#ROLE role} belongs to, when it is clear. Two people
 * of one name whose roles belong to two different families are two people (a {@code ministre de la
 * Défense} is not the {@code footballeur} of the same name): the entity index keeps them apart
 * across documents, and an extractor may keep them apart within one. Most roles say nothing this
 * clear and have no family: {@code président} (of a state or of a club), {@code directeur},
 * {@code chef}, {@code dirigeant}, {@code porte-parole}; a former role ({@code ancien footballeur},
 * {@code ex-ministre}) is no evidence against the present one: people change careers. A role is
 * classed by its first word, folded ({@link NameKey#fold}), after {@code vice-}/{@code sous-}; the
 * words are French and English press usage.
 */
public enum RoleFamily {
    /** Government, parliament, diplomacy, the armed forces, the courts. */
    OFFICE("ministre", "premier", "premiere", "secretaire", "depute", "deputee", "senateur", "senatrice",
            "ambassadeur", "ambassadrice", "maire", "gouverneur", "gouverneure", "diplomate", "juge", "procureur",
            "procureure", "magistrat", "magistrate", "general", "generale", "colonel", "amiral", "minister",
            "senator", "ambassador", "governor", "judge", "prosecutor"),
    /** Players, coaches, referees. */
    SPORT("footballeur", "footballeuse", "joueur", "joueuse", "entraineur", "entraineuse", "selectionneur",
            "selectionneuse", "attaquant", "attaquante", "defenseur", "gardien", "milieu", "athlete", "cycliste",
            "nageur", "nageuse", "boxeur", "boxeuse", "tennisman", "sprinteur", "marathonien", "arbitre",
            "footballer", "coach", "striker", "goalkeeper"),
    /** Singers, actors, film makers, writers, painters. */
    ARTS("chanteur", "chanteuse", "acteur", "actrice", "comedien", "comedienne", "realisateur", "realisatrice",
            "romancier", "romanciere", "ecrivain", "ecrivaine", "musicien", "musicienne", "rappeur", "rappeuse",
            "peintre", "cineaste", "singer", "actor", "actress", "novelist");

    private final Set<String> heads;

    RoleFamily(String... heads) {
        this.heads = Set.of(heads);
    }

    /** The family's name in lower case ({@code sport}), as written in keys. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The family of a role as written ({@code ministre de la Défense}: {@link #OFFICE}), or null when unclear. */
    public static RoleFamily of(String role) {
        String folded = NameKey.fold(role == null ? "" : role);
        if (folded.startsWith("ancien") || folded.startsWith("ex-") || folded.startsWith("ex ")
                || folded.startsWith("former")) {
            return null;
        }
        String first = folded.split("[\\s']+", 2)[0];
        for (String prefix : new String[] {"vice-", "sous-"}) {
            first = first.startsWith(prefix) ? first.substring(prefix.length()) : first;
        }
        return Heads.FAMILY.get(first);
    }

    /** The one family of a person's roles in a document, or null when none or several are clear. */
    public static RoleFamily of(Iterable<String> roles) {
        RoleFamily family = null;
        for (String role : roles) {
            RoleFamily f = of(role);
            if (f != null && family != null && f != family) {
                return null; // the document itself mixes them: no evidence
            }
            family = f == null ? family : f;
        }
        return family;
    }

    /** A role's first word to its family, built once the constants exist. */
    private static final class Heads {
        static final Map<String, RoleFamily> FAMILY = build();

        private static Map<String, RoleFamily> build() {
            Map<String, RoleFamily> families = new HashMap<>();
            for (RoleFamily family : values()) {
                family.heads.forEach(head -> families.put(head, family));
            }
            return Map.copyOf(families);
        }
    }
}
