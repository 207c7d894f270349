package org.airisk.workbench.ui.shell;

import java.util.function.Consumer;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.airisk.workbench.settings.Preferences;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.signing.SigningKeys;
import org.airisk.workbench.ui.BackgroundWork;

/**
 * Who the user is and their signing key: Edit › Your details, and the one question before a name is first
 * recorded ({@link #ensureKnown}), which review actions call before they record who acted.
 */
public final class YourDetails {
    static final String ASKED_BEFORE_RECORDING = "What you do next is recorded with your name. Say who you are "
            + "once; you can change it later in Edit \u203a Your details.";

    private final Preferences preferences;
    private final SigningKeys keys;
    private final BackgroundWork background;
    private final FileFolders folders;
    /** Asked once a run at most: a user who cancels is recorded as "Unnamed user" and not asked at every click. */
    private boolean askedThisRun;

    public YourDetails(Preferences preferences, SigningKeys keys, BackgroundWork background, FileFolders folders) {
        this.preferences = preferences;
        this.keys = keys;
        this.background = background;
        this.folders = folders;
    }

    /** Edit › Your details… */
    public MenuItem menuItem(Window owner) {
        MenuItem item = new MenuItem("Your details\u2026");
        item.setId("menu-your-details");
        item.setOnAction(e -> show(owner, null, UserIdentity.UNKNOWN, saved -> {}));
        return item;
    }

    /**
     * Hands the user's identity to {@code then}: at once when they have given their name, else after asking them
     * (once a run); {@link UserIdentity#UNKNOWN} when they decline. Call on the FX thread.
     */
    public void ensureKnown(Window owner, Consumer<UserIdentity> then) {
        background.submit(
                () -> UserIdentity.read(preferences),
                identity -> {
                    if (identity.isKnown() || askedThisRun) {
                        then.accept(identity);
                        return;
                    }
                    askedThisRun = true;
                    show(owner, ASKED_BEFORE_RECORDING, identity, then);
                },
                failure -> then.accept(UserIdentity.UNKNOWN));
    }

    /** @param otherwise what {@code then} gets when the user cancels */
    private void show(Window owner, String notice, UserIdentity otherwise, Consumer<UserIdentity> then) {
        YourDetailsViewModel model = new YourDetailsViewModel(preferences, keys, background);
        YourDetailsDialog dialog = new YourDetailsDialog(owner, model, folders, notice);
        model.load(() -> {});
        then.accept(dialog.ask().orElse(otherwise));
    }
}
