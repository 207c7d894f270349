package org.airisk.workbench.ui.templates;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.airisk.workbench.questionnaire.Option;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;
import org.airisk.workbench.ui.Buttons;

/** The selected question's fields: text, why we ask, examples, type, required, options and when it is shown. */
final class QuestionEditorView extends GridPane {
    private final TemplateEditorViewModel model;
    private final TextField text = new TextField();
    private final TextArea help = new TextArea();
    private final TextArea examples = new TextArea();
    private final ChoiceBox<QuestionType> type = new ChoiceBox<>();
    private final CheckBox required = new CheckBox("An answer is required");
    private final ListView<Option> options = new ListView<>();
    private final TextField optionLabel = new TextField();
    private final VBox optionsBox;
    private final ShowWhenEditor showWhen;
    private final EffectsEditor effects;
    private final Label problems = new Label();
    private boolean updating;

    QuestionEditorView(TemplateEditorViewModel model) {
        this.model = model;
        setHgap(8);
        setVgap(6);
        setPadding(new Insets(0, 0, 0, 8));
        getColumnConstraints().addAll(new ColumnConstraints(110), grow());
        setUpFields();
        showWhen = new ShowWhenEditor(model);
        effects = new EffectsEditor(model);

        sendEdits();

        Button add = TemplateEditorView.button("Add", "option-add", () -> model.addOption());
        Button remove =
                TemplateEditorView.button("Remove", "option-remove", () -> model.removeOption(selectedOption()));
        Button up = TemplateEditorView.button("\u2191", "option-up", () -> model.moveOption(selectedOption(), -1));
        Button down = TemplateEditorView.button("\u2193", "option-down", () -> model.moveOption(selectedOption(), 1));
        Buttons.hint(up, "Move the option up", null);
        Buttons.hint(down, "Move the option down", null);
        HBox optionButtons = new HBox(6, add, remove, up, down);
        optionLabel.setPromptText("Label of the selected option");
        optionsBox = new VBox(6, options, optionLabel, optionButtons);
        required.setMinWidth(Region.USE_PREF_SIZE);

        int row = 0;
        addRow(row++, new Label("Question"), text);
        addRow(row++, new Label("Why we ask"), help);
        addRow(row++, new Label("Examples"), examples);
        addRow(row++, new Label("Type"), type);
        addRow(row++, new Label(""), required);
        addRow(row++, new Label("Options"), optionsBox);
        addRow(row++, atTop(new Label("Show when")), showWhen);
        Label effectsLabel = new Label("Answer effects");
        effectsLabel.setWrapText(true);
        addRow(row++, atTop(effectsLabel), effects);
        add(problems, 1, row);
        model.templateProperty().addListener((o, old, now) -> refresh());
        model.questionProperty().addListener((o, old, now) -> refresh());
        model.sectionProperty().addListener((o, old, now) -> refresh());
        refresh();
    }

    /** The ids, prompts and cells of the question's fields. */
    private void setUpFields() {
        text.setId("question-text");
        help.setId("question-help");
        examples.setId("question-examples");
        type.setId("question-type");
        required.setId("question-required");
        options.setId("question-options");
        optionLabel.setId("option-label");
        problems.setId("question-problems");
        problems.getStyleClass().add("field-problem");
        problems.setWrapText(true);
        help.setPrefRowCount(3);
        help.setWrapText(true);
        examples.setPrefRowCount(2);
        examples.setPromptText("One example a line");
        type.getItems().setAll(QuestionType.values());
        type.setConverter(converter(t -> t.label()));
        options.setPrefHeight(110);
        options.setCellFactory(list -> cell(o -> o == null ? "" : o.label() + "  (" + o.id() + ")"));
    }

    /** What is typed or chosen goes to the question in the model. */
    private void sendEdits() {
        typed(text, model::setText);
        typed(help, model::setHelp);
        typed(examples, model::setExamples);
        typed(optionLabel, label -> {
            int at = options.getSelectionModel().getSelectedIndex();
            if (at >= 0) {
                model.setOptionLabel(at, label);
            }
        });
        type.setOnAction(e -> act(() -> model.setType(type.getValue())));
        required.setOnAction(e -> act(() -> model.setRequired(required.isSelected())));
        options.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!updating) {
                updating = true;
                optionLabel.setText(now == null ? "" : now.label());
                updating = false;
            }
        });
    }

    private void refresh() {
        updating = true;
        Optional<Question> selected = model.selectedQuestion();
        setDisable(selected.isEmpty() || !model.canEditSection());
        Question q = selected.orElse(null);
        setText(text, q == null ? "" : q.text());
        setText(help, q == null ? "" : q.help());
        if (q == null
                || !String.join("\n", q.examples()).equals(examples.getText().strip())) {
            setText(examples, q == null ? "" : String.join("\n", q.examples()));
        }
        type.setValue(q == null ? null : q.type());
        required.setSelected(q != null && q.required());
        boolean ownOptions =
                q != null && (q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE);
        int option = options.getSelectionModel().getSelectedIndex();
        options.getItems().setAll(q == null ? List.of() : q.options());
        options.getSelectionModel().select(Math.min(option, options.getItems().size() - 1));
        optionsBox.setDisable(!ownOptions);
        Option chosen = options.getSelectionModel().getSelectedItem();
        setText(optionLabel, chosen == null ? "" : chosen.label());
        showWhen.refresh(q);
        effects.refresh(q);
        problems.setText(q == null ? "" : String.join("\n", model.problemsOf(q.id())));
        updating = false;
    }

    private int selectedOption() {
        return options.getSelectionModel().getSelectedIndex();
    }

    private void typed(TextInputControl field, Consumer<String> edit) {
        field.textProperty().addListener((o, old, now) -> act(() -> edit.accept(now)));
    }

    private void act(Runnable edit) {
        if (!updating) {
            edit.run();
        }
    }

    /** Sets a field's text only when it differs, so the caret stays where the assessor is typing. */
    private static void setText(TextInputControl field, String value) {
        if (!field.getText().equals(value)) {
            field.setText(value);
        }
    }

    /** A label beside a block of several rows, level with the block's first row rather than its middle. */
    private static Label atTop(Label label) {
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new Insets(5, 0, 0, 0));
        return label;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    /** A list cell showing its item by {@code label}; an empty (null) entry reads as {@code label.apply(null)}. */
    static <T> ListCell<T> cell(Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : label.apply(item));
            }
        };
    }
}
