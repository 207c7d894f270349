package org.airisk.workbench.ui.library;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import org.airisk.workbench.format.UserFormats;

/** Under the library's title: how many assessments there are, match, and are shown. */
final class AssessmentCount extends Label {
    private final LibraryViewModel model;
    private final UserFormats formats;

    AssessmentCount(LibraryViewModel model, UserFormats formats) {
        this.model = model;
        this.formats = formats;
        getStyleClass().add(Styles.TEXT_MUTED);
        setId("library-count");
        textProperty()
                .bind(Bindings.createStringBinding(
                        this::countText,
                        model.shownRows(),
                        model.totalProperty(),
                        model.totalExactProperty(),
                        model.countingProperty(),
                        model.searchProperty(),
                        model.stageFilterProperty()));
    }

    private String countText() {
        boolean narrowed = !model.searchProperty().get().isBlank()
                || model.stageFilterProperty().get() != null;
        return CountLine.text(
                model.shownRows().size(),
                model.totalCount(),
                model.totalExactProperty().get(),
                model.countingProperty().get(),
                narrowed,
                formats);
    }
}
