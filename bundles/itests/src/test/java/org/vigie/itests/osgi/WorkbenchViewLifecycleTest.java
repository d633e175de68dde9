package org.vigie.itests.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Hashtable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.vigie.web.api.ViewInfo;
import org.vigie.web.api.Workbench;
import org.vigie.web.api.WorkbenchAddress;
import org.vigie.web.api.WorkbenchView;

/**
 * A view registered while the workbench is served shows in the navigation's list at the next
 * request, and is gone from it once unregistered, as when a plugin starts and stops.
 */
class WorkbenchViewLifecycleTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 10_000)
    Workbench workbench;

    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        workbench.stop();
    }

    private String views(WorkbenchAddress address) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(address.root() + "api/views"))
                .header("Authorization", "Bearer " + address.token()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    @Test
    void aViewAppearsInTheNavigationWhileItIsRegistered() throws Exception {
        WorkbenchAddress address = workbench.serve(0);
        assertTrue(views(address).contains("\"id\":\"recherche\""), "the built-in views are there");
        assertFalse(views(address).contains("indicateurs"));

        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ViewInfo.ID, "indicateurs");
        properties.put(ViewInfo.TITLE, "Indicateurs");
        properties.put(ViewInfo.ORDER, 50);
        properties.put(ViewInfo.PATH, "/vues/indicateurs");
        ServiceRegistration<WorkbenchView> view = context.registerService(WorkbenchView.class, new WorkbenchView() {
        }, properties);
        try {
            assertTrue(views(address).contains(
                    "{\"id\":\"indicateurs\",\"title\":\"Indicateurs\",\"order\":50,\"path\":\"/vues/indicateurs\",\"menu\":true}"),
                    views(address));
        } finally {
            view.unregister();
        }
        assertFalse(views(address).contains("indicateurs"), views(address));
    }

    @Test
    void aStoppedWorkbenchRefusesItsOldTokenAndServesAgainWithANewOne() throws Exception {
        WorkbenchAddress first = workbench.serve(0);
        assertTrue(workbench.stop());
        WorkbenchAddress second = workbench.serve(0);
        assertFalse(first.token().equals(second.token()));
        HttpResponse<String> old = client.send(HttpRequest.newBuilder(URI.create(second.root() + "api/views"))
                .header("Authorization", "Bearer " + first.token()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, old.statusCode(), old.body());
        assertTrue(views(second).startsWith("["));
    }
}
