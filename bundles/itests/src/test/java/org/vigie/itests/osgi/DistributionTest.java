package org.vigie.itests.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.vigie.core.api.Workspace;
import org.vigie.corpus.api.CorpusImporter;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.entities.api.EntityExtractor;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.ExtractionPipeline;
import org.vigie.entities.api.ExtractorInfo;
import org.vigie.plugins.api.PluginService;

/** The distribution's bundles start and publish their services in a real framework. */
class DistributionTest {

    @InjectBundleContext
    BundleContext context;

    /** The distribution's own bundles, fragments aside (shell.profile attaches to Gogo JLine). */
    private static final Set<String> VIGIE_BUNDLES = Set.of("org.vigie.core.api", "org.vigie.corpus.api",
            "org.vigie.corpus.importers", "org.vigie.corpus.store", "org.vigie.corpus.stores", "org.vigie.curation", "org.vigie.entities.api", "org.vigie.entities.core",
            "org.vigie.entities.french", "org.vigie.export", "org.vigie.export.api", "org.vigie.lucene", "org.vigie.plugins", "org.vigie.report.api",
            "org.vigie.report.pdf", "org.vigie.shell", "org.vigie.web", "org.vigie.web.api", "org.vigie.web.views", "org.vigie.workspace");

    @Test
    void everyVigieBundleIsActive() {
        List<Bundle> vigie = Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName().startsWith("org.vigie.") && !b.getSymbolicName().startsWith("org.vigie.itests"))
                .filter(b -> b.getHeaders().get("Fragment-Host") == null)
                .toList();
        assertEquals(VIGIE_BUNDLES, vigie.stream().map(Bundle::getSymbolicName).collect(Collectors.toSet()));
        for (Bundle bundle : vigie) {
            assertEquals(Bundle.ACTIVE, bundle.getState(), bundle.getSymbolicName() + " is active");
        }
    }

    @Test
    void theWorkbenchServicesAreRegistered(@InjectService(timeout = 10_000) Workspace workspace,
            @InjectService(timeout = 10_000) CorpusStore store, @InjectService(timeout = 10_000) CorpusImporter importer,
            @InjectService(timeout = 10_000) ExtractionPipeline pipeline,
            @InjectService(timeout = 10_000) EntityIndex index, @InjectService(timeout = 10_000) PluginService plugins) {
        assertTrue(workspace.root().toString().endsWith("itest-workspace"), workspace.root().toString());
        // each service comes from the bundle that implements it, not from a stand-in
        assertEquals("org.vigie.workspace", providerOf(workspace));
        assertEquals("org.vigie.corpus.store", providerOf(store));
        assertEquals("org.vigie.corpus.importers", providerOf(importer));
        assertEquals("org.vigie.entities.core", providerOf(pipeline));
        assertEquals("org.vigie.entities.core", providerOf(index));
        assertEquals("org.vigie.plugins", providerOf(plugins));
        assertTrue(pipeline.extractors().stream().anyMatch(e -> e.id().equals("french")),
                "the French extractor is active: " + pipeline.extractors());
        assertTrue(plugins.list().isEmpty(), "no plugins in a fresh workspace: " + plugins.list());
    }

    private static String providerOf(Object service) {
        return FrameworkUtil.getBundle(service.getClass()).getSymbolicName();
    }

    @Test
    void theFrenchExtractorIsAWhiteboardService(@InjectService(timeout = 10_000)
            List<EntityExtractor> extractors) throws Exception {
        List<Object> ids = context.getServiceReferences(EntityExtractor.class, null).stream()
                .map(ref -> ref.getProperty(ExtractorInfo.ID)).toList();
        assertTrue(ids.contains("french"), extractors + " " + ids);
    }

    /** Moved from FrenchExtractorTest: the declaration lives in the built bundle's component description. */
    @Test
    void theFrenchExtractorDeclaresItsIdLanguageAndTypes(@InjectService(timeout = 10_000) ExtractionPipeline pipeline) {
        ExtractorInfo french = pipeline.extractors().stream().filter(e -> e.id().equals("french")).findFirst()
                .orElseThrow();
        assertEquals(Set.of("fr"), french.languages());
        assertEquals(Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.EVENT,
                EntityType.LAW, EntityType.DATE, EntityType.QUANTITY), french.types());
    }
}
