package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.exchangedata.AssessmentPackages;
import org.airisk.workbench.exchangedata.EncryptedPackage;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.reportdata.ReportFiles;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcPackageStore;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.library.AssessmentRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Importing a package in the real window, as a double-clicked file or a drop does: checked, asked, imported; a
 * password-protected one asks for its password, three tries.
 */
class PackageGuiTest {
    @TempDir
    Path folder;

    /** A new assessment in a colleague's library. */
    private static UUID colleagues(WorkbenchDatabase db, String title) {
        return new JdbcAssessmentRepository(db, TestClock.FIXED)
                .create(new NewAssessment(title, "Claims Triage", "Bo", "foundation-model-assessment", 1))
                .id();
    }

    private static AssessmentPackages packages(WorkbenchDatabase db) {
        return new AssessmentPackages(
                new JdbcPackageStore(db, TestClock.FIXED), TemplateLibrary.load(null), TestClock.FIXED);
    }

    @Test
    void aPackageIsImportedOnConsentAndABrokenOneIsRefusedWithItsReason() throws Exception {
        Path file = folder.resolve("from-colleague.airisk.json");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder.resolve("colleague"))) {
            UUID id = colleagues(db, "Colleague's review");
            // the package will say 5 %, as a package from another tool might; the library shows the real figure
            new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .saveAnswer(id, "profile_domain", new Answer.Choice("education"), new Progress(1, 20));
            packages(db).export(List.of(id), file);
        }
        Path broken = folder.resolve("broken.airisk.json");
        Files.writeString(broken, Files.readString(file).substring(0, 200));

        GuiSession gui = new GuiSession(folder.resolve("mine")).start();
        FxRobot robot = gui.robot;
        TableView<?> library = robot.lookup("#library-table").queryAs(TableView.class);
        assertEquals(1, library.getItems().size());

        robot.interact(() -> gui.window().importPackage(broken));
        gui.waitUntil(
                "refused",
                () -> robot.lookup("Nothing was imported from broken.airisk.json")
                        .tryQuery()
                        .isPresent());
        gui.screenshotOf(".dialog-pane", "import-refused");
        robot.clickOn("OK");
        assertEquals(1, library.getItems().size(), "the library is unchanged");

        robot.interact(() -> gui.window().importPackage(file));
        gui.waitUntil("asked", () -> robot.lookup("Import").tryQuery().isPresent());
        robot.clickOn("Import");
        gui.waitUntil("imported", () -> library.getItems().size() == 2);
        assertTrue(robot.lookup("Colleague's review").tryQuery().isPresent());
        robot.clickOn("OK");
        int truly = new AnsweredQuestionnaire(
                        TemplateLibrary.load(null)
                                .find("foundation-model-assessment", 1)
                                .orElseThrow(),
                        Map.of("profile_domain", new Answer.Choice("education")))
                .progress()
                .percent();
        gui.waitUntil(
                "scored without being opened",
                () -> library.getItems().stream()
                        .map(r -> (AssessmentRow) r)
                        .anyMatch(r -> r.title().equals("Colleague's review") && r.progressPercent() == truly));

        // the report of the sample, in the background, announced when written
        Path pdf = folder.resolve("sample.pdf");
        var sample = library.getItems().stream()
                .map(r -> (AssessmentRow) r)
                .filter(r -> r.title().startsWith("Sample"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> gui.window().exportReport(sample.id(), sample.title(), ReportFiles.Format.PDF, pdf));
        gui.waitUntil(
                "report ready", () -> robot.lookup("Report ready").tryQuery().isPresent());
        assertTrue(Files.size(pdf) > 10_000);
        robot.clickOn("OK");
        gui.close();
    }

    @Test
    void theWindowAsksForThePasswordThreeTimesAndImportsWithTheRightOne() throws Exception {
        Path file = folder.resolve("protected.airisk.json");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder.resolve("colleague"))) {
            packages(db)
                    .export(
                            List.of(colleagues(db, "Confidential review")),
                            file,
                            "ridge-lantern-orchard-42".toCharArray());
        }
        GuiSession gui = new GuiSession(folder.resolve("mine")).start();
        FxRobot robot = gui.robot;
        TableView<?> library = robot.lookup("#library-table").queryAs(TableView.class);
        assertEquals(1, library.getItems().size());

        robot.interact(() -> gui.window().importPackage(file));
        for (int attempt = 1; attempt <= 3; attempt++) {
            String header = attempt == 1
                    ? "protected.airisk.json is protected with a password."
                    : "That password did not open protected.airisk.json (try " + attempt + " of 3).";
            gui.waitUntil(
                    "asked, try " + attempt,
                    () -> robot.lookup(header).tryQuery().isPresent());
            if (attempt == 1) {
                gui.screenshotOf(".dialog-pane", "package-password");
            }
            // Enter presses Open, the dialog's default button (the library has an Open button of its own)
            robot.clickOn("#package-password").write("wrong guess " + attempt).push(KeyCode.ENTER);
        }
        gui.waitUntil(
                "refused",
                () -> robot.lookup("Nothing was imported from protected.airisk.json")
                        .tryQuery()
                        .isPresent());
        assertTrue(robot.lookup("The file: " + EncryptedPackage.REFUSED + "\n\nThe library is unchanged and the "
                        + "file was left as it is.")
                .tryQuery()
                .isPresent());
        robot.clickOn("OK");
        assertEquals(1, library.getItems().size(), "the library is unchanged");

        robot.interact(() -> gui.window().importPackage(file));
        gui.waitUntil(
                "asked again",
                () -> robot.lookup("#package-password").tryQuery().isPresent());
        robot.clickOn("#package-password").write("ridge-lantern-orchard-42").push(KeyCode.ENTER);
        gui.waitUntil("opened", () -> robot.lookup("Import").tryQuery().isPresent());
        robot.clickOn("Import");
        gui.waitUntil("imported", () -> library.getItems().size() == 2);
        assertTrue(robot.lookup("Confidential review").tryQuery().isPresent());
        robot.clickOn("OK");

        // and out again, protected: the password typed twice, with the hint and the warning
        var imported = library.getItems().stream()
                .map(r -> (AssessmentRow) r)
                .filter(r -> r.title().equals("Confidential review"))
                .findFirst()
                .orElseThrow();
        Path out = folder.resolve("out.airisk.json");
        // not waited for: the password dialog waits for the user on the FX thread
        Platform.runLater(() -> gui.window().exportPackage(imported.id(), imported.title(), out, true));
        gui.waitUntil(
                "asked for a new password",
                () -> robot.lookup("#package-password-again").tryQuery().isPresent());
        Button protect = robot.lookup("Protect and export").queryButton();
        assertTrue(protect.isDisabled(), "nothing typed yet");
        assertTrue(robot.lookup("Keep the password safe: without it nobody, not even you, can open the package. "
                        + "A lost password cannot be recovered.")
                .tryQuery()
                .isPresent());
        robot.clickOn("#package-password").write("tulip");
        robot.clickOn("#package-password-again").write("tulip");
        assertEquals(
                "Only 5 characters: at least 12 are advised.",
                robot.lookup("#password-hint").queryLabeled().getText());
        robot.clickOn("#package-password-again").write("s");
        assertEquals(
                "The two entries differ.",
                robot.lookup("#password-hint").queryLabeled().getText());
        assertTrue(protect.isDisabled(), "the entries differ");
        robot.clickOn("#package-password").write("s-in-the-spring");
        robot.clickOn("#package-password-again").write("-in-the-spring");
        assertEquals(
                "Good: 20 characters.",
                robot.lookup("#password-hint").queryLabeled().getText());
        gui.screenshotOf(".dialog-pane", "package-new-password");
        robot.clickOn("Protect and export");
        gui.waitUntil(
                "exported", () -> robot.lookup("Export finished").tryQuery().isPresent());
        robot.clickOn("OK");
        gui.close();
        assertTrue(AssessmentPackages.isEncrypted(out));
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder.resolve("recipient"))) {
            assertTrue(
                    packages(db)
                            .preview(out, "tulips-in-the-spring".toCharArray())
                            .ok(),
                    "opens with it");
            assertTrue(packages(db).preview(out, "tulip".toCharArray()).refusedPassword());
        }
    }
}
