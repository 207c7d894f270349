package org.airisk.workbench.ui.questionnaire;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.airisk.workbench.questionnaire.Section;

/** The sections the assessor can see, the one open, and the steps to the one before and the one after it. */
final class SectionSteps {
    private final ObservableList<Section> shown = FXCollections.observableArrayList();
    private final ObjectProperty<Section> current = new SimpleObjectProperty<>();
    private final BooleanBinding hasPrevious =
            Bindings.createBooleanBinding(() -> indexOfCurrent() > 0, current, shown);
    private final BooleanBinding hasNext = Bindings.createBooleanBinding(
            () -> {
                int i = indexOfCurrent();
                return i >= 0 && i < shown.size() - 1;
            },
            current,
            shown);

    ObservableList<Section> shown() {
        return shown;
    }

    ObjectProperty<Section> current() {
        return current;
    }

    BooleanBinding hasPrevious() {
        return hasPrevious;
    }

    BooleanBinding hasNext() {
        return hasNext;
    }

    void next() {
        int i = indexOfCurrent();
        if (i >= 0 && i < shown.size() - 1) {
            current.set(shown.get(i + 1));
        }
    }

    void previous() {
        int i = indexOfCurrent();
        if (i > 0) {
            current.set(shown.get(i - 1));
        }
    }

    private int indexOfCurrent() {
        return shown.indexOf(current.get());
    }
}
