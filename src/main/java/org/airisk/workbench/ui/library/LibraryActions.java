package org.airisk.workbench.ui.library;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.airisk.workbench.ui.Buttons;

/**
 * The library's toolbar: new, open, rename, duplicate and delete (the last four on the selected assessment), then
 * the portfolio and the risk library.
 */
final class LibraryActions extends HBox {

    LibraryActions(
            LibraryViewModel model,
            Runnable createNew,
            Runnable renameSelected,
            Runnable deleteSelected,
            Runnable showRiskLibrary,
            Runnable showPortfolio) {
        super(8);
        Button create = button("New assessment…", "library-new", createNew, "Start a new assessment", "Shortcut+N");
        create.getStyleClass().add(Styles.ACCENT);
        Button open = button(
                "Open",
                "library-open",
                () -> model.open(model.selectedProperty().get()),
                "Open the selected assessment",
                "Enter");
        Button rename = button("Rename…", "library-rename", renameSelected, "Rename the selected assessment", "F2");
        Button duplicate = button(
                "Duplicate",
                "library-duplicate",
                () -> model.duplicate(model.selectedProperty().get()),
                "Copy the selected assessment with all its answers",
                "Shortcut+D");
        Button delete = button(
                "Delete…",
                "library-delete",
                deleteSelected,
                "Delete the selected assessment (asks first; Ctrl+Z undoes)",
                "Delete");
        delete.getStyleClass().add(Styles.DANGER);
        for (Button b : new Button[] {open, rename, duplicate, delete}) {
            b.disableProperty().bind(model.selectedProperty().isNull());
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(create, open, rename, duplicate, delete, gap);
        getChildren().addAll(screens(showRiskLibrary, showPortfolio));
        setAlignment(Pos.CENTER_LEFT);
    }

    /** The buttons to the screens beside the library: the portfolio and the risk library. */
    private static List<Button> screens(Runnable showRiskLibrary, Runnable showPortfolio) {
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
        return List.of(portfolio, risks);
    }

    /** A toolbar button with a tooltip saying what it does and its shortcut. */
    private static Button button(String text, String id, Runnable action, String what, String keys) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return Buttons.hint(button, what, keys);
    }
}
