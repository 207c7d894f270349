package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A GUI test that times out says which of its steps never came. */
class GuiSessionTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the wait lets the FX thread settle once the step came
    }

    @Test
    void aStepThatNeverComesFailsNamingIt() {
        AssertionError failure = assertThrows(
                AssertionError.class,
                () -> GuiSession.waitUntil("the report dialog", () -> false, Duration.ofMillis(200)));
        assertTrue(failure.getMessage().contains("\"the report dialog\""), failure.getMessage());
    }

    @Test
    void aStepThatComesEndsTheWait() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        GuiSession.waitUntil("the third look", () -> asked.incrementAndGet() >= 3, Duration.ofSeconds(5));
        assertTrue(asked.get() >= 3);
    }
}
