package org.airisk.workbench.ui.library;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.ui.Buttons;

/** The assessment library screen: search, table and the actions on the selected assessment. */
public final class LibraryView extends BorderPane {

    private final LibraryViewModel model;
    private final TextField search;
    private final TableView<AssessmentRow> table;

    public LibraryView(LibraryViewModel model, UserFormats formats, Runnable showRiskLibrary, Runnable showPortfolio) {
        this.model = model;
        this.search = new LibrarySearchField(model, this::focusTable);
        this.table = new AssessmentTable(model, formats, this::renameSelected, this::deleteSelected);
        getStyleClass().add("library");
        setPadding(new Insets(16, 20, 12, 20));
        Label title = new Label("Assessments");
        title.getStyleClass().add(Styles.TITLE_2);
        VBox titles = new VBox(2, title, new AssessmentCount(model, formats));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, titles, spacer, new ReviewStageFilter(model), search);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new LibraryActions(
                model, this::createNew, this::renameSelected, this::deleteSelected, showRiskLibrary, showPortfolio);
        VBox header = new VBox(12, top, actions);
        header.setPadding(new Insets(0, 0, 12, 0));
        setTop(header);
        setCenter(table);
        setBottom(new LibraryStatusLine(model));
    }

    // commands reachable from the menu too

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    public void createNew() {
        new NewAssessmentDialog(
                        new NewAssessmentViewModel(model.offeredQuestionnaires()),
                        getScene().getWindow())
                .showAndWait()
                .ifPresent(model::create);
    }

    public void renameSelected() {
        AssessmentRow row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        model.readTitleToRename(row, saved -> askNewTitle(row, saved));
    }

    private void askNewTitle(AssessmentRow row, String saved) {
        TextInputDialog dialog = new TextInputDialog(saved);
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle("Rename assessment");
        dialog.setHeaderText("New title for \u201c" + saved + "\u201d");
        dialog.getEditor().setId("rename-title");
        Button ok = (Button) dialog.getDialogPane().lookupButton(Buttons.OK);
        ok.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> {
                            String t = dialog.getEditor().getText().strip();
                            return t.isEmpty() || t.length() > NewAssessment.MAX_TITLE;
                        },
                        dialog.getEditor().textProperty()));
        dialog.showAndWait()
                .map(String::strip)
                .filter(t -> !t.equals(saved))
                .ifPresent(title -> model.rename(row, title));
    }

    public void undoDelete() {
        model.undoDelete();
    }

    public void duplicateSelected() {
        AssessmentRow row = model.selectedProperty().get();
        if (row != null) {
            model.duplicate(row);
        }
    }

    public void deleteSelected() {
        AssessmentRow row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "", delete, Buttons.CANCEL);
        confirm.initOwner(getScene().getWindow());
        confirm.setTitle("Delete assessment");
        confirm.setHeaderText("Delete \u201c" + row.title() + "\u201d?");
        confirm.setContentText("Its answers and notes are deleted with it. You can undo this with Edit \u203a "
                + "Undo delete (Ctrl+Z) until you delete another or close the workbench.");
        ((Button) confirm.getDialogPane().lookupButton(Buttons.CANCEL)).setDefaultButton(true);
        ((Button) confirm.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        Optional<ButtonType> answer = confirm.showAndWait();
        if (answer.isPresent() && answer.get() == delete) {
            model.delete(row);
        }
    }
}
