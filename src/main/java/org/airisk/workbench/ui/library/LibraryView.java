package org.airisk.workbench.ui.library;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.review.LibraryPages;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.ui.Buttons;
import org.airisk.workbench.ui.Tables;

/** The assessment library screen: search, table and the actions on the selected assessment. */
public final class LibraryView extends BorderPane {

    private final LibraryViewModel model;
    private final TextField search = new TextField();
    private final TableView<AssessmentRow> table = new TableView<>();

    private final Runnable showRiskLibrary;
    private final Runnable showPortfolio;
    private final UserFormats formats;

    public LibraryView(LibraryViewModel model, UserFormats formats, Runnable showRiskLibrary, Runnable showPortfolio) {
        this.model = model;
        this.formats = formats;
        this.showRiskLibrary = showRiskLibrary;
        this.showPortfolio = showPortfolio;
        getStyleClass().add("library");
        setPadding(new Insets(16, 20, 12, 20));
        setTop(header());
        setCenter(table());
        setBottom(statusLine());
    }

    private VBox header() {
        Label title = new Label("Assessments");
        title.getStyleClass().add(Styles.TITLE_2);
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setId("library-count");
        count.textProperty()
                .bind(Bindings.createStringBinding(
                        this::countText,
                        model.shownRows(),
                        model.totalProperty(),
                        model.searchProperty(),
                        model.stageFilterProperty()));
        VBox titles = new VBox(2, title, count);

        search.setId("library-search");
        search.setPromptText("Search title, system, questionnaire, owner (Ctrl+F)");
        search.setPrefColumnCount(30);
        search.setText(model.searchProperty().get());
        // The database answers each search: it is asked once the typing pauses, not on every keystroke.
        PauseTransition typing = new PauseTransition(Duration.millis(SEARCH_PAUSE_MS));
        typing.setOnFinished(e -> model.searchProperty().set(search.getText()));
        search.textProperty().addListener((obs, old, text) -> {
            if (text.isBlank()) {
                typing.stop();
                model.searchProperty().set(text);
            } else {
                typing.playFromStart();
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, titles, spacer, reviewFilter(), search);
        top.setAlignment(Pos.CENTER_LEFT);

        Button create =
                button("New assessment…", "library-new", this::createNew, "Start a new assessment", "Shortcut+N");
        create.getStyleClass().add(Styles.ACCENT);
        Button open = button(
                "Open",
                "library-open",
                () -> model.open(model.selectedProperty().get()),
                "Open the selected assessment",
                "Enter");
        Button rename =
                button("Rename…", "library-rename", this::renameSelected, "Rename the selected assessment", "F2");
        Button duplicate = button(
                "Duplicate",
                "library-duplicate",
                () -> model.duplicate(model.selectedProperty().get()),
                "Copy the selected assessment with all its answers",
                "Shortcut+D");
        Button delete = button(
                "Delete…",
                "library-delete",
                this::deleteSelected,
                "Delete the selected assessment (asks first; Ctrl+Z undoes)",
                "Delete");
        delete.getStyleClass().add(Styles.DANGER);
        for (Button b : new Button[] {open, rename, duplicate, delete}) {
            b.disableProperty().bind(model.selectedProperty().isNull());
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button risks = button(
                "Risk library",
                "library-risks",
                showRiskLibrary,
                "Browse every risk, its questions and mitigations",
                "Shortcut+R");
        risks.getStyleClass().add(Styles.BUTTON_OUTLINED);
        Button portfolio = button(
                "Portfolio",
                "library-portfolio",
                showPortfolio,
                "Counts, levels and overdue items across all assessments",
                "Shortcut+P");
        portfolio.getStyleClass().add(Styles.BUTTON_OUTLINED);
        HBox actions = new HBox(8, create, open, rename, duplicate, delete, gap, portfolio, risks);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(12, top, actions);
        header.setPadding(new Insets(0, 0, 12, 0));
        return header;
    }

    private String countText() {
        int shown = model.shownRows().size();
        int total = model.totalCount();
        String noun = total == 1 ? " assessment" : " assessments";
        boolean narrowed = !model.searchProperty().get().isBlank()
                || model.stageFilterProperty().get() != null;
        String found = formats.integer(total) + noun + (narrowed ? " match" : "");
        return shown == total ? found : "Showing " + formats.integer(shown) + " of " + found;
    }

    /** Below the table while more rows match than are read; reaching the table's end loads them too. */
    private Node loadMore() {
        Button more = new Button("Load more");
        more.setId("library-load-more");
        more.setOnAction(e -> model.loadMore());
        more.visibleProperty().bind(model.canLoadMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        return Buttons.hint(
                more, "Show the next " + LibraryViewModel.PAGE + " assessments (or scroll to the end)", null);
    }

    /** A toolbar button with a tooltip saying what it does and its shortcut. */
    private Button button(String text, String id, Runnable action, String what, String keys) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return Buttons.hint(button, what, keys);
    }

    /** Shows only the assessments at one review stage (Submitted for review, Approved...), or all. */
    private Node reviewFilter() {
        ChoiceBox<String> stages = new ChoiceBox<>();
        stages.setId("library-review-filter");
        stages.getItems().add(ALL_STAGES);
        for (ReviewStage s : ReviewStage.values()) {
            stages.getItems().add(s.label());
        }
        stages.setValue(ALL_STAGES);
        stages.valueProperty()
                .addListener((obs, old, label) -> model.stageFilterProperty()
                        .set(Arrays.stream(ReviewStage.values())
                                .filter(s -> s.label().equals(label))
                                .findFirst()
                                .orElse(null)));
        stages.setTooltip(new Tooltip("Show only the assessments at one review stage"));
        return stages;
    }

    private static final String ALL_STAGES = "All review stages";
    /** How long typing must pause before the database is asked: fast typists ask once per word. */
    static final int SEARCH_PAUSE_MS = 250;

    private TableView<AssessmentRow> table() {
        table.setId("library-table");
        table.setItems(model.shownRows());
        // Scrolled to the last row read: read the next page, as a list that never ends would.
        table.skinProperty()
                .addListener((obs, old, skin) -> table.lookupAll(".scroll-bar").stream()
                        .filter(n -> n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL)
                        .map(n -> (ScrollBar) n)
                        .findFirst()
                        .ifPresent(bar -> bar.valueProperty().addListener((o, was, at) -> {
                            if (at.doubleValue() >= bar.getMax() && was.doubleValue() < bar.getMax()) {
                                model.loadMore();
                            }
                        })));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().add(Styles.STRIPED);
        TableColumn<AssessmentRow, String> title = Tables.textColumn("Title", 300, AssessmentRow::title);
        TableColumn<AssessmentRow, String> system = Tables.textColumn("AI system", 180, AssessmentRow::systemName);
        TableColumn<AssessmentRow, String> status = Tables.textColumn("Status", 95, AssessmentRow::status);
        TableColumn<AssessmentRow, String> review = Tables.textColumn("Review", 120, AssessmentRow::review);
        TableColumn<AssessmentRow, Integer> progress = progressColumn();
        TableColumn<AssessmentRow, String> updated =
                Tables.textColumn("Last updated", 150, r -> formats.dateTime(r.updatedAt()));
        table.getColumns()
                .addAll(List.of(
                        title,
                        system,
                        Tables.textColumn("Questionnaire", 170, AssessmentRow::questionnaire),
                        status,
                        review,
                        progress,
                        updated));
        LibrarySorting.install(
                table,
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
        table.setPlaceholder(new StackPane(empty));

        table.getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, row) -> model.selectedProperty().set(row));
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
        table.setRowFactory(t -> {
            TableRow<AssessmentRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            AssessmentRow row = table.getSelectionModel().getSelectedItem();
            if (row == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                model.open(row);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.F2) {
                renameSelected();
                e.consume();
            }
        });
        return table;
    }

    private static TableColumn<AssessmentRow, Integer> progressColumn() {
        TableColumn<AssessmentRow, Integer> column = new TableColumn<>("Progress");
        column.setPrefWidth(140);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().progressPercent()));
        column.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();
            private final Label percent = new Label();
            private final HBox box = new HBox(8, bar, percent);

            {
                bar.setPrefWidth(80);
                bar.getStyleClass().add(Styles.SMALL);
                box.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(Integer value, boolean empty) {
                super.updateItem(value, empty);
                if (empty || value == null) {
                    setGraphic(null);
                } else {
                    bar.setProgress(value / 100.0);
                    percent.setText(value + " %");
                    setGraphic(box);
                }
            }
        });
        return column;
    }

    private HBox statusLine() {
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
        HBox line = new HBox(8, message, gap, loadMore());
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(8, 0, 0, 0));
        return line;
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
