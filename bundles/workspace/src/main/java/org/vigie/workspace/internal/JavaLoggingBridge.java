package org.vigie.workspace.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Routes java.util.logging (PDFBox through commons-logging, the JDK) to SLF4J, whose backend
 * writes to {@code WORKSPACE/logs/vigie.log}, so that library warnings never land on the shell.
 */
@Component(immediate = true, service = {})
public class JavaLoggingBridge {

    @Activate
    void activate() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    @Deactivate
    void deactivate() {
        SLF4JBridgeHandler.uninstall();
    }
}
