package org.vigie.entities.core.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class DelayedCommitTest {

    @Test
    void manyRequestsBeforeTheDelayMakeOneCommit() {
        AtomicInteger commits = new AtomicInteger();
        DelayedCommit delayed = new DelayedCommit(commits::incrementAndGet, 60_000);
        for (int i = 0; i < 100; i++) {
            delayed.request();
        }
        delayed.close(); // the commit was not due: dropped, the index commits as it closes
        assertEquals(0, commits.get());
    }

    @Test
    void aRequestIsCommittedAndAFailingCommitDoesNotStopTheNext() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(2);
        DelayedCommit delayed = new DelayedCommit(() -> {
            done.countDown();
            if (done.getCount() == 1) {
                throw new IllegalStateException("disk full");
            }
        }, 1);
        delayed.request();
        for (int i = 0; i < 1000 && done.getCount() == 2; i++) {
            Thread.sleep(5);
        }
        delayed.request();
        assertTrue(done.await(10, TimeUnit.SECONDS));
        delayed.close();
    }
}
