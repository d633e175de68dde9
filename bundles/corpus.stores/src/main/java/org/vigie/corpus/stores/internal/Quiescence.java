package org.vigie.corpus.stores.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Waits until the components have caught up with a switch: SCR rebinds the consumers of the
 * store (and their own consumers: the entity index, then the entity commands) on its own threads,
 * after the new store is registered. Done when the states of every component configuration stay
 * the same over {@value #STILL_POLLS} polls {@value #POLL_MS} ms apart, so a command run next
 * finds every command service registered again.
 */
final class Quiescence {
    static final int POLL_MS = 100;
    static final int STILL_POLLS = 4;

    private Quiescence() {
    }

    /** Returns whether the components settled within {@code seconds}. */
    static boolean await(ServiceComponentRuntime scr, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<String> last = states(scr);
        int still = 0;
        while (still < STILL_POLLS) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(POLL_MS);
            List<String> now = states(scr);
            still = now.equals(last) ? still + 1 : 0;
            last = now;
        }
        return true;
    }

    private static List<String> states(ServiceComponentRuntime scr) {
        List<String> states = new ArrayList<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                states.add(description.name + "#" + configuration.id + "=" + configuration.state);
            }
        }
        states.sort(null);
        return states;
    }
}
