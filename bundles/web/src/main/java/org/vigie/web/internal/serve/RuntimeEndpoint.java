package org.vigie.web.internal.serve;

import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;
import org.osgi.service.servlet.runtime.dto.RuntimeDTO;

/**
 * The port the HTTP runtime listens on, as its {@code HttpServiceRuntime} service says in
 * {@code osgi.http.endpoint} once Jetty has started (with port 0, the one the system chose).
 */
final class RuntimeEndpoint {

    /** The servlet the navigation of every page asks first ({@code ViewsServlet}). */
    private static final String NAVIGATION = "/api/views";

    private final BundleContext context;

    RuntimeEndpoint(BundleContext context) {
        this.context = context;
    }

    /**
     * Waits up to {@code millis} for a runtime listening on 127.0.0.1 (on {@code port}, unless 0)
     * that already dispatches to the workbench: Jetty listens before the whiteboard has registered
     * the access guard and the servlets, and a first request then got a 404 (seen in the browser
     * tests and WorkbenchViewLifecycleTest, more often with more views).
     */
    OptionalInt await(int port, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        do {
            OptionalInt found = current(port);
            if (found.isPresent() && dispatching()) {
                return found;
            }
            Thread.sleep(25);
        } while (System.nanoTime() < end);
        return OptionalInt.empty();
    }

    /** Waits up to {@code millis} until no runtime listens on 127.0.0.1 any more. */
    boolean awaitClosed(long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (current(0).isPresent()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(25);
        }
        return true;
    }

    /** Whether a runtime has a preprocessor (the access guard) and the navigation's servlet registered. */
    private boolean dispatching() {
        for (ServiceReference<HttpServiceRuntime> ref : references()) {
            HttpServiceRuntime runtime = context.getService(ref);
            if (runtime == null) {
                continue;
            }
            try {
                RuntimeDTO dto = runtime.getRuntimeDTO();
                if (dto.preprocessorDTOs.length > 0 && Arrays.stream(dto.servletContextDTOs)
                        .flatMap(c -> Arrays.stream(c.servletDTOs)).anyMatch(v -> Arrays.asList(v.patterns).contains(NAVIGATION))) {
                    return true;
                }
            } finally {
                context.ungetService(ref);
            }
        }
        return false;
    }

    private Collection<ServiceReference<HttpServiceRuntime>> references() {
        try {
            return context.getServiceReferences(HttpServiceRuntime.class, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private OptionalInt current(int port) {
        for (ServiceReference<HttpServiceRuntime> ref : references()) {
            for (Object endpoint : values(ref.getProperty("osgi.http.endpoint"))) {
                URI uri = URI.create(String.valueOf(endpoint));
                if ("127.0.0.1".equals(uri.getHost()) && uri.getPort() > 0 && (port == 0 || uri.getPort() == port)) {
                    return OptionalInt.of(uri.getPort());
                }
            }
        }
        return OptionalInt.empty();
    }

    private static Collection<?> values(Object property) {
        return property instanceof String[] all ? List.of(all)
                : property instanceof Collection<?> many ? many : property == null ? List.of() : List.of(property);
    }
}
