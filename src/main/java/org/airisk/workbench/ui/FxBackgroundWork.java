package org.airisk.workbench.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link BackgroundWork} on one worker thread, reporting back through {@link Platform#runLater}. */
public final class FxBackgroundWork implements BackgroundWork, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundWork.class);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "workbench-background");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            worker.submit(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Throwable e) {
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        } catch (RejectedExecutionException e) {
            // Asked for after close(): the window is going and the database is closed or closing, so the work
            // could not run anyway. A result arriving after close (a load finishing) may still ask for more.
            LOG.info("Work asked for after closing was not run");
        }
    }

    /** Lets queued saves finish before the database closes. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
