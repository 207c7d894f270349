package org.airisk.workbench.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.ui.Buttons;

/**
 * Settings for the risk matrix: its size, the levels (name, colour, lowest score), the risk appetite and the
 * starting point. Problems are named as they arise and keep OK disabled.
 */
final class ScoringMethodDialog {
    private final ComboBox<Integer> size = new ComboBox<>();
    private final GridPane levelGrid = new GridPane();
    private final List<LevelRow> levels = new ArrayList<>();
    private final Spinner<Integer> appetite = new Spinner<>(1, 36, 9);
    private final Spinner<Integer> startLikelihood = new Spinner<>(1, ScoringMethod.FIVE_POINT, 2);
    private final Spinner<Integer> startImpact = new Spinner<>(1, ScoringMethod.FIVE_POINT, 3);
    private final Label problems = new Label();
    private final Label appetiteLevel = new Label();
    private Button ok;

    private record LevelRow(TextField label, ColorPicker colour, Spinner<Integer> from) {}

    static Optional<ScoringMethod> edit(Window owner, ScoringMethod current) {
        return new ScoringMethodDialog().show(owner, current);
    }

    private Optional<ScoringMethod> show(Window owner, ScoringMethod current) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Scoring method");
        dialog.setHeaderText("The risk matrix for new assessments. Open and saved assessments keep theirs until "
                + "you rescore them.");
        prepareFields(current);
        HBox levelButtons = levelButtons();
        VBox content = new VBox(
                12,
                general(),
                new Label("Levels, lowest first: name, colour, from score"),
                levelGrid,
                levelButtons,
                problems);
        content.setPadding(new Insets(10, 20, 4, 20));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(Buttons.OK, Buttons.CANCEL);
        ok = (Button) dialog.getDialogPane().lookupButton(Buttons.OK);
        check();
        return dialog.showAndWait().filter(b -> b == Buttons.OK).map(b -> build());
    }

    /** Fills the fields from the current method; a new size starts from the standard matrix of that size. */
    private void prepareFields(ScoringMethod current) {
        for (int i = ScoringMethod.MIN_SIZE; i <= ScoringMethod.MAX_SIZE; i++) {
            size.getItems().add(i);
        }
        size.setId("method-size");
        levelGrid.setHgap(8);
        levelGrid.setVgap(6);
        problems.setId("method-problems");
        problems.getStyleClass().add(Styles.DANGER);
        problems.setWrapText(true);
        load(current);
        size.valueProperty().addListener((obs, old, value) -> {
            if (value != null && !value.equals(old) && old != null) {
                load(ScoringMethod.standard(value)); // levels and appetite rescaled to the new size
            }
        });
        appetite.valueProperty().addListener((obs, old, v) -> check());
        startLikelihood.valueProperty().addListener((obs, old, v) -> check());
        startImpact.valueProperty().addListener((obs, old, v) -> check());
    }

    /** Add a level, remove the last one, or go back to the standard 5x5 matrix. */
    private HBox levelButtons() {
        Button addLevel = new Button("Add level");
        addLevel.setOnAction(e -> {
            int top =
                    levels.isEmpty() ? 1 : levels.get(levels.size() - 1).from().getValue() + 1;
            addRow(new ScoringMethod.Level("Level " + (levels.size() + 1), "#999999", top));
            check();
        });
        Button removeLevel = new Button("Remove last level");
        removeLevel.setOnAction(e -> {
            if (levels.size() > 1) {
                levels.remove(levels.size() - 1);
                layoutRows();
                check();
            }
        });
        Button reset = new Button("Default 5\u00d75");
        reset.setOnAction(e -> load(ScoringMethod.standard()));
        for (Button b : new Button[] {addLevel, removeLevel, reset}) {
            b.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        }
        return new HBox(6, addLevel, removeLevel, reset);
    }

    /** Size, appetite (with the level it falls in) and the starting point. */
    private GridPane general() {
        for (Spinner<Integer> spinner : List.of(appetite, startLikelihood, startImpact)) {
            spinner.setPrefWidth(90);
        }
        appetiteLevel.getStyleClass().add(Styles.TEXT_MUTED);
        GridPane general = new GridPane();
        general.setHgap(10);
        general.setVgap(8);
        general.addRow(0, label("Matrix size"), size);
        HBox appetiteRow = new HBox(8, appetite, appetiteLevel);
        appetiteRow.setAlignment(Pos.CENTER_LEFT);
        general.addRow(1, label("Risk appetite: accept scores up to"), appetiteRow);
        general.addRow(2, label("Starting likelihood and impact (of 5)"), new HBox(6, startLikelihood, startImpact));
        return general;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void load(ScoringMethod method) {
        size.setValue(method.size());
        levels.clear();
        method.levels().forEach(this::addRow);
        appetite.getValueFactory().setValue(method.appetite());
        startLikelihood.getValueFactory().setValue(method.startLikelihood());
        startImpact.getValueFactory().setValue(method.startImpact());
        check();
    }

    private void addRow(ScoringMethod.Level level) {
        TextField label = new TextField(level.label());
        label.setPrefColumnCount(10);
        ColorPicker colour = new ColorPicker(Color.web(level.colour()));
        Spinner<Integer> from = new Spinner<>(1, 36, level.fromScore());
        from.setPrefWidth(80);
        label.textProperty().addListener((obs, old, v) -> check());
        colour.valueProperty().addListener((obs, old, v) -> check());
        from.valueProperty().addListener((obs, old, v) -> check());
        levels.add(new LevelRow(label, colour, from));
        layoutRows();
    }

    private void layoutRows() {
        levelGrid.getChildren().clear();
        for (int i = 0; i < levels.size(); i++) {
            LevelRow row = levels.get(i);
            levelGrid.addRow(i, row.label(), row.colour(), row.from());
        }
    }

    private List<ScoringMethod.Level> levelsShown() {
        return levels.stream()
                .map(r -> new ScoringMethod.Level(
                        r.label().getText().strip(),
                        hex(r.colour().getValue()),
                        r.from().getValue()))
                .toList();
    }

    private static String hex(Color c) {
        return String.format(
                Locale.ROOT,
                "#%02X%02X%02X",
                Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private void check() {
        if (size.getValue() == null) {
            return;
        }
        List<String> found = ScoringMethod.problems(
                size.getValue(),
                levelsShown(),
                appetite.getValue(),
                startLikelihood.getValue(),
                startImpact.getValue());
        problems.setText(String.join("\n", found));
        appetiteLevel.setText(
                found.isEmpty() ? "(" + build().level(appetite.getValue()).label() + ")" : "");
        if (ok != null) {
            ok.setDisable(!found.isEmpty());
        }
    }

    private ScoringMethod build() {
        return new ScoringMethod(
                size.getValue(),
                levelsShown(),
                appetite.getValue(),
                startLikelihood.getValue(),
                startImpact.getValue());
    }
}
