package org.vigie.entities.core.internal.resolution;

import java.util.List;

import org.vigie.entities.api.RoleFamily;

/**
 * What one document says about who a PERSON is, written in the index's {@code aff} field: the
 * folded main affiliation, then, when the roles belong to one clear {@link RoleFamily}, a space and
 * {@code role:FAMILY} ({@code ministere de la defense role:office}, {@code role:sport} alone), or
 * {@link EntityGroup#NO_AFFILIATION} when it says neither. Indexes written before roles counted
 * hold the affiliation alone, which reads as "role unknown".
 */
public final class PersonEvidence {

    private static final String ROLE = "role:";

    private PersonEvidence() {
    }

    /** The evidence of a document given its folded main affiliation (or null) and its roles. */
    public static String of(String affiliation, List<String> roles) {
        RoleFamily role = RoleFamily.of(roles);
        String family = role == null ? null : role.id();
        String aff = affiliation == null || affiliation.isBlank() ? "" : affiliation;
        if (family == null) {
            return aff.isEmpty() ? EntityGroup.NO_AFFILIATION : aff;
        }
        return aff.isEmpty() ? ROLE + family : aff + " " + ROLE + family;
    }

    /** The affiliation part of an evidence, "" when it gives only a role. */
    public static String affiliation(String evidence) {
        int at = evidence.lastIndexOf(ROLE);
        return at < 0 ? evidence : evidence.substring(0, at).strip();
    }

    /** The role family part of an evidence, or null. */
    public static String family(String evidence) {
        int at = evidence.lastIndexOf(ROLE);
        return at < 0 ? null : evidence.substring(at + ROLE.length());
    }

    /**
     * Whether two documents may speak of one person: their affiliations are compatible (the words
     * of one appear in order in the other) or one of them gives none, and their roles' families do
     * not differ (a document with no clear family says nothing against the other).
     */
    public static boolean compatible(String a, String b) {
        String affA = affiliation(a);
        String affB = affiliation(b);
        String familyA = family(a);
        String familyB = family(b);
        boolean affiliations = affA.isEmpty() || affB.isEmpty() || wordsWithin(affA, affB);
        return affiliations && (familyA == null || familyB == null || familyA.equals(familyB));
    }

    /** Whether one affiliation's words appear, in order, within the other's. */
    static boolean wordsWithin(String a, String b) {
        String wordsA = " " + a.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        String wordsB = " " + b.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        return wordsA.contains(wordsB) || wordsB.contains(wordsA);
    }

    /** How an entity split off by this evidence is keyed: its affiliation, or its role family when it gives none. */
    public static String label(String evidence) {
        String aff = affiliation(evidence);
        return aff.isEmpty() ? evidence : aff;
    }
}
