package org.airisk.workbench.ui.workspace;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.airisk.workbench.exchange.CheckInMerge.Keep;
import org.airisk.workbench.exchange.OfflineWork;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.UserMessages;

/**
 * Check-out and check-in as the window does them, without a window (ADR 0044): the work runs in the background
 * while {@link #busyProperty()} is true; what came of it is in {@link #messageProperty()}, and a check-in's
 * conflicts in {@link #conflicts()}, each with the side the assessor chose to keep.
 */
public final class CheckInViewModel {
    /** One conflict and the side chosen for it (null while none is). */
    public static final class Row {
        private final OfflineWork.OpenConflict conflict;
        private final ObjectProperty<Keep> keep = new SimpleObjectProperty<>();

        Row(OfflineWork.OpenConflict conflict) {
            this.conflict = conflict;
        }

        public OfflineWork.OpenConflict conflict() {
            return conflict;
        }

        public ObjectProperty<Keep> keepProperty() {
            return keep;
        }
    }

    private final OfflineWork work;
    private final BackgroundWork background;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty done = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<Row> conflicts =
            FXCollections.observableArrayList(row -> new Observable[] {row.keepProperty()});
    private final ObservableList<OfflineWork.CheckedOut> checkedOut = FXCollections.observableArrayList();
    private UUID id;
    /** The team workspace's password between a check-in with conflicts and the one that settles them. */
    private char[] password;

    public CheckInViewModel(OfflineWork work, BackgroundWork background) {
        this.work = work;
        this.background = background;
    }

    /** Checks the assessment out; {@code then} runs once it is in this computer's library. */
    public void checkOut(UUID id, Runnable then) {
        run(() -> work.checkOut(id), title -> {
            message.set("\u201c" + title + "\u201d is checked out to this computer's library. Use this computer's "
                    + "library to work on it offline, then File \u203a Check in\u2026");
            done.set(true);
            then.run();
        });
    }

    /** Reads the assessments checked out into {@link #checkedOut()}. */
    public void loadCheckedOut() {
        run(work::checkedOut, checkedOut::setAll);
    }

    /** Checks the assessment in with no conflict settled yet; the view model keeps the password until closed. */
    public void checkIn(UUID id, char[] password, Runnable then) {
        forget();
        this.id = id;
        this.password = password;
        conflicts.clear();
        checkIn(Map.of(), then);
    }

    /** Keeps this side for every conflict. */
    public void keepForAll(Keep side) {
        conflicts.forEach(row -> row.keepProperty().set(side));
    }

    /** True while a conflict has no side chosen, or work is running: nothing to apply yet. */
    public BooleanBinding applyDisabled() {
        return Bindings.createBooleanBinding(
                () -> busy.get()
                        || conflicts.isEmpty()
                        || conflicts.stream().anyMatch(r -> r.keepProperty().get() == null),
                busy,
                conflicts);
    }

    /** Checks in again, keeping for each conflict the side chosen. */
    public void apply(Runnable then) {
        Map<String, Keep> choices = new HashMap<>();
        conflicts.forEach(
                row -> choices.put(row.conflict().id(), row.keepProperty().get()));
        checkIn(choices, then);
    }

    private void checkIn(Map<String, Keep> choices, Runnable then) {
        UUID target = id;
        char[] key = password;
        run(() -> work.checkIn(target, key == null ? new char[0] : key.clone(), choices), result -> {
            if (result.clean()) {
                conflicts.clear();
                forget();
                message.set("\u201c" + result.title() + "\u201d is checked in to the team workspace, merged with "
                        + "colleagues' changes; the offline copy was released.");
                done.set(true);
                then.run();
                return;
            }
            conflicts.setAll(result.conflicts().stream().map(Row::new).toList());
            int n = conflicts.size();
            message.set(n + (n == 1 ? " thing was" : " things were") + " changed differently here and in the team "
                    + "workspace. Choose which to keep for each; nothing is written until you check in.");
        });
    }

    private <T> void run(java.util.concurrent.Callable<T> task, Consumer<T> onSuccess) {
        busy.set(true);
        message.set("Working\u2026");
        background.submit(
                task,
                result -> {
                    busy.set(false);
                    message.set("");
                    onSuccess.accept(result);
                },
                failure -> {
                    busy.set(false);
                    message.set(UserMessages.describe(failure));
                });
    }

    /** Clears the password kept for settling conflicts; call when the dialog closes. */
    public void forget() {
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** True once the check-out or check-in was written. */
    public BooleanProperty doneProperty() {
        return done;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<Row> conflicts() {
        return conflicts;
    }

    public ObservableList<OfflineWork.CheckedOut> checkedOut() {
        return checkedOut;
    }
}
