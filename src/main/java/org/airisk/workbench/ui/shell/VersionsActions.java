package org.airisk.workbench.ui.shell;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.report.ReportWriter;
import org.airisk.workbench.review.ReviewRepository;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.changes.VersionsDialog;
import org.airisk.workbench.ui.changes.VersionsViewModel;

/** Review › Versions and changes…, for the open or selected assessment. */
final class VersionsActions {
    private final ReviewRepository reviews;
    private final ReportWriter reports;
    private final BackgroundWork background;
    private final UserFormats formats;

    VersionsActions(ReviewRepository reviews, ReportWriter reports, BackgroundWork background, UserFormats formats) {
        this.reviews = reviews;
        this.reports = reports;
        this.background = background;
        this.formats = formats;
    }

    MenuItem menuItem(Window owner, Supplier<Optional<Map.Entry<UUID, String>>> current) {
        return forCurrent(
                "Versions and changes\u2026",
                "menu-versions",
                current,
                (id, title) -> VersionsDialog.show(
                        owner,
                        title,
                        new VersionsViewModel(
                                id,
                                reviews,
                                VersionsViewModel.comparer(reports::changes, reports::changesSince),
                                background,
                                formats)));
    }

    /** A menu item acting on the open or selected assessment (id and title); nothing when there is none. */
    static MenuItem forCurrent(
            String text,
            String id,
            Supplier<Optional<Map.Entry<UUID, String>>> current,
            BiConsumer<UUID, String> action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> current.get().ifPresent(target -> action.accept(target.getKey(), target.getValue())));
        return item;
    }
}
