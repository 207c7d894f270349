package org.airisk.workbench.questionnaire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** A versioned questionnaire: what is asked, in which order, and under which conditions. */
public record QuestionnaireTemplate(
        String id,
        int version,
        String title,
        String description,
        List<Section> sections,
        List<Reference> includes,
        Set<String> includedSections) {

    /** Names one version of a template, e.g. the profile another template starts with. */
    public record Reference(String id, int version) {
        @Override
        public String toString() {
            return id + " v" + version;
        }
    }

    public QuestionnaireTemplate(String id, int version, String title, String description, List<Section> sections) {
        this(id, version, title, description, sections, List.of());
    }

    public QuestionnaireTemplate(
            String id,
            int version,
            String title,
            String description,
            List<Section> sections,
            List<Reference> includes) {
        this(id, version, title, description, sections, includes, Set.of());
    }

    public QuestionnaireTemplate {
        Objects.requireNonNull(id, "id");
        includes = includes == null ? List.of() : List.copyOf(includes);
        title = title == null ? id : title;
        description = description == null ? "" : description;
        sections = sections == null ? List.of() : List.copyOf(sections);
        includedSections = includedSections == null ? Set.of() : Set.copyOf(includedSections);
    }

    public Stream<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream());
    }

    public Optional<Question> question(String questionId) {
        return questions().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Optional<Section> sectionOf(String questionId) {
        return sections.stream()
                .filter(s -> s.questions().stream().anyMatch(q -> q.id().equals(questionId)))
                .findFirst();
    }

    /** This template with the sections of the templates it includes placed before its own. */
    public QuestionnaireTemplate withIncludedSections(List<Section> included) {
        List<Section> all = new ArrayList<>(included);
        all.addAll(sections);
        Set<String> includedIds = new HashSet<>(includedSections);
        included.forEach(s -> includedIds.add(s.id()));
        return new QuestionnaireTemplate(id, version, title, description, all, includes, includedIds);
    }

    /** True for a question of a section that came from an included template, such as the system profile. */
    public boolean isIncluded(Question question) {
        return sectionOf(question.id())
                .map(s -> includedSections.contains(s.id()))
                .orElse(false);
    }

    /** "Quick check v2": how an assessor sees which questionnaire an assessment follows. */
    public String displayName() {
        return title + " v" + version;
    }
}
