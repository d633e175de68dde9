package org.vigie.workspace.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forwards the OSGi log (where Felix SCR reports components that fail to activate, with their
 * stack traces) to SLF4J, so that it lands in {@code WORKSPACE/logs/vigie.log} with the rest.
 */
@Component(immediate = true, service = {})
public class OsgiLogForwarder implements LogListener {
    // initialises SLF4J on the activating thread, before the log thread can race it
    private static final Logger LOG = LoggerFactory.getLogger(OsgiLogForwarder.class);
    private final LogReaderService reader;

    @Activate
    public OsgiLogForwarder(@Reference LogReaderService reader) {
        this.reader = reader;
        reader.addLogListener(this);
        LOG.debug("forwarding the OSGi log to SLF4J");
    }

    @Deactivate
    void deactivate() {
        reader.removeLogListener(this);
    }

    @Override
    public void logged(LogEntry entry) {
        String name = entry.getBundle() == null ? "osgi" : "osgi." + entry.getBundle().getSymbolicName();
        Logger log = LoggerFactory.getLogger(name);
        String message = entry.getMessage();
        Throwable error = entry.getException();
        if (entry.getLoggerName() != null && entry.getLoggerName().startsWith("Events.") && error == null) {
            log.debug(message); // every bundle and service event: noise unless debugging
            return;
        }
        switch (entry.getLogLevel()) {
            case AUDIT, ERROR -> log.error(message, error);
            case WARN -> log.warn(message, error);
            case INFO -> log.info(message, error);
            default -> log.debug(message, error);
        }
    }
}
