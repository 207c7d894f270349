package org.airisk.workbench.ui.register;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.airisk.workbench.catalog.Pillar;
import org.airisk.workbench.scoring.Contribution;
import org.airisk.workbench.scoring.RiskScore;

/**
 * Beside the register: why the selected risk is rated as it is (every answer that moved it), what lowers it (every
 * control), the assumptions it rests on, and its override.
 */
final class RiskExplanation extends VBox {
    private final RiskRegisterViewModel model;
    private final Consumer<String> goToQuestion;

    RiskExplanation(RiskRegisterViewModel model, Consumer<String> goToQuestion) {
        super(12);
        this.model = model;
        this.goToQuestion = goToQuestion;
        setId("register-detail");
        setPadding(new Insets(4, 4, 12, 16));
    }

    void show(RiskScore risk) {
        getChildren().clear();
        if (risk == null) {
            Label none = new Label("Select a risk to see why it is rated as it is.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            getChildren().add(none);
            return;
        }
        Label name = new Label(risk.risk().name());
        name.getStyleClass().add(Styles.TITLE_3);
        name.setWrapText(true);
        Label facts =
                new Label(risk.riskId() + " \u00b7 " + risk.risk().category().label() + " \u00b7 "
                        + String.join(
                                ", ",
                                risk.risk().pillars().stream()
                                        .sorted()
                                        .map(Pillar::label)
                                        .toList()));
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        facts.setWrapText(true);
        getChildren().addAll(name, facts, ratings(risk));
        if (risk.isOverridden()) {
            Label overridden = new Label("\u270e Overridden by the assessor (calculated " + risk.calculated() + "): "
                    + risk.override().justification());
            overridden.setId("register-override-note");
            overridden.setWrapText(true);
            overridden.getStyleClass().add("warning-banner");
            getChildren().add(overridden);
        }
        getChildren().add(section("Why it is rated so"));
        getChildren().add(reasons(risk.reasons()));
        getChildren().add(section("What lowers it"));
        if (risk.reductions().isEmpty()) {
            getChildren().add(muted("No control in place or in the plan yet. See the mitigation plan."));
        } else {
            getChildren().add(reasons(risk.reductions()));
        }
        if (risk.restsOnAssumptions()) {
            getChildren().add(assumptions(risk));
        }
        getChildren().add(section("Override"));
        Node overrideEditor = OverrideEditor.of(model, risk);
        overrideEditor.disableProperty().bind(model.session().readOnlyProperty());
        getChildren().add(overrideEditor);
    }

    /** The inherent, residual and target ratings, each with its axes and level. */
    private static GridPane ratings(RiskScore risk) {
        GridPane ratings = new GridPane();
        ratings.setHgap(10);
        ratings.setVgap(4);
        ratings.addRow(0, muted("Inherent"), new Label(LevelChip.axes(risk.inherent())), LevelChip.of(risk.inherent()));
        ratings.addRow(
                1, muted("Residual now"), new Label(LevelChip.axes(risk.residual())), LevelChip.of(risk.residual()));
        ratings.addRow(2, muted("Target"), new Label(LevelChip.axes(risk.target())), LevelChip.of(risk.target()));
        ratings.setId("register-detail-ratings");
        return ratings;
    }

    /** Says the rating assumes the worse answer to the questions left open or answered "not sure". */
    private static Label assumptions(RiskScore risk) {
        Label uncertain = new Label((risk.raisedByAssumptions() ? "\u26a0 Assumptions raise this rating: " : "")
                + "it rests on " + risk.uncertainQuestions().size()
                + " unanswered or \u201cnot sure\u201d answer(s). The worse plausible answer is assumed until "
                + "they are answered; the register's order follows the answers given.");
        uncertain.setWrapText(true);
        uncertain.getStyleClass().add("info-banner");
        return uncertain;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private Node reasons(List<Contribution> contributions) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        for (Contribution c : contributions) {
            Label kind = muted(c.kind().label());
            kind.setMinWidth(120);
            kind.setMaxWidth(150);
            VBox what = new VBox(2);
            Label subject = new Label(c.subject());
            subject.setWrapText(true);
            what.getChildren().add(subject);
            if (!c.detail().isEmpty()) {
                what.getChildren().add(muted(c.detail()));
            }
            if (!c.questionId().isEmpty()) {
                Hyperlink go = new Hyperlink("Go to the question");
                go.setPadding(Insets.EMPTY);
                go.setId("goto-" + c.questionId());
                go.setOnAction(e -> goToQuestion.accept(c.questionId()));
                what.getChildren().add(go);
            }
            Label effect = new Label(c.kind() == Contribution.Kind.START ? "" : c.effect());
            effect.setMinWidth(Region.USE_PREF_SIZE);
            GridPane.setHgrow(what, Priority.ALWAYS);
            grid.addRow(row++, kind, what, effect);
        }
        return grid;
    }
}
