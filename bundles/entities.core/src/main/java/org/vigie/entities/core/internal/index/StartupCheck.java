package org.vigie.entities.core.internal.index;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.entities.api.CheckReport;
import org.vigie.entities.api.EntityExtractor;
import org.vigie.entities.api.EntityIndexCheck;

/**
 * At start, in the background so the prompt is not held: when the entity index did not record
 * the corpus's current revision (a crash, a kill, a failed commit, an interrupted import), checks
 * and repairs it, with a log line and a line on the console when something was repaired. Waits
 * for an extractor, so documents are never given empty results for want of one. Stopping Vigie
 * interrupts it at the next document; the next start goes on.
 */
@Component(immediate = true, service = {})
public class StartupCheck {

    private static final Logger LOG = LoggerFactory.getLogger(StartupCheck.class);

    private final Thread thread;

    @Activate
    public StartupCheck(@Reference EntityIndexCheck check,
            @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE) List<EntityExtractor> extractors) {
        thread = new Thread(() -> run(check), "vigie-startup-check");
        thread.setDaemon(true);
        thread.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        thread.interrupt();
        thread.join(TimeUnit.SECONDS.toMillis(30));
    }

    private static void run(EntityIndexCheck check) {
        try {
            if (check.agrees()) {
                LOG.info("the entity index agrees with the corpus");
                return;
            }
            boolean[] told = {false};
            CheckReport report = check.check((result, done, total) -> {
                if (!told[0]) {
                    told[0] = true;
                    console("check: the entity index is behind the corpus; extracting " + total
                            + " documents in the background (vigie:check waits for it)");
                }
            });
            if (Thread.currentThread().isInterrupted()) {
                LOG.info("the start-up check stopped with Vigie: {}", report.summary());
            } else if (!report.agreed()) {
                console(report.summary());
            }
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                LOG.info("the start-up check stopped with Vigie: {}", e.getMessage());
                return;
            }
            LOG.error("the start-up check of the entity index failed: {}", e.getMessage(), e);
            console(e.toString());
        }
    }

    private static void console(String line) {
        LOG.info("{}", line);
        System.err.println(line);
    }
}
