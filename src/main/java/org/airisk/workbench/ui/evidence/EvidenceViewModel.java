package org.airisk.workbench.ui.evidence;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.airisk.workbench.evidence.Evidence;
import org.airisk.workbench.evidence.EvidenceAnchor;
import org.airisk.workbench.evidence.EvidenceFiles;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.UserMessages;

/**
 * The evidence of one open assessment: the files, what each supports, and attaching, saving a copy and removing
 * (with undo). The work runs in the background; {@link #messageProperty()} says what happened.
 */
public final class EvidenceViewModel {
    /** Something evidence can be attached to, named as the assessor sees it. */
    public record Target(EvidenceAnchor anchor, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One file as the list shows it. */
    public record Row(Evidence evidence, String supports, String added) {}

    private final UUID assessment;
    private final EvidenceFiles files;
    private final BackgroundWork background;
    private final Supplier<String> user;
    private final UserFormats formats;
    private final List<Target> targets;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Target> attachTo = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Evidence> lastRemoved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /**
     * @param targets what files can be attached to, the whole assessment first; names the list's "Supports" column
     * @param user    the name recorded as having attached a file (Edit › Your details)
     */
    public EvidenceViewModel(
            UUID assessment,
            EvidenceFiles files,
            BackgroundWork background,
            List<Target> targets,
            Supplier<String> user,
            UserFormats formats) {
        this.assessment = assessment;
        this.files = files;
        this.background = background;
        this.targets = List.copyOf(targets);
        this.user = user;
        this.formats = formats;
        attachTo.set(this.targets.isEmpty() ? null : this.targets.get(0));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public List<Target> targets() {
        return targets;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Target> attachToProperty() {
        return attachTo;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Evidence> lastRemovedProperty() {
        return lastRemoved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Reads the list from the library. */
    public void load() {
        run(() -> files.list(assessment), list -> {
            rows.setAll(list.stream().map(this::row).toList());
            if (message.get().isEmpty()) {
                message.set(
                        list.isEmpty()
                                ? "No evidence yet. Attach policies, test results or model cards to "
                                        + "the assessment, a question, a risk or a plan item."
                                : "");
            }
        });
    }

    private Row row(Evidence e) {
        String supports = targets.stream()
                .filter(t -> t.anchor().equals(e.anchor()))
                .map(Target::label)
                .findFirst()
                .orElse(e.anchor().encode());
        return new Row(e, supports, formats.dateTime(e.addedAt()) + (e.addedBy().isEmpty() ? "" : ", " + e.addedBy()));
    }

    public void attach(Path file) {
        Target target = attachTo.get() == null ? new Target(EvidenceAnchor.WHOLE_ASSESSMENT, "") : attachTo.get();
        run(() -> files.attach(assessment, target.anchor(), file, user.get()), added -> {
            message.set("Attached \u201c" + added.fileName() + "\u201d (" + Evidence.readableSize(added.size())
                    + ", SHA-256 " + added.sha256().substring(0, 12) + "\u2026).");
            load();
        });
    }

    public void saveCopy(Row row, Path target) {
        run(
                () -> {
                    files.saveCopy(row.evidence().id(), target);
                    return target;
                },
                saved -> message.set("Saved a copy of \u201c" + row.evidence().fileName() + "\u201d to " + saved
                        + "; its SHA-256 matches the one recorded."));
    }

    public void remove(Row row) {
        run(
                () -> {
                    files.remove(row.evidence().id());
                    return row.evidence();
                },
                removed -> {
                    lastRemoved.set(removed);
                    message.set("Removed \u201c" + removed.fileName() + "\u201d. Undo puts it back.");
                    load();
                });
    }

    public void undoRemove() {
        Evidence removed = lastRemoved.get();
        if (removed == null) {
            return;
        }
        run(
                () -> {
                    files.restore(removed.id());
                    return removed;
                },
                back -> {
                    lastRemoved.set(null);
                    message.set("\u201c" + back.fileName() + "\u201d is back.");
                    load();
                });
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        busy.set(true);
        background.submit(
                work,
                result -> {
                    busy.set(false);
                    done.accept(result);
                },
                failure -> {
                    busy.set(false);
                    message.set(UserMessages.describe(failure));
                });
    }
}
