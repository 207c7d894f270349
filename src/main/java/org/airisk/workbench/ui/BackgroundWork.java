package org.airisk.workbench.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database and file work off the FX thread and hands the outcome back on the FX thread. {@link #submit} is the
 * ordered queue for saves and short reads: one piece at a time, in the order submitted, so saves never overtake each
 * other. {@link #longWork()} is a second queue beside it for work that can take long (reports, package export and
 * import previews, Risk Atlas files), so a long PDF export never holds up an autosave.
 */
public interface BackgroundWork {
    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    default void submit(Runnable work, Runnable onSuccess, Consumer<Throwable> onFailure) {
        submit(
                () -> {
                    work.run();
                    return null;
                },
                ignored -> onSuccess.run(),
                onFailure);
    }

    /**
     * The queue for long work, run beside the saves. Writing into the library stays on the saves' queue even when
     * it follows long work (an import's preview is long work, applying it is a save), so writes keep one order.
     */
    default BackgroundWork longWork() {
        return this;
    }

    /** Whether long work (an export, an import being read) is running or waiting now; asked before quitting. */
    default boolean longWorkRunning() {
        return false;
    }
}
