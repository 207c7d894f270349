package org.airisk.workbench.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database and file work off the FX thread, one piece at a time and in the order submitted (so saves never
 * overtake each other), and hands the outcome back on the FX thread.
 */
public interface BackgroundWork {
    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    default void submit(Runnable work, Runnable onSuccess, Consumer<Throwable> onFailure) {
        submit(() -> {
            work.run();
            return null;
        }, ignored -> onSuccess.run(), onFailure);
    }
}
