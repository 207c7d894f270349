package org.airisk.workbench.ui.library;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.review.LibraryPages;
import org.airisk.workbench.ui.Tables;

/**
 * The library's table of assessments: sorted by the database, read a page at a time as it scrolls, kept in step
 * with the selected assessment; Enter or a double click opens, Delete deletes, F2 renames.
 */
final class AssessmentTable extends TableView<AssessmentRow> {
    private final LibraryViewModel model;

    AssessmentTable(LibraryViewModel model, UserFormats formats, Runnable renameSelected, Runnable deleteSelected) {
        this.model = model;
        setId("library-table");
        setItems(model.shownRows());
        loadMoreAtTheEnd();
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getStyleClass().add(Styles.STRIPED);
        columns(formats);
        setPlaceholder(new StackPane(emptyLibrary()));
        followSelection();
        openOnDoubleClick();
        setOnKeyPressed(e -> {
            AssessmentRow row = getSelectionModel().getSelectedItem();
            if (row == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                model.open(row);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteSelected.run();
                e.consume();
            } else if (e.getCode() == KeyCode.F2) {
                renameSelected.run();
                e.consume();
            }
        });
    }

    /** Scrolled to the last row read: read the next page, as a list that never ends would. */
    private void loadMoreAtTheEnd() {
        skinProperty()
                .addListener((obs, old, skin) -> lookupAll(".scroll-bar").stream()
                        .filter(n -> n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL)
                        .map(n -> (ScrollBar) n)
                        .findFirst()
                        .ifPresent(bar -> bar.valueProperty().addListener((o, was, at) -> {
                            if (at.doubleValue() >= bar.getMax() && was.doubleValue() < bar.getMax()) {
                                model.loadMore();
                            }
                        })));
    }

    private void columns(UserFormats formats) {
        TableColumn<AssessmentRow, String> title = Tables.textColumn("Title", 300, AssessmentRow::title);
        TableColumn<AssessmentRow, String> system = Tables.textColumn("AI system", 180, AssessmentRow::systemName);
        TableColumn<AssessmentRow, String> status = Tables.textColumn("Status", 95, AssessmentRow::status);
        TableColumn<AssessmentRow, String> review = Tables.textColumn("Review", 120, AssessmentRow::review);
        TableColumn<AssessmentRow, Integer> progress = new ProgressColumn();
        TableColumn<AssessmentRow, String> updated =
                Tables.textColumn("Last updated", 150, r -> formats.dateTime(r.updatedAt()));
        getColumns()
                .addAll(List.of(
                        title,
                        system,
                        Tables.textColumn("Questionnaire", 170, AssessmentRow::questionnaire),
                        status,
                        review,
                        progress,
                        updated));
        LibrarySorting.install(
                this,
                model.orderProperty(),
                Map.of(
                        title,
                        LibraryPages.Column.TITLE,
                        system,
                        LibraryPages.Column.SYSTEM,
                        status,
                        LibraryPages.Column.STATUS,
                        review,
                        LibraryPages.Column.REVIEW,
                        progress,
                        LibraryPages.Column.PROGRESS,
                        updated,
                        LibraryPages.Column.UPDATED));
    }

    /** What the table says when it has no rows: none yet, or none matching the search. */
    private Label emptyLibrary() {
        Label empty = new Label();
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.searchProperty().get().isBlank()
                                ? "No assessments yet. Start one with New assessment… (Ctrl+N)."
                                : "No assessment matches \u201c"
                                        + model.searchProperty().get().strip()
                                        + "\u201d. Press Esc in the search box to clear it.",
                        model.searchProperty()));
        return empty;
    }

    /** The table's selection and the model's selected assessment, each following the other. */
    private void followSelection() {
        getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, row) -> model.selectedProperty().set(row));
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row != getSelectionModel().getSelectedItem()) {
                getSelectionModel().select(row);
            }
        });
    }

    private void openOnDoubleClick() {
        setRowFactory(t -> {
            TableRow<AssessmentRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
    }
}
