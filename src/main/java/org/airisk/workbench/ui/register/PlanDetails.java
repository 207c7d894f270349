package org.airisk.workbench.ui.register;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.Recommendation;

/**
 * The plan's detail pane: a recommendation before it is decided, or the selected plan item's form (every change is
 * saved as it is made), or a hint when nothing is selected.
 */
final class PlanDetails extends VBox {
    /** Its name for {@link ScoringSession#formOnScreen}. */
    private static final String FORM = "plan item";

    private final MitigationPlanViewModel model;
    private final UserFormats formats;

    PlanDetails(MitigationPlanViewModel model, UserFormats formats) {
        super(10);
        this.model = model;
        this.formats = formats;
        setId("plan-form");
    }

    /** A recommendation before it is decided: what it is, what it takes, and what it would lower by how much. */
    void showRecommendation(Recommendation r) {
        getChildren().clear();
        model.session().formOnScreen(FORM, () -> false);
        Mitigation m = r.mitigation();
        Label title = new Label(m.title());
        title.setId("plan-recommendation-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        Label summary = new Label(m.summary());
        summary.setWrapText(true);
        Label facts = new Label(
                "Effort " + m.effort().name() + " \u00b7 " + m.type().name().toLowerCase(Locale.ROOT)
                        + " measure"
                        + (m.nistActions().isEmpty()
                                ? ""
                                : " \u00b7 NIST AI 600-1 actions " + String.join(", ", m.nistActions())));
        facts.setWrapText(true);
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        VBox lowers = new VBox(2);
        lowers.setId("plan-recommendation-lowers");
        model.lowers(r).forEach(line -> {
            Label l = new Label("\u2022 " + line);
            l.setWrapText(true);
            lowers.getChildren().add(l);
        });
        VBox steps = new VBox(2);
        for (int i = 0; i < m.steps().size(); i++) {
            Label step = new Label((i + 1) + ". " + m.steps().get(i));
            step.setWrapText(true);
            steps.getChildren().add(step);
        }
        Label note = new Label("The target counts it once accepted; the current rating once it is implemented.");
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        getChildren()
                .addAll(title, summary, facts, heading("Accepting it lowers"), lowers, note, heading("Steps"), steps);
    }

    /** The selected item's details, or a hint when there is none; every change is saved as it is made. */
    void showItem(PlanItem item) {
        getChildren().clear();
        model.session().formOnScreen(FORM, () -> false);
        if (item == null) {
            Label none = new Label("Select a recommendation to see what it would lower, or an item of the plan to give "
                    + "it an owner, a due date and a status.");
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            getChildren().add(none);
            return;
        }
        Label title = new Label(item.title());
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        Label risks = new Label("Addresses: " + model.riskNames(item.risks()));
        risks.setWrapText(true);
        risks.getStyleClass().add(Styles.TEXT_MUTED);
        PlanItemFields fields = new PlanItemFields(item, formats, model.today());
        fields.saveOnChange(() -> save(item, fields));
        model.session().formOnScreen(FORM, () -> !fields.applyTo(item).equals(item));
        Button remove = new Button("Remove from the plan");
        remove.setId("plan-remove");
        remove.getStyleClass().addAll(Styles.FLAT, Styles.DANGER);
        remove.setOnAction(e -> model.remove(item));
        getChildren().addAll(title, risks, fields.grid(), fields.notes, remove);
        if (model.isOverdue(item)) {
            Label overdue = new Label("\u26a0 Overdue: due " + formats.date(item.due()) + " and not yet implemented.");
            overdue.getStyleClass().add("overdue");
            getChildren().add(2, overdue);
        }
    }

    /** Saves the fields into the item, if it is still the selected one and something changed. */
    private void save(PlanItem item, PlanItemFields fields) {
        PlanItem current = model.selectedProperty().get();
        if (current == null || !current.id().equals(item.id())) {
            return;
        }
        PlanItem changed = fields.applyTo(current);
        if (!changed.equals(current)) {
            model.update(changed);
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }
}
