package org.airisk.workbench.exchangedata;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalogdata.AtlasImporter;
import org.airisk.workbench.importfiles.ImportFile;
import org.airisk.workbench.importfiles.StrictJson;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.questionnairedata.TemplateReader;

/**
 * Tells what kind of file is to be imported, by its content, and checks it the way its import would, writing
 * nothing: an assessment package by the package import's own preview, a questionnaire template by loading it beside
 * the installed ones as the window does, a Risk Atlas file by the Atlas import's preview. So `validate` refuses
 * exactly what an import would refuse, with the same sentences.
 */
public final class ImportValidator {
    /** The largest file of any kind; each kind's own bound is applied by its import. */
    private static final long MAX_BYTES =
            Math.max(AssessmentPackages.MAX_BYTES, Math.max(TemplateLibrary.MAX_BYTES, AtlasImporter.MAX_BYTES));

    /** What a file holds. */
    public enum Kind {
        PACKAGE("assessment package"),
        TEMPLATE("questionnaire template"),
        ATLAS("Risk Atlas file"),
        UNKNOWN("file the workbench imports");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The kind found and the problems (one sentence each) that would stop its import; none when it would import. */
    public record Verdict(Kind kind, List<String> problems) {
        public Verdict {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return kind != Kind.UNKNOWN && problems.isEmpty();
        }
    }

    private final AssessmentPackages packages;
    private final Path templateFolder;
    private final RiskCatalog catalog;
    private final AtlasImporter atlas;

    public ImportValidator(AssessmentPackages packages, Path templateFolder, RiskCatalog catalog, AtlasImporter atlas) {
        this.packages = packages;
        this.templateFolder = templateFolder;
        this.catalog = catalog;
        this.atlas = atlas;
    }

    public Verdict validate(Path file) {
        return validate(file, null);
    }

    /**
     * As {@link #validate(Path)}; a password-protected package is opened with the password (null: none given, and the
     * verdict says so) and its content checked as a clear package's.
     */
    public Verdict validate(Path file, char[] password) {
        ImportFile.Text text = ImportFile.read(file, "a file the workbench imports", MAX_BYTES);
        if (!text.ok()) {
            return new Verdict(Kind.UNKNOWN, List.of(text.problem()));
        }
        Kind kind = kind(text.text());
        return switch (kind) {
            case PACKAGE ->
                new Verdict(
                        kind,
                        packages.preview(file, password).problems().stream()
                                .map(Object::toString)
                                .toList());
            case TEMPLATE -> new Verdict(kind, template(file, text.text()));
            case ATLAS -> new Verdict(kind, atlas.preview(file, catalog).problems());
            case UNKNOWN -> new Verdict(kind, List.of(unknown(text.text())));
        };
    }

    /** The kind of a file, by its content; UNKNOWN when it cannot be read. */
    public static Kind kindOf(Path file) {
        ImportFile.Text text = ImportFile.read(file, "a file the workbench imports", MAX_BYTES);
        return text.ok() ? kind(text.text()) : Kind.UNKNOWN;
    }

    /** By content, never by the file's name: a package names its format, a template has sections, Atlas entries. */
    static Kind kind(String text) {
        StrictJson.Parsed json = StrictJson.read(text);
        if (json.ok()) {
            JsonNode root = json.root();
            if (!root.isObject()) {
                return Kind.UNKNOWN;
            }
            if (root.has("format") || root.has("assessments")) {
                return Kind.PACKAGE;
            }
            if (root.has("entries")) {
                return Kind.ATLAS;
            }
            return root.has("sections") || root.has("includes") ? Kind.TEMPLATE : Kind.UNKNOWN;
        }
        if (text.contains(PackageFormat.FORMAT)) {
            return Kind.PACKAGE;
        }
        if (text.contains("\"sections\"")) {
            return Kind.TEMPLATE;
        }
        String start = text.strip();
        if (start.startsWith("{") || start.startsWith("[")) {
            return Kind.UNKNOWN;
        }
        return text.lines().anyMatch(line -> line.startsWith("entries:")) ? Kind.ATLAS : Kind.UNKNOWN;
    }

    private static String unknown(String text) {
        StrictJson.Parsed json = StrictJson.read(text);
        String start = text.strip();
        if (!json.ok() && (start.startsWith("{") || start.startsWith("["))) {
            return (json.path().equals("$") ? "" : json.path() + ": ") + json.problem();
        }
        return "The file is not an assessment package (it names no \"format\"), a questionnaire template (it has "
                + "no \"sections\") or a Risk Atlas file (it has no \"entries\"); the workbench imports only these.";
    }

    private List<String> template(Path file, String text) {
        TemplateLibrary library = TemplateLibrary.load(templateFolder, file);
        String source = file.toString();
        List<String> problems = new ArrayList<>();
        library.problems().stream()
                .filter(p -> p.source().equals(source))
                .forEach(p -> problems.add(p.elementId().isEmpty() ? p.problem() : p.elementId() + ": " + p.problem()));
        if (!problems.isEmpty()) {
            return problems;
        }
        // Loaded: the window then leaves it out if it names risks or mitigations the catalog does not know.
        QuestionnaireTemplate parsed =
                new TemplateReader().parse(text, source).template().orElseThrow();
        var found = library.find(parsed.id(), parsed.version());
        if (found.isEmpty()) {
            return List.of("the template could not be loaded beside the installed ones.");
        }
        QuestionnaireTemplate loaded = found.get();
        int before = library.problems().size();
        library.checkReferences(catalog::hasRisk, id -> catalog.mitigation(id).isPresent());
        library.problems().subList(before, library.problems().size()).stream()
                .filter(p -> p.source().equals("template " + loaded.displayName()))
                .forEach(p -> problems.add(p.elementId() + ": " + p.problem()));
        return problems;
    }
}
