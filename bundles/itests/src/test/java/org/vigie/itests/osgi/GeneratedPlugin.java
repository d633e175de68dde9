package org.vigie.itests.osgi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes small plugin bundles for tests: a manifest and, optionally, one DS component. */
final class GeneratedPlugin {

    private GeneratedPlugin() {
    }

    /** A bundle whose single component is {@code implementation}, providing {@code service}. */
    static Path withComponent(Path dir, String symbolicName, String imports, String implementation, String service)
            throws IOException {
        return withComponent(dir, symbolicName, imports, implementation, service, Map.of());
    }

    /**
     * A bundle whose single component is {@code implementation}, providing {@code service} with
     * these service properties (String, Integer or Boolean values), as a component property type
     * annotation would give them.
     */
    static Path withComponent(Path dir, String symbolicName, String imports, String implementation, String service,
            Map<String, Object> properties) throws IOException {
        StringBuilder props = new StringBuilder();
        new TreeMap<>(properties).forEach((name, value) -> props.append("  <property name=\"").append(name)
                .append("\" type=\"").append(value.getClass().getSimpleName()).append("\" value=\"").append(value)
                .append("\"/>\n"));
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + symbolicName
                + ".component\" immediate=\"true\">\n"
                + props
                + "  <implementation class=\"" + implementation + "\"/>\n"
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
