package org.vigie.itests.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.ExtractionPipeline;
import org.vigie.entities.api.ExtractionResult;
import org.vigie.plugins.api.PluginInfo;
import org.vigie.plugins.api.PluginService;

/** Plugins that cannot run are reported in one line and disturb nothing else. */
class FailingPluginTest {

    @TempDir
    Path dir;

    @Test
    void aPluginWhoseActivationThrowsIsReportedAndTheRestWorks(@InjectService(timeout = 10_000) PluginService plugins,
            @InjectService(timeout = 10_000) ExtractionPipeline pipeline) throws Exception {
        Path jar = GeneratedPlugin.withComponent(dir, "org.vigie.itests.throwing",
                "org.vigie.itests.fixtures,org.vigie.entities.api,org.vigie.corpus.api",
                "org.vigie.itests.fixtures.ThrowingExtractor", "org.vigie.entities.api.EntityExtractor",
                Map.of("vigie.extractor.id", "throwing", "vigie.extractor.version", "1", "vigie.extractor.types", "BROKEN"));
        PluginInfo info = plugins.install(jar.toString());
        try {
            assertEquals("ACTIVE", info.state());
            assertNotNull(info.problem(), "the activation failure is reported");
            assertTrue(info.problem().contains("failed to activate") && info.problem().contains("model file"),
                    info.problem());
            assertTrue(info.failing());
            assertTrue(pipeline.extractors().stream().noneMatch(e -> e.id().equals("throwing")));

            ExtractionResult result = pipeline.extract(article());
            assertTrue(result.annotations().stream().anyMatch(a -> a.type().equals(EntityType.ORGANIZATION)),
                    "the French extractor still works: " + result.annotations());
        } finally {
            plugins.remove(String.valueOf(info.id()));
        }
    }

    @Test
    void aPluginThatCannotResolveNamesTheMissingPackage(@InjectService(timeout = 10_000) PluginService plugins)
            throws Exception {
        Path jar = GeneratedPlugin.importing(dir, "org.vigie.itests.unresolved",
                "org.example.nowhere;version=\"[1.2,2)\"");
        PluginInfo info = plugins.install(jar.toString());
        try {
            assertEquals("INSTALLED", info.state());
            assertEquals("missing package org.example.nowhere version [1.2.0,2.0.0)", info.problem());
        } finally {
            plugins.remove(String.valueOf(info.id()));
        }
        assertTrue(plugins.list().stream().noneMatch(p -> p.id() == info.id()));
    }

    private static Document article() {
        String text = "Le secrétaire général d'Interpol a rencontré à Lyon les représentants d'Europol.";
        DocumentMetadata metadata = new DocumentMetadata("Interpol et Europol", null, null, null, "fr",
                "interpol-europol.txt", null, null, "text/plain", null);
        return new Document("itest-failing-plugin-article", text, text, metadata);
    }
}
