package org.airisk.workbench.ui.library;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.ui.Buttons;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/** Asks for what a new assessment needs, checking each field as the assessor types. */
public final class NewAssessmentDialog extends Dialog<NewAssessment> {

    public NewAssessmentDialog(NewAssessmentViewModel model, Window window) {
        initOwner(window);
        setTitle("New assessment");
        setHeaderText("Start a new assessment");
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(create, Buttons.CANCEL);

        TextField title = field(
                "new-title",
                "e.g. Support assistant pre-launch review",
                model.titleProperty().get());
        model.titleProperty().bind(title.textProperty());
        TextField system = field(
                "new-system", "e.g. HelpDesk GPT", model.systemNameProperty().get());
        model.systemNameProperty().bind(system.textProperty());
        TextField owner = field(
                "new-owner",
                "Who answers for this assessment",
                model.ownerProperty().get());
        model.ownerProperty().bind(owner.textProperty());
        ComboBox<QuestionnaireTemplate> questionnaire = questionnaireChoice(model);

        Label description = description(questionnaire);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16, 20, 8, 20));
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(360);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, new Label("Title *"), title);
        grid.addRow(1, new Label("AI system *"), system);
        grid.addRow(2, new Label("Owner"), owner);
        grid.addRow(3, new Label("Questionnaire *"), questionnaire);
        grid.add(description, 1, 4);
        getDialogPane().setContent(grid);

        // ControlsFX decorations wrap the scene's root. showAndWait() sets the dialog pane as root after firing
        // DIALOG_SHOWN, so the validators are registered one pulse later, once the dialog is really on screen.
        setOnShown(e -> Platform.runLater(() -> registerValidators(title, system, owner, questionnaire)));
        getDialogPane()
                .lookupButton(create)
                .disableProperty()
                .bind(model.validProperty().not());
        setResultConverter(button -> button == create ? model.request() : null);
        Platform.runLater(title::requestFocus);
    }

    /** The questionnaires the assessment can be made with, the chosen one kept in the model. */
    private static ComboBox<QuestionnaireTemplate> questionnaireChoice(NewAssessmentViewModel model) {
        ComboBox<QuestionnaireTemplate> questionnaire = new ComboBox<>();
        questionnaire.setId("new-questionnaire");
        questionnaire.getItems().setAll(model.questionnaires());
        questionnaire.setValue(model.questionnaireProperty().get());
        questionnaire.setMaxWidth(Double.MAX_VALUE);
        questionnaire.setButtonCell(new TemplateCell());
        questionnaire.setCellFactory(l -> new TemplateCell());
        model.questionnaireProperty().bind(questionnaire.valueProperty());
        return questionnaire;
    }

    /** What the chosen questionnaire is for, in its own words. */
    private static Label description(ComboBox<QuestionnaireTemplate> questionnaire) {
        Label description = new Label();
        description.getStyleClass().add(Styles.TEXT_MUTED);
        description.setWrapText(true);
        description.setPrefWidth(420);
        description
                .textProperty()
                .bind(questionnaire
                        .valueProperty()
                        .map(QuestionnaireTemplate::description)
                        .orElse(""));
        return description;
    }

    private static void registerValidators(
            TextField title, TextField system, TextField owner, ComboBox<QuestionnaireTemplate> questionnaire) {
        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(
                title,
                (Control c, String text) -> ValidationResult.fromErrorIf(
                        c,
                        text == null || text.isBlank()
                                ? "Give the assessment a title."
                                : "Keep the title under " + NewAssessment.MAX_TITLE + " characters.",
                        text == null || text.isBlank() || text.strip().length() > NewAssessment.MAX_TITLE));
        validation.registerValidator(
                system,
                (Control c, String text) -> ValidationResult.fromErrorIf(
                        c,
                        text == null || text.isBlank()
                                ? "Name the AI system being assessed."
                                : "Keep the system name under " + NewAssessment.MAX_NAME + " characters.",
                        text == null || text.isBlank() || text.strip().length() > NewAssessment.MAX_NAME));
        validation.registerValidator(
                owner,
                false,
                Validator.createPredicateValidator(
                        (String text) -> text == null || text.strip().length() <= NewAssessment.MAX_NAME,
                        "Keep the owner under " + NewAssessment.MAX_NAME + " characters.",
                        Severity.ERROR));
        validation.registerValidator(questionnaire, Validator.createEmptyValidator("Choose a questionnaire."));
    }

    private static TextField field(String id, String prompt, String initial) {
        TextField field = new TextField(initial);
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static final class TemplateCell extends ListCell<QuestionnaireTemplate> {
        @Override
        protected void updateItem(QuestionnaireTemplate item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.displayName());
        }
    }
}
