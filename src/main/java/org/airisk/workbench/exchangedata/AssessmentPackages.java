package org.airisk.workbench.exchangedata;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.exchange.PackageExchange;
import org.airisk.workbench.exchange.PackageProblem;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.importfiles.AtomicFile;
import org.airisk.workbench.importfiles.ImportFile;
import org.airisk.workbench.importfiles.ImportLimits;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateLibrary;

/**
 * Exporting assessments to a package file and importing one: the same steps for the window, drag and drop, a file
 * opened from the desktop and the command line. An import is previewed first (every problem named, nothing
 * written), then applied in one transaction.
 */
public final class AssessmentPackages implements PackageExchange {
    /** Larger files are refused before they are read: no real package comes near it. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    public static final String NEEDS_PASSWORD =
            "The package is protected with a password; give the password to " + "open it.";

    private final PackageStore store;
    private final TemplateLibrary templates;
    private final Clock clock;
    private final PackageFormat format = new PackageFormat();
    private final EncryptedPackage encryption;
    private final QuestionnaireFolder ownQuestionnaires;

    /** Packages that cannot add the questionnaires they carry (no templates folder): such an import is refused. */
    public AssessmentPackages(PackageStore store, TemplateLibrary templates, Clock clock) {
        this(store, templates, clock, (Path) null);
    }

    /** @param templateFolder the data folder's own questionnaires, where an import adds those a package carries */
    public AssessmentPackages(PackageStore store, TemplateLibrary templates, Clock clock, Path templateFolder) {
        this(store, templates, clock, new EncryptedPackage(), templateFolder);
    }

    /** @param encryption how password-protected packages are written (tests give a cheap key derivation) */
    public AssessmentPackages(PackageStore store, TemplateLibrary templates, Clock clock, EncryptedPackage encryption) {
        this(store, templates, clock, encryption, null);
    }

    private AssessmentPackages(
            PackageStore store,
            TemplateLibrary templates,
            Clock clock,
            EncryptedPackage encryption,
            Path templateFolder) {
        this.store = store;
        this.templates = templates;
        this.clock = clock;
        this.encryption = encryption;
        this.ownQuestionnaires = new QuestionnaireFolder(templateFolder);
    }

    /** Writes the assessments to the file, replacing it only once the whole package is written. */
    public int export(List<UUID> ids, Path file) {
        return export(ids, file, null);
    }

    /**
     * As {@link #export(List, Path)}; with a password (not null) the package is encrypted (ADR 0013). The caller
     * clears the password.
     */
    @Override
    public int export(List<UUID> ids, Path file, char[] password) {
        List<PackagedAssessment> whole = store.readWhole(ids);
        // the files' base64 alone (4 characters for 3 bytes) is counted first, before the text is made
        refuseOver(whole.stream()
                .flatMap(p -> p.board().evidence().stream())
                .mapToLong(f -> (f.content().length + 2L) / 3 * 4)
                .sum());
        String json = format.write(
                whole, new CarriedTemplates(templates).forExport(whole), clock.instant(), "AI Risk Workbench");
        // at most 3 bytes a character: only a package near the bound is counted in bytes
        refuseOver(json.length() <= MAX_BYTES / 3 ? json.length() : json.getBytes(StandardCharsets.UTF_8).length);
        String written = password == null ? json : encryption.seal(json.getBytes(StandardCharsets.UTF_8), password);
        AtomicFile.write(file, "the package", temp -> Files.writeString(temp, written));
        return ids.size();
    }

    private static void refuseOver(long size) {
        if (size > MAX_BYTES) {
            throw new UserFacingProblem("The package would be " + ImportLimits.megabytes(size)
                    + " or more, over the " + ImportLimits.megabytes(MAX_BYTES) + " a package may be (with its "
                    + "evidence files); export fewer assessments at once, or remove large evidence files and say in "
                    + "a note where they are kept.");
        }
    }

    /** True when the file is a password-protected package (so a password must be asked for before a preview). */
    public static boolean isEncrypted(Path file) {
        ImportFile.Text text = ImportFile.read(file, "an assessment package", MAX_BYTES);
        return text.ok() && EncryptedPackage.isEnvelope(text.text());
    }

    @Override
    public boolean isProtected(Path file) {
        return isEncrypted(file);
    }

    @Override
    public PackagedAssessment versionIn(Path file, UUID id, String howToChoose) {
        PackageFormat.Read read = PackageFile.read(file);
        if (!read.ok()) {
            throw new UserFacingProblem(file.getFileName() + " is not a valid assessment package: "
                    + read.problems().get(0).message());
        }
        boolean holdsIt = id != null
                && read.assessments().stream().anyMatch(p -> p.assessment().id().equals(id));
        return PackageFile.one(file, read, holdsIt ? id : null, howToChoose);
    }

    public String canonical(PackagedAssessment assessment) {
        return format.canonical(assessment);
    }

    public PackageFormat format() {
        return format;
    }

    /** Reads and checks a package; writes nothing. Everything {@link #apply} would refuse is named here first. */
    @Override
    public Preview preview(Path file) {
        return preview(file, null);
    }

    /**
     * As {@link #preview(Path)}; an encrypted package is opened with the password (null when none was given) and
     * then checked exactly as a clear one. The caller clears the password.
     */
    @Override
    public Preview preview(Path file, char[] password) {
        ImportFile.Text text = ImportFile.read(file, "an assessment package", MAX_BYTES);
        if (!text.ok()) {
            return refused(file, "$", text.problem());
        }
        if (EncryptedPackage.isEnvelope(text.text())) {
            if (password == null) {
                return refused(file, "$", NEEDS_PASSWORD);
            }
            EncryptedPackage.Opened opened = EncryptedPackage.open(text.text(), password);
            if (!opened.ok()) {
                return refused(file, "$", opened.problem());
            }
            text = ImportFile.text(opened.content());
            if (!text.ok()) {
                return refused(file, "$", text.problem());
            }
        }
        PackageFormat.Read read = format.read(text.text());
        if (!read.ok()) {
            return new Preview(file, List.of(), read.problems(), List.of(), List.of());
        }
        CarriedTemplates.Check carried = new CarriedTemplates(templates).check(read.templates());
        List<PackageProblem> problems = new ArrayList<>(carried.problems());
        if (!carried.added().isEmpty() && !ownQuestionnaires.canAdd()) {
            problems.add(new PackageProblem(
                    "$.templates", "the package carries questionnaires, which can be added only to a data folder."));
        }
        List<String> changes = new ArrayList<>();
        carried.added()
                .forEach(c -> changes.add("Adds the questionnaire " + c.name()
                        + " to this library's own questionnaires (the package carries it)."));
        List<PackagedAssessment> ready = new ArrayList<>();
        for (int i = 0; i < read.assessments().size(); i++) {
            fit(read, i, carried, problems, changes).ifPresent(ready::add);
        }
        if (!problems.isEmpty()) {
            return new Preview(file, List.of(), problems, List.of(), List.of());
        }
        return new Preview(
                file,
                ready,
                List.of(),
                changes,
                store.existing(ready.stream().map(p -> p.assessment().id()).toList()),
                carried.added());
    }

    /**
     * The i-th assessment fitted to its questionnaire: the exact version installed or carried, else the newest
     * version installed (saying what moves); empty, with the problem added, when there is none.
     */
    private Optional<PackagedAssessment> fit(
            PackageFormat.Read read,
            int i,
            CarriedTemplates.Check carried,
            List<PackageProblem> problems,
            List<String> changes) {
        PackagedAssessment p = read.assessments().get(i);
        Assessment a = p.assessment();
        Optional<QuestionnaireTemplate> exact = templates
                .find(a.templateId(), a.templateVersion())
                .or(() -> carried.find(a.templateId(), a.templateVersion()));
        if (exact.isPresent()) {
            AnswerFit.check(p, read, i, exact.get(), false, problems);
            return Optional.of(p);
        }
        Optional<QuestionnaireTemplate> newest = templates.newest(a.templateId());
        if (newest.isEmpty()) {
            problems.add(new PackageProblem(
                    "$.assessments[" + i + "].template",
                    "the questionnaire \""
                            + a.templateId() + "\" version " + a.templateVersion()
                            + " is not installed here. Put its "
                            + "template file in the data folder's templates folder, restart, and import again."));
            return Optional.empty();
        }
        QuestionnaireTemplate now = newest.get();
        AnswerFit.check(p, read, i, now, true, problems);
        long dropped = p.answers().keySet().stream()
                .filter(q -> now.question(q).isEmpty())
                .count();
        changes.add("\u201c" + a.title() + "\u201d follows " + a.templateId() + " v" + a.templateVersion()
                + ", which is not installed: moved to v" + now.version()
                + (dropped == 0
                        ? "; every answer fits it."
                        : "; " + dropped + " answer(s) to questions v" + now.version()
                                + " no longer asks are kept but not counted."));
        return Optional.of(new PackagedAssessment(
                new Assessment(
                        a.id(),
                        a.title(),
                        a.systemName(),
                        a.owner(),
                        now.id(),
                        now.version(),
                        a.status(),
                        a.progressPercent(),
                        a.createdAt(),
                        a.updatedAt()),
                p.method(),
                p.answers(),
                p.overrides(),
                p.plan(),
                p.comments(),
                p.board()));
    }

    private static Preview refused(Path file, String path, String message) {
        return new Preview(file, List.of(), List.of(new PackageProblem(path, message)), List.of(), List.of());
    }

    /** Imports a previewed package in one transaction; returns the ids the assessments have in the library. */
    public List<UUID> apply(Preview preview, PackageStore.Conflict conflict) {
        return importing(preview, conflict).ids();
    }

    /** As {@link #apply}, saying what was kept as it was here rather than taken (docs/board-round-trip.md). */
    @Override
    public PackageStore.Imported importing(Preview preview, PackageStore.Conflict conflict) {
        if (!preview.ok()) {
            throw new UserFacingProblem("This package has problems and cannot be imported.");
        }
        PackageStore.Imported imported = ownQuestionnaires.addWhile(
                preview.addedQuestionnaires(), () -> store.importAll(preview.assessments(), conflict));
        // offered at once, as a questionnaire imported from Tools › Questionnaires is
        preview.addedQuestionnaires().forEach(c -> templates.install(c.template()));
        return imported;
    }
}
