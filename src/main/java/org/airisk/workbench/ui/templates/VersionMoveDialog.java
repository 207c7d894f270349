package org.airisk.workbench.ui.templates;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.airisk.workbench.questionnaire.VersionMove;
import org.airisk.workbench.ui.Buttons;

/** The preview of a move to a newer questionnaire version, with Move and Cancel. */
public final class VersionMoveDialog {
    private VersionMoveDialog() {}

    /**
     * Shows the preview; on Move the model saves the move, then {@code moved} or {@code failed} runs.
     *
     * @param title the assessment's title
     */
    public static void show(
            Window owner,
            String title,
            VersionMoveViewModel model,
            Consumer<VersionMove> moved,
            Consumer<Throwable> failed) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Move to newer questionnaire version");
        dialog.setHeaderText("Move \u201c" + title + "\u201d to " + model.title() + "?");
        dialog.setResizable(true);
        Label summary = new Label();
        summary.setId("move-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        VBox lists = new VBox(
                6,
                summary,
                list("Answers to review (their questions changed)", "move-review", model.toReview()),
                list("Answers dropped (their questions are gone)", "move-dropped", model.dropped()),
                list("Answers carried over as they are", "move-carried", model.carried()),
                list("Questions added", "move-added", model.added()),
                list("Questions removed", "move-removed", model.removed()),
                list("Questions changed", "move-changed", model.changed()),
                new Label("Answers that are not kept stay in the audit trail."));
        lists.setPadding(new Insets(8, 12, 0, 12));
        ScrollPane scroll = new ScrollPane(lists);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(640, 520);
        dialog.getDialogPane().setContent(scroll);
        ButtonType move = new ButtonType("Move", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(move, Buttons.CANCEL);
        Node moveButton = dialog.getDialogPane().lookupButton(move);
        moveButton.setId("move-confirm");
        moveButton.disableProperty().bind(model.readyProperty().not());
        model.load();
        dialog.showAndWait().filter(b -> b == move).ifPresent(b -> model.confirm(moved, failed));
    }

    /** A heading with its count and the lines under it; "None" when there are none. */
    private static Node list(String heading, String id, ObservableList<String> lines) {
        Label label = new Label();
        label.textProperty().bind(Bindings.size(lines).asString(heading + " (%d)"));
        label.getStyleClass().add("section-title");
        ListView<String> view = new ListView<>(lines);
        view.setId(id);
        view.setPlaceholder(new Label("None"));
        view.setPrefHeight(90);
        view.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
                setWrapText(true);
                setPrefWidth(0); // wraps to the list's width instead of scrolling sideways
            }
        });
        label.setLabelFor(view);
        return new VBox(2, label, view);
    }
}
