package org.airisk.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Work asked for once the workbench is closing is not run, and asking does not throw on the FX thread. */
class FxBackgroundWorkTest {
    @Test
    void workAskedForAfterClosingIsNotRunAndDoesNotThrow() {
        FxBackgroundWork background = new FxBackgroundWork();
        background.close();
        AtomicBoolean ran = new AtomicBoolean();
        // Before: RejectedExecutionException, printed on the console by --exit-after-start (issue 16).
        assertDoesNotThrow(() -> background.submit(() -> {
            ran.set(true);
            return null;
        }, r -> ran.set(true), e -> ran.set(true)));
        assertFalse(ran.get());
    }
}
