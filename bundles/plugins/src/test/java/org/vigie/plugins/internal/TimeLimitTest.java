package org.vigie.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleException;

class TimeLimitTest {

    @Test
    void anActionThatEndsInTimeIsDone() throws Exception {
        boolean[] ran = {false};
        assertTrue(TimeLimit.run("quick", Duration.ofSeconds(10), () -> ran[0] = true));
        assertTrue(ran[0]);
    }

    @Test
    void anActionThatBlocksIsLeftBehindInterruptedPastTheLimit() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        boolean done = TimeLimit.run("blocking", Duration.ofMillis(200), () -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        });

        assertFalse(done);
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the blocked thread was interrupted");
    }

    @Test
    void whatTheActionThrowsIsThrown() {
        BundleException failure = new BundleException("activator failed");
        assertSame(failure, assertThrows(BundleException.class, () -> TimeLimit.run("failing", Duration.ofSeconds(10),
                () -> {
                    throw failure;
                })));
    }
}
