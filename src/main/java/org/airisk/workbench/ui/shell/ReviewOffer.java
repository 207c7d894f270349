package org.airisk.workbench.ui.shell;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.stage.Stage;
import org.airisk.workbench.changes.Reassessment;
import org.airisk.workbench.changes.StartReassessment;
import org.airisk.workbench.review.ReviewRepository;
import org.airisk.workbench.review.SignOffSignatures;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.signing.SigningKeys;
import org.airisk.workbench.ui.review.ReviewActions;
import org.airisk.workbench.ui.review.ReviewViewModel;

/**
 * Builds what the review port offers the window: the Review menu and banner, the versions of an assessment, and
 * starting a re-assessment. Asks for the assessor's details before a decision is recorded when they are offered.
 */
final class ReviewOffer {
    private final Stage stage;
    private final WindowPorts ports;
    private final WindowSurroundings around;
    private final OfferedActions offered;

    ReviewOffer(Stage stage, WindowPorts ports, WindowSurroundings around, OfferedActions offered) {
        this.stage = stage;
        this.ports = ports;
        this.around = around;
        this.offered = offered;
    }

    /** @param reassessed opens a re-assessment just started (its id), after the library is refreshed */
    void offer(ReviewRepository reviews, SigningKeys keys, Consumer<UUID> reassessed) {
        ReviewActions review = new ReviewActions(
                stage,
                new ReviewViewModel(
                        reviews,
                        new SignOffSignatures(keys),
                        around.background(),
                        () -> UserIdentity.read(ports.preferences()),
                        around.formats()));
        review.askWhoBeforeRecording((owner, then) -> {
            if (offered.yourDetails != null) {
                offered.yourDetails.ensureKnown(owner, then);
            } else {
                then.accept(review.model().identityProperty().get());
            }
        });
        offered.review = review;
        offered.versions = new VersionsActions(reviews, ports.reports(), around.background(), around.formats());
        offered.reassess = new ReassessActions(
                new StartReassessment(
                        ports.assessments(),
                        ports.registers(),
                        ports.templates()::find,
                        ports.templates()::newest,
                        new Reassessment(around.clock())),
                reviews,
                around.background(),
                reassessed);
    }
}
