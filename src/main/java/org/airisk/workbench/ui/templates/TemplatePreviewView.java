package org.airisk.workbench.ui.templates;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.ui.questionnaire.QuestionnaireView;

/**
 * The editor's preview pane: the questionnaire view an assessor answers in, on the template as it is now, and
 * below it what the answers given here say about risks. Answers given here are kept in memory only.
 */
final class TemplatePreviewView extends VBox {
    TemplatePreviewView(TemplatePreviewViewModel model, UserFormats formats) {
        super(6);
        setId("template-preview");
        setPadding(new Insets(0, 0, 0, 10));
        setMinWidth(320);
        Label heading = new Label("Preview, as an assessor sees it; answers given here are not saved.");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.getStyleClass().add("text-muted");
        BorderPane holder = new BorderPane();
        holder.setId("preview-questionnaire");
        VBox.setVgrow(holder, Priority.ALWAYS);
        ListView<String> effects = new ListView<>(model.effects());
        effects.setId("preview-effects");
        effects.setPrefHeight(110);
        effects.setMinHeight(80);
        effects.setPlaceholder(wrapped("No answer given here changes a risk yet."));
        effects.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        getChildren().addAll(heading, holder, new Label("What these answers say about risks"), effects);
        Runnable show = () -> holder.setCenter(new QuestionnaireView(model.questionnaire(), formats, null, null));
        model.questionnaireProperty().addListener((o, old, now) -> show.run());
        show.run();
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
