package org.airisk.workbench.ui.shell;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.airisk.workbench.questionnaire.TemplateProblem;
import org.airisk.workbench.ui.Buttons;

/**
 * The lines under the menus: a warning while questionnaire templates failed to load, and a short-lived notice of
 * what Save came to (or what a start-up recovered).
 */
final class StatusLines {
    private final List<TemplateProblem> problems;
    private final Label banner = new Label();
    private final Label saveNotice = new Label();
    private final PauseTransition noticeShown = new PauseTransition(Duration.seconds(4));

    StatusLines(List<TemplateProblem> problems) {
        this.problems = problems;
    }

    /** Says which questionnaire templates were left out; hidden when all loaded. */
    Node templateBanner() {
        banner.setId("template-banner");
        banner.setWrapText(true);
        banner.setPadding(new Insets(6, 20, 6, 20));
        banner.getStyleClass().add("warning-banner");
        if (problems.isEmpty()) {
            banner.setVisible(false);
            banner.setManaged(false);
        } else {
            banner.setText(
                    problems.size() == 1
                            ? "A questionnaire template could not be loaded: " + problems.get(0)
                                    + ". The other questionnaires work. See Help \u203a Template problems."
                            : problems.size() + " problems kept questionnaire templates from loading; the others work. "
                                    + "See Help \u203a Template problems.");
        }
        return new HBox(banner);
    }

    /** A line under the menus that says for a few seconds what Save came to. */
    Node saveNotice() {
        saveNotice.setId("save-notice");
        saveNotice.setWrapText(true);
        saveNotice.setMaxWidth(Double.MAX_VALUE);
        saveNotice.setPadding(new Insets(6, 20, 6, 20));
        saveNotice.getStyleClass().add("info-banner");
        saveNotice.setVisible(false);
        saveNotice.managedProperty().bind(saveNotice.visibleProperty());
        noticeShown.setOnFinished(e -> saveNotice.setVisible(false));
        return saveNotice;
    }

    void showNotice(String text, boolean problem) {
        saveNotice.setText(text);
        saveNotice.getStyleClass().removeAll("info-banner", "warning-banner");
        saveNotice.getStyleClass().add(problem ? "warning-banner" : "info-banner");
        saveNotice.setVisible(true);
        noticeShown.playFromStart();
    }

    /** Tells how many changes a previous run could not save were saved at this start; nothing when none. */
    void showRestored(int changes) {
        if (changes > 0) {
            showNotice(
                    changes + (changes == 1 ? " change" : " changes") + " that could not be saved last time (kept "
                            + "beside the library) " + (changes == 1 ? "was" : "were") + " saved now.",
                    false);
        }
    }

    boolean anyTemplateProblems() {
        return !problems.isEmpty();
    }

    /** Help › Template problems: every template left out, and why. */
    void showTemplateProblems(Window owner) {
        StringBuilder text = new StringBuilder();
        for (TemplateProblem p : problems) {
            text.append(p).append('\n');
        }
        TextArea area = new TextArea(text.toString());
        area.setEditable(false);
        area.setWrapText(true);
        Alert alert = Buttons.alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle("Template problems");
        alert.setHeaderText("These questionnaire templates were left out. Fix the files and restart.");
        alert.getDialogPane().setContent(area);
        alert.showAndWait();
    }
}
