package org.airisk.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Saves and long work run on their own queues; closing waits for saves, within a bound, and not for long work. */
class FxBackgroundWorkTest {
    @Test
    void workAskedForAfterClosingIsNotRunAndDoesNotThrow() {
        FxBackgroundWork background = new FxBackgroundWork();
        background.close();
        AtomicBoolean ran = new AtomicBoolean();
        // Before: RejectedExecutionException, printed on the console by --exit-after-start (issue 16).
        assertDoesNotThrow(() -> background.submit(
                () -> {
                    ran.set(true);
                    return null;
                },
                r -> ran.set(true),
                e -> ran.set(true)));
        assertFalse(ran.get());
    }

    @Test
    void aBlockedLongTaskDoesNotStopASaveFromCompleting() throws InterruptedException {
        FxBackgroundWork background = new FxBackgroundWork(Runnable::run);
        CountDownLatch exportMayEnd = new CountDownLatch(1);
        CountDownLatch exportStarted = new CountDownLatch(1);
        CountDownLatch saved = new CountDownLatch(1);
        background
                .longWork()
                .submit(
                        () -> {
                            exportStarted.countDown();
                            exportMayEnd.await();
                            return "report.pdf";
                        },
                        written -> {},
                        failure -> {});
        assertTrue(exportStarted.await(5, TimeUnit.SECONDS));
        assertTrue(background.longWorkRunning(), "asked about before quitting");

        background.submit(() -> "answer saved", done -> saved.countDown(), failure -> {});

        assertTrue(saved.await(5, TimeUnit.SECONDS), "the save did not wait for the export");
        assertTrue(background.close(Duration.ofSeconds(5)), "every save ran; the export is stopped, not waited for");
    }

    @Test
    void closingWaitsForSavesOnlyUpToItsBoundAndSaysSo() throws InterruptedException {
        FxBackgroundWork background = new FxBackgroundWork(Runnable::run);
        CountDownLatch saveMayEnd = new CountDownLatch(1);
        background.submit(
                () -> {
                    saveMayEnd.await();
                    return null;
                },
                done -> {},
                failure -> {});
        try {
            assertFalse(background.close(Duration.ofMillis(200)), "a save still running is reported, not waited on");
        } finally {
            saveMayEnd.countDown();
        }
    }

    @Test
    void closingNeverInterruptsLongWorkWhichMayBeReadingTheDatabase() throws InterruptedException {
        // An interrupt during a read closes H2's file channel, and H2 then closes the database under the saves still
        // queued: closing must leave a running export alone (it ends with the process) and drop only queued work.
        FxBackgroundWork background = new FxBackgroundWork(Runnable::run);
        CountDownLatch exportStarted = new CountDownLatch(1);
        CountDownLatch exportMayEnd = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean queuedRan = new AtomicBoolean();
        CountDownLatch exportEnded = new CountDownLatch(1);
        background
                .longWork()
                .submit(
                        () -> {
                            exportStarted.countDown();
                            try {
                                exportMayEnd.await();
                            } catch (InterruptedException e) {
                                interrupted.set(true);
                            }
                            exportEnded.countDown();
                            return null;
                        },
                        r -> {},
                        e -> {});
        background.longWork().submit(() -> queuedRan.getAndSet(true), r -> {}, e -> {});
        assertTrue(exportStarted.await(5, TimeUnit.SECONDS));
        assertTrue(background.close(Duration.ofSeconds(5)), "no saves were waiting");
        exportMayEnd.countDown();
        assertTrue(exportEnded.await(5, TimeUnit.SECONDS));
        assertFalse(interrupted.get(), "the running export was not interrupted");
        Thread.sleep(100);
        assertFalse(queuedRan.get(), "work queued behind it is dropped");
    }

    @Test
    void longWorkStartsOnlyAfterTheSavesAskedForBeforeIt() throws InterruptedException {
        // An export asked for just after typing must read the answer just typed, as when both shared one queue.
        FxBackgroundWork background = new FxBackgroundWork(Runnable::run);
        CountDownLatch saveMayEnd = new CountDownLatch(1);
        AtomicBoolean saveDone = new AtomicBoolean();
        AtomicBoolean exportSawTheSave = new AtomicBoolean();
        CountDownLatch exported = new CountDownLatch(1);
        background.submit(
                () -> {
                    saveMayEnd.await();
                    saveDone.set(true);
                    return null;
                },
                r -> {},
                e -> {});
        background.longWork().submit(() -> saveDone.get(), exportSawTheSave::set, e -> {});
        assertTrue(background.longWorkRunning(), "the export counts as running while it waits for the saves");
        Thread.sleep(100);
        saveMayEnd.countDown();
        background.longWork().submit(() -> null, r -> exported.countDown(), e -> {});
        assertTrue(exported.await(5, TimeUnit.SECONDS));
        assertTrue(exportSawTheSave.get(), "the export ran after the save asked for before it");
        background.close();
    }

    @Test
    void noLongWorkRunningOnceItEnded() throws InterruptedException {
        FxBackgroundWork background = new FxBackgroundWork(Runnable::run);
        CountDownLatch ended = new CountDownLatch(1);
        background.longWork().submit(() -> 1, result -> ended.countDown(), failure -> {});
        assertTrue(ended.await(5, TimeUnit.SECONDS));
        // The count drops just after the outcome is handed on.
        for (int i = 0; i < 100 && background.longWorkRunning(); i++) {
            Thread.sleep(10);
        }
        assertFalse(background.longWorkRunning());
        background.close();
    }
}
