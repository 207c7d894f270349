package org.airisk.workbench.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.airisk.workbench.questionnaire.QuestionnaireImport;
import org.airisk.workbench.questionnaire.Questionnaires;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.Buttons;

/** File › Import questionnaire…: choose the file, see what it came to, save it among the questionnaires. */
final class QuestionnaireImportActions {
    private static final ButtonType SAVE = new ButtonType("Save questionnaire", ButtonBar.ButtonData.OK_DONE);

    private final Window owner;
    private final FileFolders folders;
    private final Supplier<QuestionnaireImportViewModel> models;

    QuestionnaireImportActions(
            Window owner,
            FileFolders folders,
            Path dataFolder,
            Questionnaires library,
            QuestionnaireImport files,
            BackgroundWork background) {
        this.owner = owner;
        this.folders = folders;
        this.models = () -> new QuestionnaireImportViewModel(files, dataFolder, library, background);
    }

    MenuItem menuItem() {
        MenuItem item = new MenuItem("Import questionnaire\u2026");
        item.setId("menu-import-questionnaire");
        item.setOnAction(e -> choose());
        return item;
    }

    private void choose() {
        FileChooser chooser = FileDialogs.chooser(folders, "Import questionnaire");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("SurveyJS survey or questionnaire template (*.json)", "*.json"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = FileDialogs.open(chooser, owner, folders);
        if (file != null) {
            QuestionnaireImportViewModel model = models.get();
            model.open(file.toPath(), () -> show(model));
        }
    }

    private void show(QuestionnaireImportViewModel model) {
        Alert dialog = Dialogs.alert(owner, Alert.AlertType.NONE, "Import questionnaire", "");
        dialog.getButtonTypes().setAll(SAVE, Buttons.CANCEL);
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        Label problem = new Label();
        problem.textProperty().bind(model.problemProperty());
        problem.setWrapText(true);
        problem.setId("questionnaire-import-problem");
        ListView<String> notMapped = new ListView<>(model.notMapped());
        notMapped.setId("questionnaire-import-not-mapped");
        notMapped.setPrefSize(640, 280);
        VBox content = new VBox(8, summary, problem);
        if (!model.languages().isEmpty()) {
            ChoiceBox<String> language = new ChoiceBox<>(model.languages());
            language.setValue(model.language());
            language.setOnAction(e -> model.chooseLanguage(language.getValue(), () -> {}));
            content.getChildren().add(new HBox(8, new Label("Language of the texts:"), language));
        }
        content.getChildren().addAll(new Label("Not mapped, item by item:"), notMapped);
        dialog.getDialogPane().setContent(content);
        Button save = (Button) dialog.getDialogPane().lookupButton(SAVE);
        save.disableProperty().bind(model.canSaveProperty().not());
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save(
                    written -> {
                        dialog.close();
                        Dialogs.info(
                                owner,
                                "Questionnaire saved",
                                "Saved as " + written.getFileName() + " in the "
                                        + "questionnaires folder. New assessment offers it now.");
                    },
                    failure -> Dialogs.failure(owner, failure));
        });
        dialog.show();
    }
}
