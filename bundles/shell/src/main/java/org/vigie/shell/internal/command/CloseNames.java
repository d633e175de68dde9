package org.vigie.shell.internal.command;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.vigie.entities.api.NameKey;

/** The names close to one that is not there, for a "did you mean" (case, accents, a few typos, a part of it). */
final class CloseNames {

    private CloseNames() {
    }

    /** Up to {@code max} names close to {@code name}, closest first. */
    static List<String> to(String name, Collection<String> names, int max) {
        String wanted = NameKey.fold(name);
        return names.stream().filter(n -> close(wanted, NameKey.fold(n)))
                .sorted(Comparator.comparingInt((String n) -> distance(wanted, NameKey.fold(n))).thenComparing(n -> n))
                .limit(max).toList();
    }

    private static boolean close(String wanted, String candidate) {
        if (wanted.isEmpty() || candidate.isEmpty()) {
            return false;
        }
        boolean part = Math.min(wanted.length(), candidate.length()) >= 3
                && (candidate.contains(wanted) || wanted.contains(candidate));
        return part || distance(wanted, candidate) <= Math.max(1, Math.min(wanted.length(), candidate.length()) / 3);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
