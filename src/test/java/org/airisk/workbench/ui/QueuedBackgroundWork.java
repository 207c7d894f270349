package org.airisk.workbench.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Background work that waits until the test runs it, as a save or a read still in the queue does. */
public final class QueuedBackgroundWork implements BackgroundWork {
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        queue.add(() -> new ImmediateBackgroundWork().submit(work, onSuccess, onFailure));
    }

    /** Runs the first piece of work in the queue; false when there was none. */
    public boolean runNext() {
        Runnable next = queue.poll();
        if (next != null) {
            next.run();
        }
        return next != null;
    }

    /** Runs what is queued, and what that queues, in order. */
    public void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }
}
