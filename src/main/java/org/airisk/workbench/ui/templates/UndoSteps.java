package org.airisk.workbench.ui.templates;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo and redo over whole states (snapshots of an immutable value), at most {@value #LIMIT} steps back. Typing on
 * in the same field is one step, not one a key.
 */
final class UndoSteps<T> {
    private static final int LIMIT = 200;

    private final Deque<T> undo = new ArrayDeque<>();
    private final Deque<T> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    /** The field typed into last: typing on in it changes the newest step rather than adding one. */
    private String lastEdit;

    /** Records {@code before}, the state a change in {@code field} (null: no typing field) is about to leave. */
    void changing(T before, String field) {
        if (field == null || !field.equals(lastEdit)) {
            undo.push(before);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        lastEdit = field;
        redo.clear();
        update();
    }

    /** The next change starts a step of its own, even in the field typed into last (another one was selected). */
    void endTyping() {
        lastEdit = null;
    }

    /** The state to go back to from {@code now}; empty when there is none. */
    Optional<T> undo(T now) {
        return step(undo, redo, now);
    }

    Optional<T> redo(T now) {
        return step(redo, undo, now);
    }

    private Optional<T> step(Deque<T> from, Deque<T> to, T now) {
        if (from.isEmpty()) {
            return Optional.empty();
        }
        to.push(now);
        T back = from.pop();
        lastEdit = null;
        update();
        return Optional.of(back);
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
