package org.vigie.itests.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.vigie.corpus.api.CorpusImporter;
import org.vigie.corpus.api.FileOutcome;
import org.vigie.corpus.api.ImportOptions;
import org.vigie.corpus.api.ImportReport;
import org.vigie.entities.api.EntityExtractor;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.ExtractionPipeline;
import org.vigie.entities.api.ExtractorInfo;
import org.vigie.plugins.api.Contribution;
import org.vigie.plugins.api.PluginInfo;
import org.vigie.plugins.api.PluginService;

/**
 * A plugin bundle installed, used and uninstalled while Vigie runs (the pattern of Equinox's
 * ExtensionRegistryDynamicTest): the example IOC extractor adds INDICATOR entities, and once it
 * is removed neither its service nor its entities remain.
 */
class PluginLifecycleTest {
    private static final String BULLETIN = "Alerte du CERT : des attaquants exploitent la faille CVE-2024-3400 "
            + "des pare-feu de Palo Alto Networks depuis le serveur 185.220.101.4, selon Europol.\n";

    @InjectBundleContext
    BundleContext context;

    @TempDir
    Path dir;

    @Test
    void installUseAndUninstallAnExtractorPlugin(@InjectService(timeout = 10_000) PluginService plugins,
            @InjectService(timeout = 10_000) CorpusImporter importer,
            @InjectService(timeout = 10_000) ExtractionPipeline pipeline,
            @InjectService(timeout = 10_000) EntityIndex index) throws Exception {
        String id = importBulletin(importer);
        assertFalse(IocPlugin.indicators(index, id).contains("cve-2024-3400"), "no indicator before the plugin");

        PluginInfo installed = plugins.install(IocPlugin.jar(context, dir).toString());
        assertEquals("ACTIVE", installed.state());
        assertNull(installed.problem(), String.valueOf(installed.problem()));
        assertTrue(installed.contributions().stream().map(Contribution::toString)
                .anyMatch(c -> c.startsWith("extractor ioc") && c.contains("INDICATOR")), installed.contributions().toString());
        assertEquals(1, extractorServices("ioc"));
        // moved from IocExtractorTest: the indicator extractor, for every language
        ExtractorInfo ioc = pipeline.extractors().stream().filter(e -> e.id().equals("ioc")).findFirst().orElseThrow();
        assertEquals(Set.of(EntityType.of("INDICATOR")), ioc.types());
        assertTrue(ioc.languages().isEmpty());

        pipeline.extract(List.of(id), null);
        Set<String> found = IocPlugin.indicators(index, id);
        assertTrue(found.contains("cve-2024-3400") && found.contains("185.220.101.4"), found.toString());

        // switching extractors at run time: a stopped plugin no longer extracts, started again it does
        assertEquals("RESOLVED", plugins.stop(String.valueOf(installed.id())).state());
        assertEquals(0, extractorServices("ioc"));
        pipeline.extract(List.of(id), null);
        assertTrue(IocPlugin.indicators(index, id).isEmpty(), "a stopped extractor is not run");
        assertEquals("ACTIVE", plugins.start(String.valueOf(installed.id())).state());
        pipeline.extract(List.of(id), null);
        assertTrue(IocPlugin.indicators(index, id).contains("cve-2024-3400"), "started again, it is run");

        plugins.remove(String.valueOf(installed.id()));
        assertEquals(0, extractorServices("ioc"), "no stale extractor service after removal");
        assertTrue(plugins.list().stream().noneMatch(p -> p.id() == installed.id()));

        pipeline.extract(List.of(id), null);
        assertTrue(IocPlugin.indicators(index, id).isEmpty(), "indicators gone after re-extraction");
    }

    private String importBulletin(CorpusImporter importer) throws IOException {
        Path file = dir.resolve("bulletin-cert.txt");
        Files.writeString(file, "Bulletin de sécurité\n\n" + BULLETIN, StandardCharsets.UTF_8);
        ImportReport report = importer.importPaths(List.of(file), ImportOptions.DEFAULT, null);
        FileOutcome outcome = report.files().get(0);
        assertTrue(outcome.status() != FileOutcome.Status.FAILED, String.valueOf(outcome.reason()));
        return outcome.documentIds().get(0);
    }

    private int extractorServices(String id) throws InvalidSyntaxException {
        return (int) context.getServiceReferences(EntityExtractor.class, null).stream()
                .map(ref -> ref.getProperty(ExtractorInfo.ID)).filter(id::equals).count();
    }
}
