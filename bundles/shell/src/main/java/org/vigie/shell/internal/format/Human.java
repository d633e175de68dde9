package org.vigie.shell.internal.format;

import java.util.Locale;

/** Sizes, durations and counts written for people. */
public final class Human {

    private Human() {
    }

    /** {@code 512 B}, {@code 3.4 KiB}, {@code 12.0 MiB}, {@code 1.2 GiB}. */
    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** {@code 850 ms}, {@code 4.2 s}, {@code 3 min 12 s}. */
    public static String duration(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        return seconds / 60 + " min " + seconds % 60 + " s";
    }

    /** {@code 1 document}, {@code 3 documents}. */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
