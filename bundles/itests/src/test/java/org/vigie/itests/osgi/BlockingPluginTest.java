package org.vigie.itests.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;
import org.vigie.itests.fixtures.BlockingActivator;
import org.vigie.plugins.api.PluginException;
import org.vigie.plugins.api.PluginInfo;
import org.vigie.plugins.api.PluginService;

/**
 * A plugin whose start (activator or component) or stop blocks hangs no command: past the (here shortened) time limit the
 * command ends with one line saying so, and the plugin can still be removed.
 */
class BlockingPluginTest {
    private static final String PID = "org.vigie.plugins.internal.PluginBundles";
    private static Configuration configuration;
    private static PluginService plugins;

    @TempDir
    Path dir;

    @BeforeAll
    static void shortenTheLimits() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(BlockingPluginTest.class).getBundleContext();
        ConfigurationAdmin admin = service(context, ConfigurationAdmin.class, "");
        configuration = admin.getConfiguration(PID, "?");
        limits(2, 2);
    }

    /** Sets the plugin service's time limits and waits until the service shows them. */
    private static void limits(int startSeconds, int stopSeconds) throws Exception {
        Dictionary<String, Object> limits = new Hashtable<>();
        limits.put("startTimeoutSeconds", startSeconds);
        limits.put("stopTimeoutSeconds", stopSeconds);
        configuration.update(limits);
        // the service shows its configuration once the component has it
        BundleContext context = FrameworkUtil.getBundle(BlockingPluginTest.class).getBundleContext();
        plugins = service(context, PluginService.class,
                "(&(startTimeoutSeconds=" + startSeconds + ")(stopTimeoutSeconds=" + stopSeconds + "))");
    }

    @AfterAll
    static void restoreTheLimits() throws Exception {
        // released, a removal that passed its limit finishes on the thread it was left on
        BlockingActivator.RELEASE.countDown();
        configuration.delete();
    }

    @Test
    void aPluginWhoseStartBlocksIsReportedAsNotActiveAndCanBeRemoved() throws Exception {
        Path jar = GeneratedPlugin.blocking(dir, "org.vigie.itests.slowstart", "start");

        PluginInfo info = plugins.install(jar.toString());
        try {
            assertEquals("it did not start within 2 s; it is installed but not active", info.problem());
            assertNotEquals("ACTIVE", plugins.info(info.symbolicName()).state());
        } finally {
            plugins.remove(String.valueOf(info.id()));
        }
        assertTrue(plugins.list().stream().noneMatch(p -> p.id() == info.id()));
    }

    @Test
    @Disabled("racy: which thread first gets the service (the plugin's start or the pipeline's "
            + "dynamic reference) decides whether the start or the removal meets the stuck constructor, "
            + "and a removal past its limit leaves the plugin behind for later test classes; the start and stop "
            + "cases below cover the limits")
    void aPluginWhoseComponentBlocksInActivationIsReportedAsNotActiveAndItsRemovalEndsInTime() throws Exception {
        Path jar = GeneratedPlugin.withComponent(dir, "org.vigie.itests.slowcomponent",
                "org.vigie.itests.fixtures,org.vigie.entities.api,org.vigie.corpus.api",
                "org.vigie.itests.fixtures.BlockingExtractor", "org.vigie.entities.api.EntityExtractor",
                Map.of("vigie.extractor.id", "blocking", "vigie.extractor.version", "1", "vigie.extractor.types", "STUCK"));

        PluginInfo info = plugins.install(jar.toString());
        assertEquals("it did not start within 2 s; it is installed but not active", info.problem());
        PluginInfo listed = plugins.info(info.symbolicName());
        // described from its service properties: listing it never waits for the stuck constructor
        assertEquals("[extractor blocking: STUCK]", listed.contributions().toString());

        // the framework cannot unregister a service while its component is still being created
        // in the plugin's own code: the removal ends within the limit, done or with one line
        try {
            plugins.remove(String.valueOf(info.id()));
            assertTrue(plugins.list().stream().noneMatch(p -> p.id() == info.id()));
        } catch (PluginException e) {
            assertEquals("plugin org.vigie.itests.slowcomponent did not stop within 2 s; it may still be running",
                    e.getMessage());
        }
    }

    @Test
    void aPluginWhoseStopBlocksFailsTheStopWithOneLineAndCanBeRemoved() throws Exception {
        Path jar = GeneratedPlugin.blocking(dir, "org.vigie.itests.slowstop", "stop");
        PluginInfo info = plugins.install(jar.toString());
        try {
            assertEquals("ACTIVE", info.state(), String.valueOf(info.problem()));

            PluginException e = assertThrows(PluginException.class, () -> plugins.stop(info.symbolicName()));

            assertEquals("plugin org.vigie.itests.slowstop did not stop within 2 s; it may still be running", e.getMessage());
        } finally {
            plugins.remove(String.valueOf(info.id()));
        }
        assertTrue(plugins.list().stream().noneMatch(p -> p.id() == info.id()));
    }

    private static <S> S service(BundleContext context, Class<S> type, String filter) throws Exception {
        String full = "(&(objectClass=" + type.getName() + ")" + filter + ")";
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, context.createFilter(full), null);
        tracker.open();
        S service = tracker.waitForService(30_000);
        assertNotNull(service, "no service " + full);
        return service;
    }
}
