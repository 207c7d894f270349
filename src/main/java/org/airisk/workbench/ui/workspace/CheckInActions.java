package org.airisk.workbench.ui.workspace;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.airisk.workbench.exchange.OfflineWork;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.settings.TeamServer;
import org.airisk.workbench.settings.Workspace;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.UserMessages;

/**
 * File › Check out to this computer…, Check in… and Checked out… (ADR 0044). Check-out is offered on a team
 * workspace, check-in in this computer's library for an assessment checked out to it; the items are greyed out
 * otherwise, as the File menu opens.
 */
public final class CheckInActions {
    private final Workspace current;
    private final OfflineWork work;
    private final BackgroundWork background;
    private final UserFormats formats;
    /** What is checked out, as last read: for greying out Check in… and naming the workspace to check in to. */
    private volatile List<OfflineWork.CheckedOut> known = List.of();

    public CheckInActions(Workspace current, OfflineWork work, BackgroundWork background, UserFormats formats) {
        this.current = current;
        this.work = work;
        this.background = background;
        this.formats = formats;
    }

    /**
     * @param assessment  the open or selected assessment (id and title)
     * @param libraryChanged run after a check-out or check-in wrote, to show the library anew
     */
    public List<MenuItem> items(
            Window owner, Supplier<Optional<Map.Entry<UUID, String>>> assessment, Runnable libraryChanged) {
        boolean team = current instanceof TeamServer;
        MenuItem checkOut = new MenuItem("Check out to this computer\u2026");
        checkOut.setId("menu-check-out");
        checkOut.setOnAction(e -> assessment.get().ifPresent(a -> {
            CheckInViewModel model = model();
            new CheckInDialog(owner, "Check out \u201c" + a.getValue() + "\u201d", model, () -> {}).show();
            model.checkOut(a.getKey(), () -> {
                libraryChanged.run();
                refresh();
            });
        }));
        MenuItem checkIn = new MenuItem("Check in\u2026");
        checkIn.setId("menu-check-in");
        checkIn.setOnAction(e -> assessment.get().ifPresent(a -> checkIn(owner, a, libraryChanged)));
        MenuItem list = new MenuItem("Checked out\u2026");
        list.setId("menu-checked-out");
        list.setOnAction(e -> {
            CheckInViewModel model = model();
            new CheckedOutDialog(owner, team, model, formats).show();
            model.loadCheckedOut();
        });
        EventHandler<javafx.event.Event> grey = e -> {
            Optional<UUID> id = assessment.get().map(Map.Entry::getKey);
            checkOut.setDisable(!team || id.isEmpty());
            checkIn.setDisable(team || id.flatMap(this::checkedOut).isEmpty());
            if (!team) { // read as the menu opens, not at start: the first frame does not wait on it
                refresh(() -> checkIn.setDisable(id.flatMap(this::checkedOut).isEmpty()));
            }
        };
        checkOut.parentMenuProperty().addListener((obs, old, menu) -> {
            if (menu != null) {
                menu.addEventHandler(Menu.ON_SHOWING, grey);
            }
        });
        return List.of(new SeparatorMenuItem(), checkOut, checkIn, list);
    }

    private void checkIn(Window owner, Map.Entry<UUID, String> assessment, Runnable libraryChanged) {
        Optional<OfflineWork.CheckedOut> checkout = checkedOut(assessment.getKey());
        if (checkout.isEmpty()) {
            return;
        }
        TeamPassword.ask(owner, checkout.get().workspace()).ifPresent(password -> {
            CheckInViewModel model = model();
            Runnable written = () -> {
                libraryChanged.run();
                refresh();
            };
            new CheckInDialog(owner, "Check in \u201c" + assessment.getValue() + "\u201d", model, written).show();
            model.checkIn(assessment.getKey(), password, written);
        });
    }

    private Optional<OfflineWork.CheckedOut> checkedOut(UUID id) {
        return known.stream().filter(c -> c.assessment().equals(id)).findFirst();
    }

    private CheckInViewModel model() {
        return new CheckInViewModel(work, background);
    }

    /** Reads what is checked out again, in the background. */
    private void refresh() {
        refresh(() -> {});
    }

    /** Reads what is checked out again, in the background, then runs {@code then} on the FX thread. */
    private void refresh(Runnable then) {
        background.submit(
                work::checkedOut,
                all -> {
                    known = all;
                    then.run();
                },
                UserMessages.logOnly("read what is checked out"));
    }
}
