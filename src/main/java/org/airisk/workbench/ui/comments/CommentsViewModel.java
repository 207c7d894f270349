package org.airisk.workbench.ui.comments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.airisk.workbench.comments.CommentAnchor;
import org.airisk.workbench.comments.CommentBook;
import org.airisk.workbench.comments.CommentThread;
import org.airisk.workbench.comments.CommentThreads;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.UserMessages;

/**
 * The comments of the open assessment, for the side panel: threads grouped under what they are on, a count of open
 * threads, and writing a comment on the whole assessment or on what the assessor is looking at (the question,
 * the selected risk or plan item), replying, resolving and re-opening. Every save runs in the background.
 */
public final class CommentsViewModel {
    /** One line of the list: a heading naming an anchor, or a thread under it. */
    public sealed interface Row permits Heading, ThreadRow {}

    public record Heading(String name, long open) implements Row {}

    public record ThreadRow(CommentThread thread) implements Row {}

    private final UUID assessment;
    private final CommentBook book;
    private final Supplier<UserIdentity> who;
    private final BackgroundWork background;
    private final AnchorNames names;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper open = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<CommentAnchor> anchors =
            FXCollections.observableArrayList(CommentAnchor.WHOLE_ASSESSMENT);
    private final ObjectProperty<CommentAnchor> anchor = new SimpleObjectProperty<>(CommentAnchor.WHOLE_ASSESSMENT);
    private final ObjectProperty<CommentThread> selected = new SimpleObjectProperty<>();

    /** @param who read in the background, as it may come from the database */
    public CommentsViewModel(
            UUID assessment,
            CommentBook book,
            Supplier<UserIdentity> who,
            BackgroundWork background,
            AnchorNames names) {
        this.assessment = assessment;
        this.book = book;
        this.who = who;
        this.background = background;
        this.names = names;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** How many threads are open: the panel's badge. */
    public ReadOnlyIntegerProperty openCountProperty() {
        return open.getReadOnlyProperty();
    }

    /** What went wrong with the last action, in one sentence; empty when it went well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The text being written: a new comment, a reply, or why a thread is resolved. */
    public StringProperty textProperty() {
        return text;
    }

    /** What a new comment can be on: the whole assessment and what the assessor is looking at. */
    public ObservableList<CommentAnchor> anchors() {
        return anchors;
    }

    public ObjectProperty<CommentAnchor> anchorProperty() {
        return anchor;
    }

    public ObjectProperty<CommentThread> selectedProperty() {
        return selected;
    }

    public String name(CommentAnchor on) {
        return names.name(on);
    }

    /** The question, risk or plan item the assessor is on (null: none), offered and chosen for a new comment. */
    public void lookingAt(CommentAnchor context) {
        List<CommentAnchor> choices = new ArrayList<>(List.of(CommentAnchor.WHOLE_ASSESSMENT));
        if (context != null && !context.equals(CommentAnchor.WHOLE_ASSESSMENT)) {
            choices.add(context);
        }
        if (!anchors.equals(choices)) {
            anchors.setAll(choices);
        }
        anchor.set(choices.get(choices.size() - 1));
    }

    public void refresh() {
        background.submit(() -> book.threads(assessment), this::show, this::failed);
    }

    /** Opens a thread on the chosen anchor with the text written. */
    public void comment() {
        CommentAnchor on = anchor.get() == null ? CommentAnchor.WHOLE_ASSESSMENT : anchor.get();
        String written = text.get();
        run(() -> book.comment(assessment, on, null, written, who.get()));
    }

    /** Replies to the selected thread with the text written. */
    public void reply() {
        String written = text.get();
        onSelected("reply to", thread -> book.reply(thread.opening().id(), written, who.get()));
    }

    /** Resolves the selected thread; the text written, if any, is the reply saying why. */
    public void resolve() {
        String reason = text.get();
        onSelected("resolve", thread -> book.resolve(thread.opening().id(), reason, who.get()));
    }

    public void reopen() {
        onSelected("re-open", thread -> book.reopen(thread.opening().id(), who.get()));
    }

    private void onSelected(String verb, Consumer<CommentThread> change) {
        CommentThread thread = selected.get();
        if (thread == null) {
            message.set("Select the thread to " + verb + ".");
            return;
        }
        run(() -> change.accept(thread));
    }

    private void run(Runnable change) {
        message.set("");
        String sent = text.get();
        background.submit(
                () -> {
                    change.run();
                    return book.threads(assessment);
                },
                threads -> {
                    // what was typed while the change was saving is the next comment: kept
                    if (Objects.equals(text.get(), sent)) {
                        text.set("");
                    }
                    show(threads);
                },
                this::failed);
    }

    private void show(CommentThreads threads) {
        UUID wasSelected =
                selected.get() == null ? null : selected.get().opening().id();
        List<Row> shown = new ArrayList<>();
        CommentThread reselect = null;
        for (Map.Entry<CommentAnchor, List<CommentThread>> on :
                threads.byAnchor().entrySet()) {
            shown.add(new Heading(
                    names.name(on.getKey()),
                    on.getValue().stream().filter(t -> !t.resolved()).count()));
            for (CommentThread t : on.getValue()) {
                shown.add(new ThreadRow(t));
                if (t.opening().id().equals(wasSelected)) {
                    reselect = t;
                }
            }
        }
        rows.setAll(shown);
        open.set((int) threads.openCount());
        selected.set(reselect);
    }

    private void failed(Throwable e) {
        message.set(e instanceof CommentBook.CommentRefused ? e.getMessage() : UserMessages.describe(e));
    }
}
