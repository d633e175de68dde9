package org.vigie.plugins.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.BundleException;

/** Turns the framework's resolution and activation failures into one line an analyst can act on. */
final class PluginProblems {
    private static final Pattern MISSING_PACKAGE = Pattern.compile(
            "osgi\\.wiring\\.package; \\(&?\\(?osgi\\.wiring\\.package=([^)]+)\\)((?:\\([^()]*\\)|\\(!\\([^()]*\\)\\))*)");
    private static final Pattern VERSION = Pattern.compile("\\((!?)\\(?version([<>]?=)([^)]+)\\)");

    private PluginProblems() {
    }

    static String oneLine(BundleException e) {
        String message = String.valueOf(e.getMessage());
        Matcher missing = MISSING_PACKAGE.matcher(message);
        if (missing.find()) {
            return "missing package " + missing.group(1) + versionRange(missing.group(2));
        }
        if (e.getCause() != null && e.getType() == BundleException.ACTIVATOR_ERROR) {
            return "activator failed: " + firstLine(e.getCause().toString());
        }
        return firstLine(message);
    }

    /** {@code (version>=1.0.0)(!(version>=2.0.0))} as {@code version [1.0.0,2.0.0)}. */
    private static String versionRange(String filter) {
        String low = null;
        String high = null;
        Matcher m = VERSION.matcher(filter);
        while (m.find()) {
            if (m.group(1).isEmpty() && m.group(2).equals(">=")) {
                low = m.group(3);
            } else if (!m.group(1).isEmpty() && m.group(2).equals(">=")) {
                high = m.group(3);
            }
        }
        if (low == null) {
            return "";
        }
        return " version " + (high == null ? low : "[" + low + "," + high + ")");
    }

    /** The deepest "Caused by:" of a stack trace as text, or its first line. */
    static String rootCause(String trace) {
        if (trace == null) {
            return "unknown reason";
        }
        String cause = null;
        for (String line : trace.lines().toList()) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length());
            }
        }
        return firstLine(cause != null ? cause : trace);
    }

    static String firstLine(String text) {
        if (text == null) {
            return "unknown reason";
        }
        String line = text.strip().lines().findFirst().orElse("unknown reason");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
