package org.airisk.workbench.assessment;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Changes to assessments made by others: colleagues' windows and the command line on a team workspace (ADR 0042).
 * Open views use it to show what is saved now without being asked. A library on this computer has nobody else, and
 * {@link #NONE} tells nothing.
 */
public interface ChangesElsewhere extends AutoCloseable {
    /** Tells nothing, ever: a library on this computer. */
    ChangesElsewhere NONE = new ChangesElsewhere() {
        @Override
        public void subscribe(Consumer<Map<UUID, String>> changed) {
            // nobody else writes to this library
        }

        @Override
        public void close() {
            // nothing to stop
        }
    };

    /**
     * Calls {@code changed}, on a thread of its own (never the window's), with each short burst of changes by others:
     * the assessments changed and, for each, the name of who changed it ("" when not known). An empty map means
     * that changes may have been missed (the connection was lost for a while): whatever is shown may be out of date.
     */
    void subscribe(Consumer<Map<UUID, String>> changed);

    /** Stops telling; subscribers are called no more. */
    @Override
    void close();
}
