package org.airisk.workbench.ui.questionnaire;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.airisk.workbench.ui.Buttons;

/**
 * Edit › Find in answers and notes (Ctrl+F on the questionnaire): type, see every matching question with where the
 * words were found, and Enter or a double click opens it.
 */
public final class AnswerSearchDialog {
    private AnswerSearchDialog() {}

    public static void show(Window owner, AnswerSearch search) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Find in answers and notes");
        dialog.setHeaderText("Find in the answers, notes and questions of this assessment");
        dialog.getDialogPane().getButtonTypes().add(Buttons.CLOSE);

        TextField field = new TextField(search.queryProperty().get());
        field.setId("answer-search");
        field.setPromptText("Words to find, e.g. a supplier's name or \u201cconsent\u201d");
        field.textProperty().bindBidirectional(search.queryProperty());
        Label summary = new Label();
        summary.setId("answer-search-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(search.summaryProperty());
        ListView<AnswerSearch.Match> results = new ListView<>(search.matches());
        results.setId("answer-search-results");
        results.setPrefSize(640, 360);
        results.setCellFactory(list -> new MatchCell());
        VBox.setVgrow(results, Priority.ALWAYS);
        VBox content = new VBox(8, field, summary, results);
        content.setPadding(new Insets(10, 20, 4, 20));
        dialog.getDialogPane().setContent(content);

        Runnable openChosen = () -> {
            AnswerSearch.Match chosen = results.getSelectionModel().getSelectedItem();
            if (chosen == null && !results.getItems().isEmpty()) {
                chosen = results.getItems().get(0);
            }
            if (chosen != null) {
                search.open(chosen);
                dialog.close();
            }
        };
        field.setOnAction(e -> openChosen.run());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openChosen.run();
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openChosen.run();
            }
        });
        dialog.setOnShown(e -> Platform.runLater(field::requestFocus));
        dialog.showAndWait();
        field.textProperty().unbindBidirectional(search.queryProperty());
    }

    /** The question in bold, then section · where · the words around the match. */
    private static final class MatchCell extends ListCell<AnswerSearch.Match> {
        private final Label question = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(2, question, detail);

        MatchCell() {
            question.getStyleClass().add(Styles.TEXT_BOLD);
            question.setWrapText(true);
            detail.getStyleClass().add(Styles.TEXT_MUTED);
            detail.setWrapText(true);
            box.setMaxWidth(600);
        }

        @Override
        protected void updateItem(AnswerSearch.Match item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            question.setText(item.question());
            detail.setText(item.section() + " \u00b7 " + item.where() + ": " + item.excerpt());
            setGraphic(box);
        }
    }
}
