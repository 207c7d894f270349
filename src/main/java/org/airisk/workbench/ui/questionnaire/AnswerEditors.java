package org.airisk.workbench.ui.questionnaire;

import atlantafx.base.theme.Styles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Option;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;
import org.airisk.workbench.ui.DateInput;

/**
 * Builds the control that answers one question, kept in step with the answer property both ways. Each editor
 * reports its first focusable control so Enter can move the assessor to the next question.
 */
final class AnswerEditors {

    /** The editor's node, and the control that takes focus when the assessor arrives at the question. */
    record Editor(Node node, Node focusTarget) {}

    private AnswerEditors() {}

    static Editor create(Question question, ObjectProperty<Answer> answer, UserFormats formats) {
        return switch (question.type()) {
            case SINGLE_CHOICE -> singleChoice(question, answer, false);
            case YES_NO_UNSURE, SCALE -> singleChoice(question, answer, true);
            case MULTIPLE_CHOICE -> multipleChoice(question, answer);
            case SHORT_TEXT -> shortText(question, answer);
            case LONG_TEXT -> longText(question, answer);
            case NUMBER -> number(question, answer);
            case DATE -> date(question, answer, formats);
        };
    }

    private static Editor singleChoice(Question question, ObjectProperty<Answer> answer, boolean inRow) {
        ToggleGroup group = new ToggleGroup();
        List<Node> choices =
                question.type() == QuestionType.SCALE ? scalePoints(question, group) : options(question, group, inRow);
        followAnswer(question, answer, group);
        Node box = inRow ? inRow(choices, clearLink(answer)) : inColumn(choices, clearLink(answer));
        return new Editor(box, choices.isEmpty() ? box : choices.get(0));
    }

    /** One button a point of the scale, labelled with the scale's own words. */
    private static List<Node> scalePoints(Question question, ToggleGroup group) {
        List<Node> choices = new ArrayList<>();
        for (int point = Question.SCALE_MIN; point <= Question.SCALE_MAX; point++) {
            ToggleButton button = new ToggleButton(question.scaleLabel(point));
            // A bare number between two named ends: the tooltip and screen readers say where it sits.
            String where = point + " on a scale from " + question.scaleLabel(Question.SCALE_MIN) + " to "
                    + question.scaleLabel(Question.SCALE_MAX);
            button.setTooltip(new Tooltip(where));
            button.setAccessibleText(where);
            button.setToggleGroup(group);
            button.setUserData(Integer.toString(point));
            choices.add(button);
        }
        return choices;
    }

    /** One toggle an option: buttons in a row, or radio buttons one under another. */
    private static List<Node> options(Question question, ToggleGroup group, boolean inRow) {
        List<Node> choices = new ArrayList<>();
        for (Option option : question.options()) {
            Toggle toggle = inRow ? new ToggleButton(option.label()) : new RadioButton(option.label());
            toggle.setToggleGroup(group);
            toggle.setUserData(option.id());
            choices.add((Node) toggle);
        }
        return choices;
    }

    /** The toggles show the answer, and choosing one sets it. */
    private static void followAnswer(Question question, ObjectProperty<Answer> answer, ToggleGroup group) {
        boolean[] updating = {false};
        Runnable showAnswer = () -> {
            updating[0] = true;
            String selected = selectedValue(answer.get());
            group.getToggles().forEach(t -> t.setSelected(selected != null && selected.equals(t.getUserData())));
            updating[0] = false;
        };
        showAnswer.run();
        answer.addListener((obs, old, value) -> showAnswer.run());
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (updating[0]) {
                return;
            }
            if (toggle == null) {
                answer.set(null);
            } else if (question.type() == QuestionType.SCALE) {
                answer.set(new Answer.Scale(Integer.parseInt((String) toggle.getUserData())));
            } else {
                answer.set(new Answer.Choice((String) toggle.getUserData()));
            }
        });
    }

    /** One row of pills while there is room; a narrow pane (the editor's preview) wraps them, never cuts. */
    private static Node inRow(List<Node> choices, Hyperlink clear) {
        FlowPane row = new FlowPane(choices.toArray(Node[]::new));
        row.getChildren().add(clear);
        FlowPane.setMargin(clear, new Insets(0, 0, 0, 12));
        row.setAlignment(Pos.CENTER_LEFT);
        row.setVgap(6);
        row.getStyleClass().add("segmented");
        for (int i = 0; i < choices.size(); i++) {
            choices.get(i)
                    .getStyleClass()
                    .add(i == 0 ? Styles.LEFT_PILL : i == choices.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            ((Control) choices.get(i)).setMinWidth(Region.USE_PREF_SIZE);
        }
        return row;
    }

    private static Node inColumn(List<Node> choices, Hyperlink clear) {
        VBox column = new VBox(6, choices.toArray(Node[]::new));
        column.getChildren().add(clear);
        return column;
    }

    private static String selectedValue(Answer answer) {
        if (answer instanceof Answer.Choice c) {
            return c.option();
        }
        if (answer instanceof Answer.Scale s) {
            return Integer.toString(s.point());
        }
        return null;
    }

    private static Hyperlink clearLink(ObjectProperty<Answer> answer) {
        Hyperlink clear = new Hyperlink("Clear answer");
        clear.getStyleClass().add(Styles.TEXT_SMALL);
        clear.setFocusTraversable(false);
        clear.visibleProperty().bind(answer.isNotNull());
        clear.setOnAction(e -> answer.set(null));
        return clear;
    }

    private static Editor multipleChoice(Question question, ObjectProperty<Answer> answer) {
        List<CheckBox> boxes = new ArrayList<>();
        boolean[] updating = {false};
        for (Option option : question.options()) {
            CheckBox box = new CheckBox(option.label());
            box.setUserData(option.id());
            boxes.add(box);
        }
        Runnable showAnswer = () -> {
            updating[0] = true;
            List<String> selected = answer.get() instanceof Answer.Choices c ? c.options() : List.of();
            boxes.forEach(b -> b.setSelected(selected.contains((String) b.getUserData())));
            updating[0] = false;
        };
        showAnswer.run();
        answer.addListener((obs, old, value) -> showAnswer.run());
        for (CheckBox box : boxes) {
            box.selectedProperty().addListener((obs, old, on) -> {
                if (updating[0]) {
                    return;
                }
                List<String> selected = boxes.stream()
                        .filter(CheckBox::isSelected)
                        .map(b -> (String) b.getUserData())
                        .toList();
                answer.set(selected.isEmpty() ? null : new Answer.Choices(selected));
            });
        }
        FlowPane pane = new FlowPane(16, 8);
        pane.getChildren().addAll(boxes);
        return new Editor(pane, boxes.isEmpty() ? pane : boxes.get(0));
    }

    private static Editor shortText(Question question, ObjectProperty<Answer> answer) {
        TextField field = new TextField(answer.get() instanceof Answer.Text t ? t.text() : "");
        field.setPromptText("Your answer");
        bindText(field.textProperty(), answer);
        return new Editor(field, field);
    }

    private static Editor longText(Question question, ObjectProperty<Answer> answer) {
        TextArea area = new TextArea(answer.get() instanceof Answer.Text t ? t.text() : "");
        area.setPromptText("Your answer");
        area.setWrapText(true);
        area.setPrefRowCount(4);
        bindText(area.textProperty(), answer);
        return new Editor(area, area);
    }

    private static void bindText(StringProperty text, ObjectProperty<Answer> answer) {
        boolean[] updating = {false};
        text.addListener((obs, old, value) -> {
            if (!updating[0]) {
                updating[0] = true;
                answer.set(value.isBlank() ? null : new Answer.Text(value));
                updating[0] = false;
            }
        });
        answer.addListener((obs, old, value) -> {
            if (!updating[0]) {
                updating[0] = true;
                text.set(value instanceof Answer.Text t ? t.text() : "");
                updating[0] = false;
            }
        });
    }

    private static Editor number(Question question, ObjectProperty<Answer> answer) {
        TextField field = new TextField(
                answer.get() instanceof Answer.Number n ? n.value().toPlainString() : "");
        field.setPromptText(numberPrompt(question));
        field.setPrefColumnCount(12);
        field.setMaxWidth(220);
        Label problem = new Label();
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        boolean[] updating = {false};
        field.textProperty().addListener((obs, old, text) -> {
            if (updating[0]) {
                return;
            }
            String message = null;
            Answer value = null;
            String cleaned = text.strip().replace(",", "").replace("_", "");
            if (!cleaned.isEmpty()) {
                try {
                    BigDecimal number = new BigDecimal(cleaned);
                    if (question.min() != null && number.compareTo(question.min()) < 0) {
                        message = "Enter " + question.min().toPlainString() + " or more.";
                    } else if (question.max() != null && number.compareTo(question.max()) > 0) {
                        message = "Enter " + question.max().toPlainString() + " or less.";
                    } else if (number.abs().compareTo(new BigDecimal("1e15")) > 0) {
                        message = "That number is too large to be plausible.";
                    } else {
                        value = new Answer.Number(number);
                    }
                } catch (NumberFormatException e) {
                    message = "Enter a number, such as 1200 or 3.5. The last valid answer is kept.";
                }
            }
            field.pseudoClassStateChanged(Styles.STATE_DANGER, message != null);
            problem.setText(message == null ? "" : message);
            problem.setVisible(message != null);
            if (message == null) {
                updating[0] = true;
                answer.set(value);
                updating[0] = false;
            }
        });
        answer.addListener((obs, old, value) -> {
            if (!updating[0]) {
                updating[0] = true;
                field.setText(value instanceof Answer.Number n ? n.value().toPlainString() : "");
                updating[0] = false;
            }
        });
        return new Editor(new VBox(4, field, problem), field);
    }

    private static String numberPrompt(Question question) {
        if (question.min() != null && question.max() != null) {
            return question.min().toPlainString() + " to " + question.max().toPlainString();
        }
        if (question.min() != null) {
            return question.min().toPlainString() + " or more";
        }
        return "A number";
    }

    private static Editor date(Question question, ObjectProperty<Answer> answer, UserFormats formats) {
        DatePicker picker = new DatePicker(answer.get() instanceof Answer.Date d ? d.value() : null);
        DateInput.apply(picker, formats, LocalDate.of(2026, 3, 31));
        picker.setEditable(true);
        Label problem = new Label();
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        boolean[] updating = {false};
        // Commit typed text as it is typed, so a date entered by keyboard alone is saved without Enter.
        picker.getEditor().textProperty().addListener((obs, old, text) -> {
            if (updating[0]) {
                return;
            }
            try {
                LocalDate date = picker.getConverter().fromString(text);
                problem.setVisible(false);
                picker.pseudoClassStateChanged(Styles.STATE_DANGER, false);
                updating[0] = true;
                picker.setValue(date);
                answer.set(date == null ? null : new Answer.Date(date));
                updating[0] = false;
            } catch (DateTimeParseException e) {
                problem.setText("Enter a date as " + formats.dateHint(LocalDate.of(2026, 3, 31)) + ", or pick one.");
                problem.setVisible(true);
                picker.pseudoClassStateChanged(Styles.STATE_DANGER, true);
            }
        });
        picker.valueProperty().addListener((obs, old, date) -> {
            if (!updating[0]) {
                updating[0] = true;
                answer.set(date == null ? null : new Answer.Date(date));
                updating[0] = false;
            }
        });
        answer.addListener((obs, old, value) -> {
            if (!updating[0]) {
                updating[0] = true;
                picker.setValue(value instanceof Answer.Date d ? d.value() : null);
                updating[0] = false;
            }
        });
        return new Editor(new VBox(4, picker, problem), picker);
    }
}
