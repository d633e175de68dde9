package org.vigie.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleException;

class PluginProblemsTest {

    @Test
    void aMissingPackageBecomesOneLineWithItsVersionRange() {
        BundleException e = new BundleException("Unable to resolve org.example.plugin [23](R 23.0): missing requirement"
                + " [org.example.plugin [23](R 23.0)] osgi.wiring.package;"
                + " (&(osgi.wiring.package=org.example.missing)(version>=1.2.0)(!(version>=2.0.0)))"
                + " Unresolved requirements: [[org.example.plugin [23](R 23.0)] osgi.wiring.package;"
                + " (&(osgi.wiring.package=org.example.missing)(version>=1.2.0)(!(version>=2.0.0)))]",
                BundleException.RESOLVE_ERROR);
        assertEquals("missing package org.example.missing version [1.2.0,2.0.0)", PluginProblems.oneLine(e));
    }

    @Test
    void aMissingPackageWithoutVersion() {
        BundleException e = new BundleException("Unable to resolve x [5](R 5.0): missing requirement [x [5](R 5.0)]"
                + " osgi.wiring.package; (osgi.wiring.package=org.nowhere) Unresolved requirements: ...",
                BundleException.RESOLVE_ERROR);
        assertEquals("missing package org.nowhere", PluginProblems.oneLine(e));
    }

    @Test
    void anActivatorFailureNamesItsCause() {
        BundleException e = new BundleException("Activator start error in bundle x [5].", BundleException.ACTIVATOR_ERROR,
                new IllegalStateException("no licence key\n\tat somewhere"));
        assertEquals("activator failed: java.lang.IllegalStateException: no licence key", PluginProblems.oneLine(e));
    }

    @Test
    void aComponentFailureShowsItsDeepestCause() {
        String trace = "java.lang.reflect.InvocationTargetException\n\tat x.Y.z(Y.java:1)\n"
                + "Caused by: java.lang.RuntimeException: wrapped\n\tat a.B.c(B.java:2)\n"
                + "Caused by: java.lang.IllegalStateException: the model file is missing\n\tat d.E.f(E.java:3)\n";
        assertEquals("java.lang.IllegalStateException: the model file is missing", PluginProblems.rootCause(trace));
        assertEquals("java.lang.Error: plain", PluginProblems.rootCause("java.lang.Error: plain\n\tat q.R.s(R.java:9)"));
    }

    @Test
    void longMessagesAreCutToOneLine() {
        assertEquals("first", PluginProblems.firstLine("first\nsecond"));
        assertEquals("unknown reason", PluginProblems.firstLine(null));
    }
}
