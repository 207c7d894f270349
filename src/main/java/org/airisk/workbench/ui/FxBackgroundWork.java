package org.airisk.workbench.ui;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link BackgroundWork} on two worker threads, one for saves (in order) and one for long work, reporting back
 * through {@link Platform#runLater}.
 */
public final class FxBackgroundWork implements BackgroundWork, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundWork.class);
    /** How long closing waits for the saves still queued before the database closes under them. */
    public static final Duration SAVES_WAIT = Duration.ofSeconds(30);

    private final Lane saves;
    private final Lane longWork;
    /**
     * Long work waits for the saves asked for before it (so an export reads the answer just typed), then runs on its
     * own queue, where later saves do not wait for it.
     */
    private final BackgroundWork afterSaves = new BackgroundWork() {
        @Override
        public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            longWork.busy.incrementAndGet();
            try {
                saves.worker.execute(() -> {
                    longWork.submit(work, onSuccess, onFailure);
                    longWork.busy.decrementAndGet();
                });
            } catch (RejectedExecutionException e) {
                longWork.busy.decrementAndGet();
                LOG.info("Long work asked for after closing was not run");
            }
        }
    };

    public FxBackgroundWork() {
        this(Platform::runLater);
    }

    /** @param toFx how outcomes reach the FX thread (tests hand them straight on) */
    FxBackgroundWork(Executor toFx) {
        this.saves = new Lane("workbench-background", toFx);
        this.longWork = new Lane("workbench-long-work", toFx);
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        saves.submit(work, onSuccess, onFailure);
    }

    @Override
    public BackgroundWork longWork() {
        return afterSaves;
    }

    @Override
    public boolean longWorkRunning() {
        return longWork.busy();
    }

    /**
     * Lets queued saves finish before the database closes, waiting at most {@code bound}; long work queued is dropped
     * and long work running is left to end with the process. It is never interrupted: an interrupt during a database
     * read closes H2's file channel, and H2 would then close the database under the saves still queued.
     *
     * @return true when every save queued has run; false when some were still waiting at the bound
     */
    public boolean close(Duration bound) {
        longWork.queue.clear();
        longWork.worker.shutdown();
        saves.worker.shutdown();
        try {
            if (saves.worker.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.warn("Closed with {} saves still waiting after {} s", saves.busy.get(), bound.toSeconds());
        return false;
    }

    /** As {@link #close(Duration)} with {@link #SAVES_WAIT}. */
    @Override
    public void close() {
        close(SAVES_WAIT);
    }

    /** One worker thread and its count of work not yet finished. */
    private static final class Lane implements BackgroundWork {
        private final ThreadPoolExecutor worker;
        private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
        private final Executor toFx;
        private final AtomicInteger busy = new AtomicInteger();

        Lane(String name, Executor toFx) {
            this.toFx = toFx;
            this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, queue, r -> {
                Thread thread = new Thread(r, name);
                thread.setDaemon(true);
                return thread;
            });
        }

        boolean busy() {
            return busy.get() > 0;
        }

        @Override
        public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            busy.incrementAndGet();
            try {
                worker.submit(() -> {
                    try {
                        T result = work.call();
                        toFx.execute(() -> onSuccess.accept(result));
                    } catch (Throwable e) {
                        toFx.execute(() -> onFailure.accept(e));
                    } finally {
                        busy.decrementAndGet();
                    }
                });
            } catch (RejectedExecutionException e) {
                busy.decrementAndGet();
                // Asked for after close(): the window is going and the database is closed or closing, so the work
                // could not run anyway. A result arriving after close (a load finishing) may still ask for more.
                LOG.info("Work asked for after closing was not run");
            }
        }
    }
}
