package org.airisk.workbench.ui.templates;

import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.ui.Buttons;

/**
 * Tools › Questionnaires…: the questionnaires on the left (built-in ones to look at and duplicate, own ones to
 * edit), the editor of the one opened on the right. Ctrl+Z and Ctrl+Shift+Z undo and redo the editor's changes.
 */
public final class QuestionnairesWindow {
    private final Window owner;
    private final UserFormats formats;
    private final Supplier<QuestionnairesViewModel> models;

    /** @param formats how the preview shows dates and numbers */
    public QuestionnairesWindow(Window owner, UserFormats formats, Supplier<QuestionnairesViewModel> models) {
        this.owner = owner;
        this.formats = formats;
        this.models = models;
    }

    public MenuItem menuItem() {
        MenuItem item = new MenuItem("Questionnaires\u2026");
        item.setId("menu-questionnaires");
        item.setOnAction(e -> show());
        return item;
    }

    private void show() {
        new Shown(models.get()).stage.show();
    }

    private final class Shown {
        private final QuestionnairesViewModel model;
        private final Stage stage = new Stage();
        private final BorderPane root = new BorderPane();
        private final ListView<QuestionnaireTemplate> list = new ListView<>();
        private TemplateEditorViewModel editor;
        private Node left;
        private final Label empty = new Label("Open a questionnaire, or duplicate a built-in one to start your own.");

        Shown(QuestionnairesViewModel model) {
            this.model = model;
            list.setId("questionnaires-list");
            list.setItems(model.questionnaires());
            list.setCellFactory(l -> QuestionEditorView.cell(t -> t == null ? "" : model.describe(t)));
            list.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    open();
                }
            });
            Button open = TemplateEditorView.button("Open", "questionnaires-open", this::open);
            Button duplicate = TemplateEditorView.button("Duplicate", "questionnaires-duplicate", this::duplicate);
            open.disableProperty()
                    .bind(list.getSelectionModel().selectedItemProperty().isNull());
            duplicate.disableProperty().bind(open.disableProperty());
            Label hint = new Label("Built-in questionnaires are read-only: duplicate one to make it your own.");
            hint.setWrapText(true);
            hint.getStyleClass().add("text-muted");
            VBox left = new VBox(6, new Label("Questionnaires"), list, new HBox(6, open, duplicate), hint);
            VBox.setVgrow(list, Priority.ALWAYS);
            left.setPrefWidth(340);
            left.setMinWidth(260);
            root.setLeft(left);
            BorderPane.setMargin(left, new Insets(0, 12, 0, 0));
            empty.setId("questionnaires-empty");
            root.setCenter(empty);
            root.setPadding(new Insets(12));
            Scene scene = new Scene(root, 1360, 800);
            scene.getStylesheets()
                    .add(QuestionnairesWindow.class
                            .getResource("/ui/workbench.css")
                            .toExternalForm());
            // A filter, so that the editor's undo wins over a text field's own: each field's typing is a step in it.
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (editor != null && e.getCode() == KeyCode.Z && e.isShortcutDown()) {
                    if (e.isShiftDown()) {
                        editor.redo();
                    } else {
                        editor.undo();
                    }
                    e.consume();
                }
            });
            stage.setScene(scene);
            stage.setTitle("Questionnaires \u2013 AI Risk Workbench");
            stage.initOwner(owner);
            stage.setOnCloseRequest(e -> {
                if (!mayLeave()) {
                    e.consume();
                }
            });
        }

        private void open() {
            QuestionnaireTemplate chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && mayLeave()) {
                edit(model.open(chosen));
            }
        }

        private void duplicate() {
            QuestionnaireTemplate chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && mayLeave()) {
                edit(model.duplicate(chosen));
            }
        }

        /** The editor takes the whole window (its preview needs the room); its back button brings the list back. */
        private void edit(TemplateEditorViewModel opened) {
            editor = opened;
            left = left == null ? root.getLeft() : left;
            root.setLeft(null);
            root.setCenter(new TemplateEditorView(opened, formats, written -> model.refresh(), this::backToList));
        }

        private void backToList() {
            if (mayLeave()) {
                editor = null;
                root.setLeft(left);
                root.setCenter(empty);
            }
        }

        /** True when there is no unsaved change, or the assessor agrees to drop it. */
        private boolean mayLeave() {
            if (editor == null
                    || editor.isReadOnly()
                    || !editor.unsavedProperty().get()) {
                return true;
            }
            Alert ask = Buttons.alert(Alert.AlertType.CONFIRMATION);
            ask.initOwner(stage);
            ask.setTitle("AI Risk Workbench");
            ask.setHeaderText(
                    "Drop the unsaved changes to \u201c" + editor.template().title() + "\u201d?");
            ask.setContentText("They are lost unless you cancel and save them first.");
            return ask.showAndWait().filter(b -> b == Buttons.OK).isPresent();
        }
    }
}
