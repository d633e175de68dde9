package org.vigie.itests.osgi;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;

/** The example IOC extractor plugin, packed into the test bundle, as a jar file to install. */
final class IocPlugin {

    private IocPlugin() {
    }

    /** Copies the plugin's jar out of the test bundle into {@code dir}. */
    static Path jar(BundleContext context, Path dir) throws IOException {
        Path jar = dir.resolve("ioc-extractor.jar");
        try (InputStream in = context.getBundle().getEntry("plugins/ioc-extractor.jar").openStream()) {
            Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
        }
        return jar;
    }

    /** The INDICATOR entities of one extracted document, lower-cased. */
    static Set<String> indicators(EntityIndex index, String documentId) {
        DocumentEntities entities = index.document(documentId).orElse(null);
        assertNotNull(entities, "document " + documentId + " was extracted");
        return entities.entities().stream().filter(e -> e.type().name().equals("INDICATOR")).map(Entity::name)
                .map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
