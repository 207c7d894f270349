package org.airisk.workbench.ui.library;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;

/** The fields of the new-assessment dialog and whether they make a valid request. */
public final class NewAssessmentViewModel {
    private final List<QuestionnaireTemplate> questionnaires;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty systemName = new SimpleStringProperty("");
    private final StringProperty owner = new SimpleStringProperty(System.getProperty("user.name", ""));
    private final ObjectProperty<QuestionnaireTemplate> questionnaire = new SimpleObjectProperty<>();
    private final BooleanBinding valid;

    public NewAssessmentViewModel(List<QuestionnaireTemplate> questionnaires) {
        this.questionnaires = List.copyOf(questionnaires);
        if (!questionnaires.isEmpty()) {
            questionnaire.set(questionnaires.get(0));
        }
        valid = Bindings.createBooleanBinding(
                () -> request().problems().isEmpty(), title, systemName, owner, questionnaire);
    }

    public List<QuestionnaireTemplate> questionnaires() {
        return questionnaires;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty systemNameProperty() {
        return systemName;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<QuestionnaireTemplate> questionnaireProperty() {
        return questionnaire;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public NewAssessment request() {
        QuestionnaireTemplate template = questionnaire.get();
        return new NewAssessment(
                title.get(),
                systemName.get(),
                owner.get(),
                template == null ? null : template.id(),
                template == null ? 0 : template.version());
    }
}
