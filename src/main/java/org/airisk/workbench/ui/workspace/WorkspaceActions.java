package org.airisk.workbench.ui.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.airisk.workbench.settings.TeamServer;
import org.airisk.workbench.settings.Workspace;
import org.airisk.workbench.ui.BackgroundWork;

/**
 * File › Connect to team server… and, while connected to one, File › Use this computer's library. Switching needs
 * the open library closed, so the choice goes to {@code apply}, which closes the window and opens it again on the
 * chosen workspace (ADR 0032).
 */
public final class WorkspaceActions {
    private final Workspace current;
    private final TeamServerAccess access;
    private final BackgroundWork background;
    private final Consumer<WorkspaceChoice> apply;

    public WorkspaceActions(
            Workspace current, TeamServerAccess access, BackgroundWork background, Consumer<WorkspaceChoice> apply) {
        this.current = current;
        this.access = access;
        this.background = background;
        this.apply = apply;
    }

    public List<MenuItem> items(Window owner) {
        List<MenuItem> items = new ArrayList<>();
        MenuItem connect = new MenuItem(
                current instanceof TeamServer
                        ? "Connect to another team server\u2026"
                        : "Connect to team server\u2026");
        connect.setId("menu-connect-team");
        connect.setOnAction(e -> {
            ConnectViewModel model = new ConnectViewModel(access, background);
            model.load(ConnectViewModel.DEFAULT_NAME);
            new ConnectDialog(owner, model).ask().ifPresent(apply);
        });
        items.add(connect);
        if (current instanceof TeamServer) {
            MenuItem local = new MenuItem("Use this computer's library");
            local.setId("menu-this-computer");
            local.setOnAction(e -> apply.accept(WorkspaceChoice.THIS_COMPUTER));
            items.add(local);
        }
        return items;
    }
}
