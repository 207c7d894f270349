package org.airisk.workbench.ui.register;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.airisk.workbench.scoring.EuAiActIndication;

/** The EU AI Act indication as a tag; its tooltip gives each finding with its articles. */
final class EuAiActTag extends Label {

    EuAiActTag(RiskRegisterViewModel model) {
        setId("register-eu-ai-act");
        getStyleClass().add("tag");
        textProperty().bind(model.indicationProperty());
        Tooltip explain = new Tooltip();
        explain.setWrapText(true);
        explain.setMaxWidth(460);
        explain.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> detail(model.session().indicationProperty().get()),
                        model.session().indicationProperty()));
        setTooltip(explain);
    }

    private static String detail(EuAiActIndication indication) {
        if (indication == null || !indication.isAvailable()) {
            return "This questionnaire has no system profile, so no EU AI Act indication can be given.";
        }
        StringBuilder text = new StringBuilder();
        for (EuAiActIndication.Finding f : indication.findings()) {
            text.append(f.outcome().label())
                    .append(" (")
                    .append(f.outcome().articles())
                    .append("): ")
                    .append(f.explanation())
                    .append("\n\n");
        }
        if (!indication.scopeNote().isEmpty()) {
            text.append(indication.scopeNote()).append("\n\n");
        }
        if (!indication.openQuestions().isEmpty()) {
            text.append("Unanswered profile questions: ")
                    .append(indication.openQuestions().size())
                    .append(".\n\n");
        }
        return text.append(EuAiActIndication.NOTE).toString();
    }
}
