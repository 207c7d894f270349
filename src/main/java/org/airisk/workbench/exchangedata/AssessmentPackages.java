package org.airisk.workbench.exchangedata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.exchange.PackageProblem;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.importfiles.ImportFile;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.templates.TemplateLibrary;

/**
 * Exporting assessments to a package file and importing one: the same steps for the window, drag and drop, a file
 * opened from the desktop and the command line. An import is previewed first (every problem named, nothing
 * written), then applied in one transaction.
 */
public final class AssessmentPackages {
    /** Larger files are refused before they are read: no real package comes near it. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private final PackageStore store;
    private final TemplateLibrary templates;
    private final Clock clock;
    private final PackageFormat format = new PackageFormat();

    /** A package read and checked, ready to import: its assessments, problems, notes on changes, and conflicts. */
    public record Preview(Path file, List<PackagedAssessment> assessments, List<PackageProblem> problems,
                          List<String> changes, List<UUID> existing) {
        public Preview {
            assessments = List.copyOf(assessments);
            problems = List.copyOf(problems);
            changes = List.copyOf(changes);
            existing = List.copyOf(existing);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public AssessmentPackages(PackageStore store, TemplateLibrary templates, Clock clock) {
        this.store = store;
        this.templates = templates;
        this.clock = clock;
    }

    /** Writes the assessments to the file, replacing it only once the whole package is written. */
    public int export(List<UUID> ids, Path file) {
        String json = format.write(store.read(ids), clock.instant(), "AI Risk Workbench");
        AtomicFile.write(file, "the package", temp -> Files.writeString(temp, json));
        return ids.size();
    }

    public String canonical(PackagedAssessment assessment) {
        return format.canonical(assessment);
    }

    public PackageFormat format() {
        return format;
    }

    /** Reads and checks a package; writes nothing. Everything {@link #apply} would refuse is named here first. */
    public Preview preview(Path file) {
        ImportFile.Text text = ImportFile.read(file, "an assessment package", MAX_BYTES);
        if (!text.ok()) {
            return refused(file, "$", text.problem());
        }
        PackageFormat.Read read = format.read(text.text());
        if (!read.ok()) {
            return new Preview(file, List.of(), read.problems(), List.of(), List.of());
        }
        List<PackageProblem> problems = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        List<PackagedAssessment> ready = new ArrayList<>();
        for (int i = 0; i < read.assessments().size(); i++) {
            PackagedAssessment p = read.assessments().get(i);
            Assessment a = p.assessment();
            Optional<QuestionnaireTemplate> exact = templates.find(a.templateId(), a.templateVersion());
            if (exact.isPresent()) {
                AnswerFit.check(p, read, i, exact.get(), false, problems);
                ready.add(p);
                continue;
            }
            Optional<QuestionnaireTemplate> newest = templates.newest(a.templateId());
            if (newest.isEmpty()) {
                problems.add(new PackageProblem("$.assessments[" + i + "].template", "the questionnaire \""
                        + a.templateId() + "\" version " + a.templateVersion() + " is not installed here. Put its "
                        + "template file in the data folder's templates folder, restart, and import again."));
                continue;
            }
            QuestionnaireTemplate now = newest.get();
            AnswerFit.check(p, read, i, now, true, problems);
            long dropped = p.answers().keySet().stream().filter(q -> now.question(q).isEmpty()).count();
            changes.add("\u201c" + a.title() + "\u201d follows " + a.templateId() + " v" + a.templateVersion()
                    + ", which is not installed: moved to v" + now.version() + (dropped == 0
                    ? "; every answer fits it." : "; " + dropped + " answer(s) to questions v" + now.version()
                    + " no longer asks are kept but not counted."));
            ready.add(new PackagedAssessment(new Assessment(a.id(), a.title(), a.systemName(), a.owner(),
                    now.id(), now.version(), a.status(), a.progressPercent(), a.createdAt(), a.updatedAt()),
                    p.method(), p.answers(), p.overrides(), p.plan()));
        }
        if (!problems.isEmpty()) {
            return new Preview(file, List.of(), problems, List.of(), List.of());
        }
        return new Preview(file, ready, List.of(), changes, store.existing(ready.stream()
                .map(p -> p.assessment().id()).toList()));
    }

    private static Preview refused(Path file, String path, String message) {
        return new Preview(file, List.of(), List.of(new PackageProblem(path, message)), List.of(), List.of());
    }

    /** Imports a previewed package in one transaction; returns the ids the assessments have in the library. */
    public List<UUID> apply(Preview preview, PackageStore.Conflict conflict) {
        if (!preview.ok()) {
            throw new IllegalArgumentException("This package has problems and cannot be imported.");
        }
        return store.write(preview.assessments(), conflict);
    }
}
