package org.airisk.workbench.ui.register;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.ui.DateInput;

/** The fields of one plan item the assessor fills in: owner, due date, priority, status, strength and notes. */
final class PlanItemFields {
    final TextField owner;
    final DatePicker due;
    final ComboBox<PlanItem.Priority> priority;
    final ComboBox<PlanItem.Status> status;
    final Spinner<Integer> lowersL;
    final Spinner<Integer> lowersI;
    final TextArea notes;

    PlanItemFields(PlanItem item, UserFormats formats, LocalDate today) {
        owner = new TextField(item.owner());
        owner.setId("plan-owner");
        owner.setPromptText("Who does it");
        due = new DatePicker(item.due());
        due.setId("plan-due");
        due.setConverter(new DateInput(formats));
        due.setPromptText("Due date: " + formats.dateHint(today));
        priority = choice("plan-priority", PlanItem.Priority.values(), item.priority(), PlanItem.Priority::label);
        status = choice("plan-status", PlanItem.Status.values(), item.status(), PlanItem.Status::label);
        lowersL = new Spinner<>(0, Mitigation.MAX_STRENGTH, item.reducesLikelihood());
        lowersL.setId("plan-lowers-likelihood");
        lowersL.setPrefWidth(80);
        lowersI = new Spinner<>(0, Mitigation.MAX_STRENGTH, item.reducesImpact());
        lowersI.setId("plan-lowers-impact");
        lowersI.setPrefWidth(80);
        notes = new TextArea(item.notes());
        notes.setId("plan-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.setPromptText("Notes");
    }

    /** The item as the fields now describe it; a strength of zero on both axes keeps the item's own. */
    PlanItem applyTo(PlanItem current) {
        int l = lowersL.getValue();
        int i = lowersI.getValue();
        return current.withDetails(
                        owner.getText(), due.getValue(), priority.getValue(), status.getValue(), notes.getText())
                .withStrength(l + i == 0 ? current.reducesLikelihood() : l, l + i == 0 ? current.reducesImpact() : i);
    }

    /** Runs save when a text field is left (or Enter is pressed in the owner) and whenever a choice changes. */
    void saveOnChange(Runnable save) {
        owner.setOnAction(e -> save.run());
        owner.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                save.run();
            }
        });
        notes.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                save.run();
            }
        });
        due.valueProperty().addListener((obs, old, v) -> save.run());
        priority.valueProperty().addListener((obs, old, v) -> save.run());
        status.valueProperty().addListener((obs, old, v) -> save.run());
        lowersL.valueProperty().addListener((obs, old, v) -> save.run());
        lowersI.valueProperty().addListener((obs, old, v) -> save.run());
    }

    /** The labelled fields, notes apart. */
    GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Owner"), owner);
        grid.addRow(1, new Label("Due"), due);
        grid.addRow(2, new Label("Priority"), priority);
        grid.addRow(3, new Label("Status"), status);
        grid.addRow(4, new Label("Lowers likelihood"), lowersL);
        grid.addRow(5, new Label("Lowers impact"), lowersI);
        GridPane.setHgrow(owner, Priority.ALWAYS);
        return grid;
    }

    static <T> ComboBox<T> choice(String id, T[] values, T value, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().addAll(values);
        box.setValue(value);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        return box;
    }
}
