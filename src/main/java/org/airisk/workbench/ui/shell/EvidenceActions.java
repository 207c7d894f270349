package org.airisk.workbench.ui.shell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.evidence.EvidenceAnchor;
import org.airisk.workbench.evidence.EvidenceFiles;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.UserMessages;
import org.airisk.workbench.ui.evidence.EvidenceDialog;
import org.airisk.workbench.ui.evidence.EvidenceViewModel;
import org.airisk.workbench.ui.evidence.EvidenceViewModel.Target;
import org.airisk.workbench.ui.register.ScoringSession;

/** Edit › Evidence for the open assessment: what files can support, and the desktop's file dialogs and viewer. */
final class EvidenceActions {
    private static final int LABEL_LENGTH = 80;
    private final EvidenceFiles files;
    private final BackgroundWork background;
    private final Supplier<String> user;
    private final UserFormats formats;
    private final FileFolders folders;

    EvidenceActions(
            EvidenceFiles files,
            BackgroundWork background,
            Supplier<String> user,
            UserFormats formats,
            FileFolders folders) {
        this.files = files;
        this.background = background;
        this.user = user;
        this.formats = formats;
        this.folders = folders;
    }

    void show(Window owner, UUID assessment, String title, ScoringSession session) {
        EvidenceViewModel model = new EvidenceViewModel(assessment, files, background, targets(session), user, formats);
        EvidenceDialog.show(
                owner,
                title,
                model,
                new EvidenceDialog.Desktop(
                        this::chooseFile,
                        this::chooseTarget,
                        evidence -> background.submit(
                                () -> {
                                    Path folder = Files.createTempDirectory("airisk-evidence-");
                                    Path copy = folder.resolve(evidence.fileName());
                                    files.saveCopy(evidence.id(), copy);
                                    try {
                                        return SystemViewer.open(copy);
                                    } catch (IOException e) {
                                        throw new StorageException(
                                                "The system found no program for \u201c" + evidence.fileName()
                                                        + "\u201d. Save a copy and open it from there.",
                                                e);
                                    }
                                },
                                ignored -> {},
                                failure -> Dialogs.error(
                                        owner, "Could not open the file", UserMessages.describe(failure)))));
    }

    /** The whole assessment, every question, every risk in the register (highest first) and every plan item. */
    static List<Target> targets(ScoringSession session) {
        List<Target> targets = new ArrayList<>();
        targets.add(new Target(EvidenceAnchor.WHOLE_ASSESSMENT, "The whole assessment"));
        session.answers()
                .template()
                .questions()
                .forEach((Question q) ->
                        targets.add(new Target(EvidenceAnchor.question(q.id()), "Question: " + shorten(q.text()))));
        if (session.registerProperty().get() != null) {
            for (RiskScore s : session.registerProperty().get().ranked()) {
                targets.add(new Target(
                        EvidenceAnchor.risk(s.riskId()),
                        "Risk: " + shorten(s.risk().name())));
            }
        }
        for (PlanItem item : session.planItems()) {
            targets.add(new Target(EvidenceAnchor.planItem(item.id().toString()), "Plan: " + shorten(item.title())));
        }
        return targets;
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= LABEL_LENGTH ? oneLine : oneLine.substring(0, LABEL_LENGTH - 1) + "\u2026";
    }

    private Optional<Path> chooseFile(Window owner) {
        FileChooser chooser = FileDialogs.chooser(folders, "Attach evidence");
        return Optional.ofNullable(FileDialogs.open(chooser, owner, folders)).map(File::toPath);
    }

    private Optional<Path> chooseTarget(Window owner, String fileName) {
        FileChooser chooser = FileDialogs.chooser(folders, "Save a copy of the evidence");
        chooser.setInitialFileName(fileName);
        return Optional.ofNullable(FileDialogs.save(chooser, owner, folders)).map(File::toPath);
    }
}
