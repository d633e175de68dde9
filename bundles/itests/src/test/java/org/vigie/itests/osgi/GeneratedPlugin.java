package org.vigie.itests.osgi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes small plugin bundles for tests: a manifest and, optionally, one DS component. */
final class GeneratedPlugin {

    private GeneratedPlugin() {
    }

    /**
     * A bundle whose single component is {@code implementation}, providing {@code service} with the
     * service {@code properties} (name, value, name, value...), as a property type annotation would give them.
     */
    static Path withComponent(Path dir, String symbolicName, String imports, String implementation, String service,
            String... properties) throws IOException {
        StringBuilder declared = new StringBuilder();
        for (int i = 0; i + 1 < properties.length; i += 2) {
            declared.append("  <property name=\"").append(properties[i]).append("\" value=\"").append(properties[i + 1])
                    .append("\"/>\n");
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + symbolicName
                + ".component\" immediate=\"true\">\n"
                + "  <implementation class=\"" + implementation + "\"/>\n"
                + declared
                + "  <service><provide interface=\"" + service + "\"/></service>\n"
                + "</scr:component>\n";
        return write(dir, symbolicName, imports, "OSGI-INF/component.xml", xml);
    }

    /** A bundle with no code that imports {@code imports}. */
    static Path importing(Path dir, String symbolicName, String imports) throws IOException {
        return write(dir, symbolicName, imports, null, null);
    }

    /** A bundle whose activator, a fixture, blocks in its {@code phase}: {@code start} or {@code stop}. */
    static Path blocking(Path dir, String symbolicName, String phase) throws IOException {
        return write(dir, symbolicName, "org.osgi.framework,org.vigie.itests.fixtures", null, null,
                "Bundle-Activator", "org.vigie.itests.fixtures.BlockingActivator", "X-Vigie-Blocks", phase);
    }

    private static Path write(Path dir, String symbolicName, String imports, String componentPath, String componentXml,
            String... headers) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", imports);
        if (componentPath != null) {
            main.putValue("Service-Component", componentPath);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            main.putValue(headers[i], headers[i + 1]);
        }
        Path jar = dir.resolve(symbolicName + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            if (componentPath != null) {
                out.putNextEntry(new JarEntry(componentPath));
                out.write(componentXml.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }
}
