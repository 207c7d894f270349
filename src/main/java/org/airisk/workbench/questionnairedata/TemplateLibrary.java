package org.airisk.workbench.questionnairedata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.airisk.workbench.importfiles.ImportFile;
import org.airisk.workbench.importfiles.ImportLimits;
import org.airisk.workbench.questionnaire.AnswerEffect;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Questionnaires;
import org.airisk.workbench.questionnaire.Section;
import org.airisk.workbench.questionnaire.TemplateProblem;

/**
 * The questionnaires the app offers: the built-in ones shipped in its resources, plus any in the data folder's
 * {@code templates/} folder. A template may include others (their sections come first). A template that does not
 * load is left out and reported; the rest still work.
 */
public final class TemplateLibrary implements Questionnaires {
    static final String BUILT_IN_INDEX = "/templates/index.txt";

    private final Map<String, QuestionnaireTemplate> byKey = new LinkedHashMap<>();
    private final List<TemplateProblem> problems = new ArrayList<>();
    private final Set<String> builtInIds = new HashSet<>();

    private TemplateLibrary() {}

    /** The largest template file read; the largest built-in one is well under 1 MB. */
    public static final long MAX_BYTES = 16 * ImportLimits.MEGABYTE;

    /** Loads the built-in templates and those in {@code userFolder} (which may be absent). */
    public static TemplateLibrary load(Path userFolder) {
        return load(userFolder, null);
    }

    /**
     * As {@link #load(Path)}, with one more template file read after the folder's (the file `validate` checks,
     * loaded as the window would load it; when it is in the folder already it is read once).
     */
    public static TemplateLibrary load(Path userFolder, Path extraFile) {
        TemplateLibrary library = new TemplateLibrary();
        TemplateReader reader = new TemplateReader();
        List<Parsed> parsed = new ArrayList<>();
        for (String name : builtInNames()) {
            String source = "built-in " + name;
            library.collect(reader.parse(resource("/templates/" + name), source), source, parsed);
        }
        Set<String> builtInIds = library.builtInIds;
        parsed.forEach(p -> builtInIds.add(p.template().id()));
        List<Path> files = new ArrayList<>();
        if (userFolder != null && Files.isDirectory(userFolder)) {
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(userFolder, "*.json")) {
                listing.forEach(files::add);
            } catch (IOException e) {
                library.problems.add(
                        new TemplateProblem(userFolder.toString(), "", "cannot be listed: " + e.getMessage()));
            }
        }
        files.sort(Comparator.naturalOrder());
        if (extraFile != null) {
            files.removeIf(f -> f.toAbsolutePath()
                    .normalize()
                    .equals(extraFile.toAbsolutePath().normalize()));
            files.add(extraFile);
        }
        for (Path file : files) {
            String source = file.toString();
            ImportFile.Text text = ImportFile.read(file, "a questionnaire template", MAX_BYTES);
            if (!text.ok()) {
                library.problems.add(new TemplateProblem(source, "", text.problem()));
                continue;
            }
            TemplateReader.Result result = reader.parse(text.text(), source);
            Optional<QuestionnaireTemplate> template = result.template();
            if (template.isPresent() && builtInIds.contains(template.get().id())) {
                // A file may not take the place of a questionnaire the app ships: assessments following it would
                // change under the assessor's hands, and a newer version of the app could not update it.
                library.problems.add(new TemplateProblem(
                        source,
                        "",
                        "uses the id '" + template.get().id()
                                + "' of a built-in questionnaire, which a template file cannot replace; give it an id of its "
                                + "own"));
                continue;
            }
            library.collect(result, source, parsed);
        }
        new Composer(reader, parsed, library).composeAll();
        return library;
    }

    /** A template as read from its file, before the templates it includes are put in front of it. */
    private record Parsed(QuestionnaireTemplate template, String source) {}

    private void collect(TemplateReader.Result result, String source, List<Parsed> into) {
        problems.addAll(result.problems());
        result.template().ifPresent(t -> into.add(new Parsed(t, source)));
    }

    /** Puts included templates' sections in front, validates the whole, and keeps what is valid. */
    private static final class Composer {
        private final TemplateReader reader;
        private final TemplateLibrary library;
        private final Map<String, Parsed> parsed = new LinkedHashMap<>();
        private final Map<String, Optional<QuestionnaireTemplate>> done = new LinkedHashMap<>();
        private final Set<String> inProgress = new HashSet<>();

        Composer(TemplateReader reader, List<Parsed> all, TemplateLibrary library) {
            this.reader = reader;
            this.library = library;
            for (Parsed p : all) {
                String key = key(p.template().id(), p.template().version());
                if (parsed.containsKey(key)) {
                    library.problems.add(new TemplateProblem(
                            p.source(),
                            "",
                            "template '" + p.template().id() + "' version "
                                    + p.template().version() + " is already loaded; this copy is ignored"));
                } else {
                    parsed.put(key, p);
                }
            }
        }

        void composeAll() {
            for (String key : parsed.keySet()) {
                compose(key).ifPresent(t -> library.byKey.put(key, t));
            }
        }

        private Optional<QuestionnaireTemplate> compose(String key) {
            if (done.containsKey(key)) {
                return done.get(key);
            }
            Parsed p = parsed.get(key);
            if (!inProgress.add(key)) {
                library.problems.add(new TemplateProblem(p.source(), "", "templates include each other in a cycle"));
                return Optional.empty();
            }
            List<Section> included = new ArrayList<>();
            boolean complete = true;
            for (QuestionnaireTemplate.Reference ref : p.template().includes()) {
                String includedKey = key(ref.id(), ref.version());
                Optional<QuestionnaireTemplate> include =
                        parsed.containsKey(includedKey) ? compose(includedKey) : Optional.empty();
                if (include.isEmpty()) {
                    library.problems.add(new TemplateProblem(
                            p.source(),
                            "",
                            "includes template " + ref + ", which "
                                    + (parsed.containsKey(includedKey) ? "could not be loaded" : "is not installed")));
                    complete = false;
                } else {
                    included.addAll(include.get().sections());
                }
            }
            Optional<QuestionnaireTemplate> result = Optional.empty();
            if (complete) {
                TemplateReader.Result validated =
                        reader.validate(p.template().withIncludedSections(included), p.source());
                library.problems.addAll(validated.problems());
                result = validated.template();
            }
            inProgress.remove(key);
            done.put(key, result);
            return result;
        }
    }

    /**
     * Leaves out templates whose questions name risks or mitigations the catalog does not know, reporting each
     * one; scoring could not use such effects.
     */
    public synchronized void checkReferences(Predicate<String> riskExists, Predicate<String> mitigationExists) {
        var keys = new ArrayList<>(byKey.keySet());
        for (String key : keys) {
            QuestionnaireTemplate t = byKey.get(key);
            List<TemplateProblem> found = new ArrayList<>();
            t.questions().forEach(q -> {
                q.informedRisks().stream()
                        .filter(r -> !riskExists.test(r))
                        .forEach(r -> found.add(new TemplateProblem(
                                "template " + t.displayName(), q.id(), "names unknown risk '" + r + "'")));
                q.effects().stream()
                        .filter(e -> e.kind() == AnswerEffect.Kind.CONTROL && !mitigationExists.test(e.mitigation()))
                        .forEach(e -> found.add(new TemplateProblem(
                                "template " + t.displayName(),
                                q.id(),
                                "names unknown mitigation '" + e.mitigation() + "'")));
            });
            if (!found.isEmpty()) {
                byKey.remove(key);
                problems.addAll(found);
            }
        }
    }

    /**
     * Adds a template saved into the data folder while the app runs (File › Import questionnaire…), so that New
     * assessment offers it at once; false, with nothing added, when its id is a built-in one or that version is
     * loaded already.
     */
    @Override
    public synchronized boolean install(QuestionnaireTemplate template) {
        String key = key(template.id(), template.version());
        if (byKey.containsKey(key)
                || builtInIds.contains(template.id())
                || !new TemplateReader()
                        .validate(template, template.id())
                        .problems()
                        .isEmpty()) {
            return false;
        }
        byKey.put(key, template);
        return true;
    }

    /** True when this id and version can be installed: no built-in questionnaire and no loaded one has them. */
    @Override
    public synchronized boolean isFree(String id, int version) {
        return !byKey.containsKey(key(id, version)) && !builtInIds.contains(id);
    }

    /** True for a questionnaire the app ships: it is read-only, and a copy of it needs an id of its own. */
    @Override
    public synchronized boolean isBuiltIn(String id) {
        return builtInIds.contains(id);
    }

    /** The newest version of each template, in loading order: what a new assessment can follow. */
    @Override
    public synchronized List<QuestionnaireTemplate> offered() {
        Map<String, QuestionnaireTemplate> newest = new LinkedHashMap<>();
        for (QuestionnaireTemplate t : byKey.values()) {
            newest.merge(t.id(), t, (a, b) -> a.version() >= b.version() ? a : b);
        }
        return List.copyOf(newest.values());
    }

    /** Every version of every template loaded, for finding assessments by their questionnaire's name. */
    @Override
    public synchronized List<QuestionnaireTemplate> installed() {
        return List.copyOf(byKey.values());
    }

    @Override
    public synchronized Optional<QuestionnaireTemplate> find(String id, int version) {
        return Optional.ofNullable(byKey.get(key(id, version)));
    }

    @Override
    public Optional<QuestionnaireTemplate> newest(String id) {
        return offered().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    @Override
    public List<TemplateProblem> problems() {
        return List.copyOf(problems);
    }

    private static String key(String id, int version) {
        return id + "@" + version;
    }

    static List<String> builtInNames() {
        return resource(BUILT_IN_INDEX)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static String resource(String path) {
        try (InputStream in = TemplateLibrary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The application is missing its resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
