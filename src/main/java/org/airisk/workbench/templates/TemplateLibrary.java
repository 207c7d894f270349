package org.airisk.workbench.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.TemplateProblem;

/**
 * The questionnaires the app offers: the built-in ones shipped in its resources, plus any in the data folder's
 * {@code templates/} folder. A template that does not load is left out and reported; the rest still work.
 */
public final class TemplateLibrary {
    static final String BUILT_IN_INDEX = "/templates/index.txt";

    private final Map<String, QuestionnaireTemplate> byKey = new LinkedHashMap<>();
    private final List<TemplateProblem> problems = new ArrayList<>();

    private TemplateLibrary() {
    }

    /** Loads the built-in templates and those in {@code userFolder} (which may be absent). */
    public static TemplateLibrary load(Path userFolder) {
        TemplateLibrary library = new TemplateLibrary();
        TemplateReader reader = new TemplateReader();
        for (String name : builtInNames()) {
            library.add(reader.read(resource("/templates/" + name), "built-in " + name), "built-in " + name);
        }
        if (userFolder != null && Files.isDirectory(userFolder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(userFolder, "*.json")) {
                List<Path> sorted = new ArrayList<>();
                files.forEach(sorted::add);
                sorted.sort(Comparator.naturalOrder());
                for (Path file : sorted) {
                    String source = file.toString();
                    try {
                        library.add(reader.read(Files.readString(file, StandardCharsets.UTF_8), source), source);
                    } catch (IOException e) {
                        library.problems.add(new TemplateProblem(source, "", "cannot be read: " + e.getMessage()));
                    }
                }
            } catch (IOException e) {
                library.problems.add(new TemplateProblem(userFolder.toString(), "", "cannot be listed: " + e.getMessage()));
            }
        }
        return library;
    }

    private void add(TemplateReader.Result result, String source) {
        problems.addAll(result.problems());
        result.template().ifPresent(template -> {
            String key = key(template.id(), template.version());
            if (byKey.containsKey(key)) {
                problems.add(new TemplateProblem(source, "", "template '" + template.id() + "' version "
                        + template.version() + " is already loaded; this copy is ignored"));
            } else {
                byKey.put(key, template);
            }
        });
    }

    /** The newest version of each template, in loading order: what a new assessment can follow. */
    public List<QuestionnaireTemplate> offered() {
        Map<String, QuestionnaireTemplate> newest = new LinkedHashMap<>();
        for (QuestionnaireTemplate t : byKey.values()) {
            newest.merge(t.id(), t, (a, b) -> a.version() >= b.version() ? a : b);
        }
        return List.copyOf(newest.values());
    }

    public Optional<QuestionnaireTemplate> find(String id, int version) {
        return Optional.ofNullable(byKey.get(key(id, version)));
    }

    public Optional<QuestionnaireTemplate> newest(String id) {
        return offered().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<TemplateProblem> problems() {
        return List.copyOf(problems);
    }

    private static String key(String id, int version) {
        return id + "@" + version;
    }

    private static List<String> builtInNames() {
        return resource(BUILT_IN_INDEX).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
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
