package org.airisk.workbench.ui.comments;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.airisk.workbench.comments.Comment;
import org.airisk.workbench.comments.CommentAnchor;
import org.airisk.workbench.comments.CommentThread;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.ui.Buttons;

/**
 * The comments side panel: threads under what they are on, then one box to write in, with what a new comment is on
 * and the buttons that act on it: a new comment, a reply to the selected thread, resolve (the text, if any, says why)
 * and re-open.
 */
public final class CommentsPanel extends VBox {
    static final double WIDTH = 340;
    private final CommentsViewModel model;
    private final UserFormats formats;
    private final TextArea text = new TextArea();

    public CommentsPanel(CommentsViewModel model, UserFormats formats, Runnable hide) {
        this.model = model;
        this.formats = formats;
        setId("comments-panel");
        getStyleClass().add("comments-panel");
        setSpacing(8);
        setPadding(new Insets(10));
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);

        HBox header = header(hide);
        ListView<CommentsViewModel.Row> list = threadList();
        ComboBox<CommentAnchor> on = anchorChoice();
        Label onLabel = new Label("New comment on");
        onLabel.setLabelFor(on);
        getChildren().addAll(header, list, onLabel, on, writingBox(), actions(), message());
    }

    /** The title, the count of open threads and the button that hides the panel. */
    private HBox header(Runnable hide) {
        Label title = new Label("Comments");
        title.getStyleClass().add(Styles.TITLE_4);
        Label badge = new Label();
        badge.setId("comments-open-count");
        badge.getStyleClass().add("tag");
        badge.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.openCountProperty().get() + " open", model.openCountProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button close = new Button("Hide");
        close.setId("comments-hide");
        close.getStyleClass().add(Styles.FLAT);
        close.setOnAction(e -> hide.run());
        Buttons.hint(close, "Hide the comments", "Shortcut+Shift+M");
        HBox header = new HBox(8, title, badge, gap, close);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /** The threads under what they are on; selecting a thread is what a reply answers. */
    private ListView<CommentsViewModel.Row> threadList() {
        ListView<CommentsViewModel.Row> list = new ListView<>(model.rows());
        list.setId("comments-list");
        list.setPlaceholder(new Label("No comments yet. Write one below."));
        list.setCellFactory(v -> new RowCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row instanceof CommentsViewModel.Heading) {
                // a heading is not something to reply to
                Platform.runLater(() -> list.getSelectionModel().clearSelection());
            }
            model.selectedProperty().set(row instanceof CommentsViewModel.ThreadRow t ? t.thread() : null);
        });
        model.selectedProperty().addListener((obs, old, thread) -> {
            if (thread == null) {
                list.getSelectionModel().clearSelection();
            } else {
                model.rows().stream()
                        .filter(r -> r instanceof CommentsViewModel.ThreadRow t
                                && t.thread()
                                        .opening()
                                        .id()
                                        .equals(thread.opening().id()))
                        .findFirst()
                        .ifPresent(r -> list.getSelectionModel().select(r));
            }
        });
        return list;
    }

    /** What a new comment is on. */
    private ComboBox<CommentAnchor> anchorChoice() {
        ComboBox<CommentAnchor> on = new ComboBox<>(model.anchors());
        on.setId("comments-anchor");
        on.valueProperty().bindBidirectional(model.anchorProperty());
        on.setMaxWidth(Double.MAX_VALUE);
        on.setConverter(new StringConverter<>() {
            @Override
            public String toString(CommentAnchor anchor) {
                return anchor == null ? "" : model.name(anchor);
            }

            @Override
            public CommentAnchor fromString(String string) {
                return null;
            }
        });
        return on;
    }

    private TextArea writingBox() {
        text.setId("comments-text");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setPromptText("Write a comment, a reply, or why the thread is resolved");
        text.textProperty().bindBidirectional(model.textProperty());
        return text;
    }

    /** Comment, reply, and resolve or re-open, whichever fits the selected thread. */
    private HBox actions() {
        Button comment = new Button("Comment");
        comment.setId("comments-add");
        comment.getStyleClass().add(Styles.ACCENT);
        comment.setOnAction(e -> model.comment());
        comment.disableProperty().bind(model.textProperty().isEmpty());
        Button reply = new Button("Reply");
        reply.setId("comments-reply");
        reply.setOnAction(e -> model.reply());
        reply.disableProperty()
                .bind(model.selectedProperty().isNull().or(model.textProperty().isEmpty()));
        Button resolve = new Button("Resolve");
        resolve.setId("comments-resolve");
        resolve.setOnAction(e -> model.resolve());
        Button reopen = new Button("Re-open");
        reopen.setId("comments-reopen");
        reopen.setOnAction(e -> model.reopen());
        resolve.visibleProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> model.selectedProperty().get() != null
                                && !model.selectedProperty().get().resolved(),
                        model.selectedProperty()));
        resolve.managedProperty().bind(resolve.visibleProperty());
        reopen.visibleProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> model.selectedProperty().get() != null
                                && model.selectedProperty().get().resolved(),
                        model.selectedProperty()));
        reopen.managedProperty().bind(reopen.visibleProperty());
        return new HBox(8, comment, reply, resolve, reopen);
    }

    private Label message() {
        Label message = new Label();
        message.setId("comments-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    /** Puts the cursor in the writing box. */
    public void focusText() {
        text.requestFocus();
    }

    /** A heading, or a thread: its opening comment and replies, each with who wrote it and when. */
    private final class RowCell extends ListCell<CommentsViewModel.Row> {
        RowCell() {
            setPrefWidth(0); // wrap to the list's width instead of widening it
        }

        @Override
        protected void updateItem(CommentsViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            getStyleClass().removeAll("comments-heading", "comments-resolved");
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            if (row instanceof CommentsViewModel.Heading h) {
                Label name = wrapped(h.name());
                name.getStyleClass().add(Styles.TEXT_BOLD);
                getStyleClass().add("comments-heading");
                setGraphic(name);
                return;
            }
            CommentThread thread = ((CommentsViewModel.ThreadRow) row).thread();
            VBox box = new VBox(6);
            box.getChildren().add(comment(thread.opening()));
            for (Comment r : thread.replies()) {
                VBox reply = comment(r);
                reply.setPadding(new Insets(0, 0, 0, 16));
                box.getChildren().add(reply);
            }
            Label state = wrapped(
                    thread.resolved()
                            ? "Resolved by " + thread.opening().resolution().by() + ", "
                                    + formats.dateTime(
                                            thread.opening().resolution().at())
                            : "Open");
            state.getStyleClass().add(thread.resolved() ? Styles.SUCCESS : Styles.WARNING);
            box.getChildren().add(state);
            if (thread.resolved()) {
                getStyleClass().add("comments-resolved");
            }
            setGraphic(box);
        }

        private VBox comment(Comment c) {
            Label by = new Label(c.byline() + " \u00b7 " + formats.dateTime(c.writtenAt())
                    + (c.version() == null ? "" : " \u00b7 version " + c.version()));
            by.getStyleClass().add(Styles.TEXT_MUTED);
            by.setWrapText(true);
            return new VBox(2, by, wrapped(c.text()));
        }

        private Label wrapped(String s) {
            Label label = new Label(s);
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            // a fixed width, so the cell's height is that of the wrapped text
            label.prefWidthProperty().bind(CommentsPanel.this.widthProperty().subtract(60));
            label.maxWidthProperty().bind(label.prefWidthProperty());
            return label;
        }
    }
}
