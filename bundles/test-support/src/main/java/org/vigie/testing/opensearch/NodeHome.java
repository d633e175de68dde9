package org.vigie.testing.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A node's own copy of the OpenSearch distribution: the {@code integ-test-zip} unpacked, the
 * {@code analysis-common} plugin (elision, French stemmers, ASCII folding) added as a module, and
 * its {@code opensearch.yml} written.
 */
final class NodeHome {
    static final String VERSION = "2.19.3";

    private NodeHome() {
    }

    /** Unpacks {@code zip} into {@code home} (without its top folder) and adds analysis-common. */
    static void unpack(Path zip, Path analysisCommon, Path home) throws IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                Path target = home.resolve(name).normalize();
                if (name.isEmpty() || !target.startsWith(home)) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        try (var scripts = Files.list(home.resolve("bin"))) {
            scripts.forEach(script -> script.toFile().setExecutable(true, false));
        }
        Path module = Files.createDirectories(home.resolve("modules/analysis-common"));
        Files.copy(analysisCommon, module.resolve(analysisCommon.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Files.write(module.resolve("plugin-descriptor.properties"), List.of(
                "description=Adds analysis components (elision, stemmers, asciifolding)",
                "name=analysis-common",
                "version=" + VERSION,
                "opensearch.version=" + VERSION,
                "java.version=11",
                "classname=org.opensearch.analysis.common.CommonAnalysisPlugin"));
    }

    /** Writes the node's configuration; returns its data folder. */
    static Path configure(Path home, NodeSettings settings, int http, int transport) throws IOException {
        Path data = settings.dataDir() != null ? settings.dataDir() : home.resolve("data");
        Files.createDirectories(data);
        Files.createDirectories(home.resolve("tmp"));
        Files.writeString(home.resolve("config/opensearch.yml"),
                settings.yaml(http, transport, data, Files.createDirectories(home.resolve("logs"))));
        return data;
    }
}
