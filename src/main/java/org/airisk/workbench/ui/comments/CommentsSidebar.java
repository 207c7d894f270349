package org.airisk.workbench.ui.comments;

import java.util.UUID;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.airisk.workbench.comments.CommentAnchor;
import org.airisk.workbench.comments.CommentBook;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.Buttons;

/**
 * The comments beside an open assessment, on the window's right: once it has comments, a narrow strip with a
 * "Comments" button and the count of open threads until asked for (the button, View › Comments or Ctrl+Shift+M),
 * then the {@link CommentsPanel}. It follows
 * what the assessor looks at (the focused question, the selected risk or plan item) so a new comment is on that.
 * It leaves when the window shows something other than the assessment.
 */
public final class CommentsSidebar {
    public static final String SHORTCUT = "Shortcut+Shift+M";
    private final CommentBook book;
    private final Supplier<UserIdentity> who;
    private final BackgroundWork background;
    private final UserFormats formats;
    private final StackPane node = new StackPane();
    private CommentsViewModel model;
    private CommentsPanel panel;
    private VBox strip;
    private boolean expanded;
    private Supplier<CommentAnchor> context = () -> null;

    public CommentsSidebar(
            CommentBook book, Supplier<UserIdentity> who, BackgroundWork background, UserFormats formats) {
        this.book = book;
        this.who = who;
        this.background = background;
        this.formats = formats;
        node.setId("comments-sidebar");
    }

    /**
     * Shows the comments of the assessment just opened beside its tabs, collapsed as they were left.
     *
     * @param context what the assessor is looking at in the tabs (null when nothing in particular)
     */
    public void show(BorderPane root, Node tabs, UUID assessment, AnchorNames names, Supplier<CommentAnchor> context) {
        this.context = context;
        model = new CommentsViewModel(assessment, book, who, background, names);
        panel = new CommentsPanel(model, formats, this::toggle);
        Button open = new Button();
        open.setId("comments-show");
        open.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> "Comments \u00b7 " + model.openCountProperty().get() + " open",
                        model.openCountProperty()));
        open.setOnAction(e -> toggle());
        Buttons.hint(open, "Show the comments", SHORTCUT);
        open.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
        open.setRotate(-90);
        strip = new VBox(new Group(open));
        strip.getStyleClass().add("comments-strip");
        model.rows().addListener((ListChangeListener<CommentsViewModel.Row>) c -> shown());
        shown();
        root.setRight(node);
        // Once the click that moved the focus has also changed the selection; and as the focus leaves the tabs.
        ChangeListener<Node> focus = (obs, old, owner) -> {
            if (owner != null && inside(owner, tabs)) {
                Platform.runLater(() -> model.lookingAt(context.get()));
            } else if (old != null && inside(old, tabs)) {
                model.lookingAt(context.get());
            }
        };
        if (root.getScene() != null) {
            root.getScene().focusOwnerProperty().addListener(focus);
        }
        root.centerProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Node> obs, Node old, Node center) {
                if (center != tabs) {
                    if (root.getRight() == node) {
                        root.setRight(null);
                    }
                    if (root.getScene() != null) {
                        root.getScene().focusOwnerProperty().removeListener(focus);
                    }
                    root.centerProperty().removeListener(this);
                }
            }
        });
        model.lookingAt(context.get());
        model.refresh();
    }

    /** Shows the panel, or hides it back to the strip. */
    public void toggle() {
        if (model == null || node.getParent() == null) {
            return;
        }
        expanded = !expanded;
        shown();
        if (expanded) {
            model.lookingAt(context.get());
            panel.focusText();
        }
    }

    /**
     * The panel, or the strip with the count while the assessment has comments; nothing while it has none (the window
     * keeps its width for the assessment; View › Comments opens the panel).
     */
    private void shown() {
        javafx.scene.Node wanted = expanded ? panel : model.rows().isEmpty() ? null : strip;
        if (wanted == null) {
            node.getChildren().clear();
        } else if (node.getChildren().size() != 1 || node.getChildren().get(0) != wanted) {
            node.getChildren().setAll(wanted);
        }
    }

    /** The open assessment's comments, for tests and snapshots; null before one was opened. */
    public CommentsViewModel model() {
        return model;
    }

    private static boolean inside(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
