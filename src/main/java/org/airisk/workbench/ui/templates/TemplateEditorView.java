package org.airisk.workbench.ui.templates;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.Section;
import org.airisk.workbench.questionnaire.TemplateProblem;
import org.airisk.workbench.ui.Buttons;

/** One questionnaire's editor: title, sections, the questions of the one selected, its problems, undo and save. */
final class TemplateEditorView extends BorderPane {
    private final TemplateEditorViewModel model;
    private final TextField title = new TextField();
    private final ListView<Section> sections = new ListView<>();
    private final TextField sectionTitle = new TextField();
    private final Label sectionProblems = new Label();
    private final ListView<Question> questions = new ListView<>();
    private final ListView<TemplateProblem> problems = new ListView<>();
    private final VBox sectionButtons;
    private final VBox questionButtons;
    private boolean updating;

    TemplateEditorView(TemplateEditorViewModel model, UserFormats formats, Consumer<Path> saved, Runnable backToList) {
        this.model = model;
        setUpLists();

        HBox top = topBar(saved, backToList);
        Label status = status();

        sectionButtons = new VBox(
                6,
                sectionTitle,
                new HBox(
                        6,
                        button("Add", "section-add", model::addSection),
                        arrow("\u2191", "section-up", "Move the section up", () -> model.moveSection(-1)),
                        arrow("\u2193", "section-down", "Move the section down", () -> model.moveSection(1)),
                        button("Delete", "section-delete", model::deleteSection)),
                sectionProblems);
        sectionTitle.setPromptText("Title of the selected section");
        questionButtons = new VBox(
                6,
                new HBox(
                        6,
                        button("Add", "question-add", model::addQuestion),
                        arrow("\u2191", "question-up", "Move the question up", () -> model.moveQuestion(-1)),
                        arrow("\u2193", "question-down", "Move the question down", () -> model.moveQuestion(1)),
                        button("Delete", "question-delete", model::deleteQuestion)));
        VBox sectionColumn = column("Sections", sections, sectionButtons);
        VBox questionColumn = column("Questions in this section", questions, questionButtons);
        VBox lists = new VBox(10, sectionColumn, questionColumn);
        VBox.setVgrow(sectionColumn, Priority.ALWAYS);
        VBox.setVgrow(questionColumn, Priority.ALWAYS);
        lists.setPrefWidth(240);
        lists.setMinWidth(Region.USE_PREF_SIZE);
        ScrollPane detail = new ScrollPane(new QuestionEditorView(model));
        detail.setFitToWidth(true);
        detail.setMinWidth(360);
        HBox.setHgrow(detail, Priority.ALWAYS);
        HBox editing = new HBox(10, lists, detail);
        TemplatePreviewView preview = new TemplatePreviewView(new TemplatePreviewViewModel(model), formats);
        SplitPane middle = new SplitPane(editing, preview);
        middle.setId("editor-split");
        middle.setDividerPositions(0.56);
        SplitPane.setResizableWithParent(preview, false);
        setTop(new VBox(6, top, status));
        setCenter(middle);
        setBottom(new VBox(4, new Label("Problems"), problems));
        BorderPane.setMargin(middle, new Insets(10, 0, 10, 0));

        sendEdits();
        refresh();
    }

    /** The ids and cells of the lists of sections, questions and problems. */
    private void setUpLists() {
        setId("template-editor");
        title.setId("editor-title");
        sections.setId("editor-sections");
        sectionTitle.setId("section-title-field");
        questions.setId("editor-questions");
        problems.setId("editor-problems");
        sectionProblems.getStyleClass().add("field-problem");
        sectionProblems.setWrapText(true);
        sections.setCellFactory(list -> QuestionEditorView.cell(s -> s == null
                ? ""
                : s.title() + (model.template().includedSections().contains(s.id()) ? "  (included)" : "")));
        questions.setCellFactory(list -> QuestionEditorView.cell(q -> q == null ? "" : q.text()));
        problems.setCellFactory(list -> QuestionEditorView.cell(
                p -> p == null ? "" : p.elementId().isEmpty() ? p.problem() : p.elementId() + ": " + p.problem()));
        problems.setPrefHeight(76);
        problems.setPlaceholder(new Label("No problems: the questionnaire can be saved."));
    }

    /** Back to the list, the title, undo, redo and save. */
    private HBox topBar(Consumer<Path> saved, Runnable backToList) {
        Button undo = button("Undo", "editor-undo", model::undo);
        Buttons.hint(undo, "Undo the last change", "Shortcut+Z");
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("Redo", "editor-redo", model::redo);
        Buttons.hint(redo, "Redo the change undone", "Shortcut+Shift+Z");
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button save = button("Save as new version", "editor-save", () -> model.save(saved));
        save.getStyleClass().add("accent");
        save.setDisable(model.isReadOnly());
        title.setDisable(model.isReadOnly());
        Button back = button("\u2190 Questionnaires", "editor-back", backToList);
        Buttons.hint(back, "Back to the list of questionnaires", null);
        HBox top = new HBox(8, back, new Label("Title"), title, undo, redo, save);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        return top;
    }

    /** What the editor last did or found, in words. */
    private Label status() {
        Label status = new Label();
        status.setId("editor-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        return status;
    }

    /** What is typed or selected goes to the model; the editor shows each change the model makes. */
    private void sendEdits() {
        title.textProperty().addListener((o, old, now) -> {
            if (!updating) {
                model.setTitle(now);
            }
        });
        sectionTitle.textProperty().addListener((o, old, now) -> {
            if (!updating) {
                model.renameSection(now);
            }
        });
        sections.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> {
            if (!updating) {
                model.selectSection(now.intValue());
            }
        });
        questions.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> {
            if (!updating) {
                model.selectQuestion(now.intValue());
            }
        });
        model.templateProperty().addListener((o, old, now) -> refresh());
        model.sectionProperty().addListener((o, old, now) -> refresh());
        model.questionProperty().addListener((o, old, now) -> refresh());
        problems.setItems(model.problems());
    }

    private void refresh() {
        updating = true;
        if (!title.getText().equals(model.template().title())) {
            title.setText(model.template().title());
        }
        sections.getItems().setAll(model.template().sections());
        sections.getSelectionModel().select(model.sectionProperty().get());
        Section section = model.selectedSection().orElse(null);
        questions.getItems().setAll(section == null ? List.of() : section.questions());
        questions.getSelectionModel().select(model.questionProperty().get());
        String shownTitle = section == null ? "" : section.title();
        if (!sectionTitle.getText().equals(shownTitle)) {
            sectionTitle.setText(shownTitle);
        }
        boolean editable = model.canEditSection();
        sectionTitle.setDisable(!editable);
        sectionButtons.getChildren().get(1).setDisable(model.isReadOnly());
        questionButtons.setDisable(!editable);
        sectionProblems.setText(section == null ? "" : String.join("\n", model.problemsOf(section.id())));
        updating = false;
    }

    private static VBox column(String heading, ListView<?> list, VBox buttons) {
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setPrefHeight(120);
        return new VBox(6, new Label(heading), list, buttons);
    }

    private static Button arrow(String label, String id, String what, Runnable action) {
        return Buttons.hint(button(label, id, action), what, null);
    }

    /** A button with an id for tests and what it does. */
    static Button button(String label, String id, Runnable action) {
        Button b = new Button(label);
        b.setId(id);
        // never shortened to "...": the columns give way instead
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
