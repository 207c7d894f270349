package org.airisk.workbench.ui.audit;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.audit.AuditTrail;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.Buttons;

/** View › Audit trail: reads the trail of the open (or selected) assessment off the FX thread and shows it. */
public final class AuditTrailActions {
    private final AuditTrail trail;
    private final BackgroundWork background;
    private final UserFormats formats;

    public AuditTrailActions(AuditTrail trail, BackgroundWork background, UserFormats formats) {
        this.trail = trail;
        this.background = background;
        this.formats = formats;
    }

    /** @param current the open or selected assessment's id and title, if any */
    public MenuItem item(Window owner, Supplier<Optional<Map.Entry<UUID, String>>> current) {
        MenuItem item = new MenuItem("Audit trail\u2026");
        item.setId("menu-audit-trail");
        item.setOnAction(e -> current.get().ifPresentOrElse(a -> show(owner, a.getKey(), a.getValue()), () -> {
            Alert alert = Buttons.alert(Alert.AlertType.INFORMATION);
            alert.initOwner(owner);
            alert.setTitle("Audit trail");
            alert.setHeaderText("Open or select an assessment first");
            alert.setContentText("The audit trail belongs to one assessment: open it, or select it in the library.");
            alert.show();
        }));
        return item;
    }

    /** Opens the window at once and fills it when the trail has been read and checked. */
    public void show(Window owner, UUID assessment, String title) {
        AuditTrailViewModel model = new AuditTrailViewModel(formats);
        AuditTrailDialog dialog = new AuditTrailDialog(owner, title, model);
        background.submit(
                () -> trail.read(assessment),
                model::show,
                failure -> model.failed(
                        failure instanceof StorageException
                                ? failure.getMessage()
                                : "The audit trail could not be read. Try again; if it keeps failing, restart the workbench."));
        dialog.dialog().show();
    }
}
