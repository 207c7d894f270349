package org.airisk.workbench.ui.library;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.airisk.workbench.ui.Buttons;

/** Below the library's table: the last message or problem, and Load more while more rows match than are read. */
final class LibraryStatusLine extends HBox {

    LibraryStatusLine(LibraryViewModel model) {
        super(8);
        Label message = new Label();
        message.setId("library-message");
        message.textProperty()
                .bind(Bindings.when(model.problemProperty().isEmpty())
                        .then(model.messageProperty())
                        .otherwise(model.problemProperty()));
        model.problemProperty().addListener((obs, old, problem) -> {
            message.getStyleClass().remove(Styles.DANGER);
            if (!problem.isEmpty()) {
                message.getStyleClass().add(Styles.DANGER);
            }
        });
        message.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(message, gap, loadMore(model));
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 0, 0, 0));
    }

    /** Reaching the table's end loads more rows too; this button does it without scrolling. */
    private static Node loadMore(LibraryViewModel model) {
        Button more = new Button("Load more");
        more.setId("library-load-more");
        more.setOnAction(e -> model.loadMore());
        more.visibleProperty().bind(model.canLoadMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        return Buttons.hint(
                more, "Show the next " + LibraryViewModel.PAGE + " assessments (or scroll to the end)", null);
    }
}
