package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.AssessmentSummary;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.review.LibraryPages;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.ui.QueuedBackgroundWork;
import org.airisk.workbench.ui.Theme;
import org.airisk.workbench.ui.library.LibraryView;
import org.airisk.workbench.ui.library.LibraryViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The library as a firm's portfolio fills it, at the window's first size (1180 x 760, `WindowStage`): a screenful
 * of rows with a scroll bar, progress up to 100 %, and a search that finds thousands, shown before it is counted
 * (ADR 0050). Nothing a person reads is cut off, in either theme.
 */
class LibraryFullGuiTest {
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        robot.interact(Theme.LIGHT::apply);
    }

    /** Every assessment matches; a search's page says "at least", as the database's does for many matches. */
    private static final class ManyPages implements LibraryPages {
        final List<Row> all = new ArrayList<>();

        ManyPages() {
            for (int i = 0; i < 3000; i++) {
                all.add(new Row(
                        new AssessmentSummary(
                                new UUID(0, i),
                                "Fraud radar review " + i,
                                "Fraud Radar",
                                "Ann",
                                "foundation-model-assessment",
                                1,
                                i % 2 == 0 ? AssessmentStatus.COMPLETE : AssessmentStatus.IN_PROGRESS,
                                i % 2 == 0 ? 100 : 57,
                                Instant.parse("2026-11-25T10:00:00Z").minusSeconds(60L * i)),
                        ReviewStage.DRAFT));
            }
        }

        @Override
        public int count(Query query) {
            return all.size();
        }

        @Override
        public List<Row> rows(Query query, Order order, int offset, int limit) {
            return all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
        }

        @Override
        public Page read(Query query, Order order, int offset, int limit) {
            return query.words().isEmpty()
                    ? LibraryPages.super.read(query, order, offset, limit)
                    : new Page(rows(query, order, offset, limit), 2001, false);
        }
    }

    @Test
    void nothingIsCutOffWithAFullLibraryAndASearchBeingCounted() throws Exception {
        FxToolkit.registerPrimaryStage();
        Stage stage = FxToolkit.registerStage(Stage::new);
        QueuedBackgroundWork queue = new QueuedBackgroundWork();
        LibraryViewModel model =
                new LibraryViewModel(null, new ManyPages(), TemplateLibrary.load(null), queue, id -> {});
        robot.interact(() -> {
            Theme.LIGHT.apply();
            stage.setScene(new Scene(
                    new LibraryView(model, new UserFormats(Locale.UK, ZoneOffset.UTC), () -> {}, () -> {}), 1180, 760));
            stage.show();
            model.refresh();
        });
        robot.interact(queue::runAll);
        List<String> cut = new ArrayList<>();
        check(stage, "library", cut);
        robot.interact(() -> model.searchProperty().set("fraud radar"));
        robot.interact(queue::runNext); // the page; its count still queued
        assertTrue(model.countingProperty().get());
        check(stage, "search being counted", cut);
        robot.interact(Theme.DARK::apply);
        check(stage, "search being counted, dark", cut);
        assertEquals(List.of(), cut, "labels cut off at the window's first size");
    }

    private void check(Stage stage, String what, List<String> cut) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ClippedLabels.in(stage.getScene().getRoot()).forEach(c -> cut.add(what + ": " + c)));
    }
}
